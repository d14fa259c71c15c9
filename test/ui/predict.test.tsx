/**
 * Predict mode as a class meets it: the questions it asks, the ones it does not, and the score
 * beside chance. Expected answers come from the run's own effects, never written out here.
 */
import { afterEach, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { replay } from '../../src/engine/run.js';
import type { Step } from '../../src/engine/step.js';
import { geneva, KEY, player } from './helpers.js';

afterEach(cleanup);

type Press = Awaited<ReturnType<typeof player>>['press'];

const scenario = geneva();
const steps = replay(scenario).entries.map((e) => e.step);
const total = steps.length;
const asked = (step: Step): boolean => step.effects.length > 0;
const regionsMoved = (step: Step): string[] =>
  step.effects.flatMap((e) => (e.kind === 'region' ? [e.region] : []));
const actorName = (step: Step): string => scenario.actors.find((a) => a.id === step.actor)!.name;
/** The keys as the question lists them. */
const KEYS: Record<string, string> = {
  process: '1',
  opposition: '2',
  government: '3',
  ceasefireTrack: '4',
  context: '0',
};
/** What a key answers, spelled as the reveal and the score line spell it. */
const SAID: Record<string, string> = {
  1: 'process',
  2: 'opposition',
  3: 'government',
  4: 'ceasefireTrack',
  0: 'context only',
};
const rightKeys = (step: Step): string[] =>
  regionsMoved(step).length ? regionsMoved(step).map((r) => KEYS[r]!) : ['0'];

/**
 * Steps from the start to `until` (exclusive), answering each question with `answer(step)`;
 * returns the right keys of each question, and checks each unasked step shows without a question.
 */
async function playTo(
  press: Press,
  until: number,
  answer: (step: Step) => string,
): Promise<{ right: string[][]; given: string[]; unasked: number }> {
  const right: string[][] = [];
  const given: string[] = [];
  let unasked = 0;
  for (const step of steps.slice(0, until)) {
    const after = `step ${step.index + 1}/${total}`;
    if (!asked(step)) {
      const text = await press(KEY.right, (t) => t.includes(after));
      expect(text).not.toContain('What changes?');
      expect(text).toContain(`${step.date}  ${step.type}`);
      unasked += 1;
      continue;
    }
    await press(KEY.right, (t) => t.includes('What changes?'));
    const key = answer(step);
    await press(key, (t) => t.includes(after));
    right.push(rightKeys(step));
    given.push(key);
  }
  return { right, given, unasked };
}

test("the question shows the hidden step's date and actor, never its type or id", async () => {
  const offensive = steps.find((s) => s.type === 'OFFENSIVE_LAUNCHED')!;
  const { press } = await player({ predict: true });
  await press('g', (t) => t.includes('── jump'));
  await press(String(offensive.index));
  await press(KEY.enter, (t) => t.includes(`step ${offensive.index}/${total}`));
  const text = await press(KEY.right, (t) => t.includes('What changes?'));
  expect(text).toContain(`${offensive.date} · ${actorName(offensive)} acts. What changes?`);
  expect(text).toContain(
    '0 no region, only the context (confidence, conditions, deadline, claims)',
  );
  expect(text).not.toContain('OFFENSIVE_LAUNCHED');
  expect(text).not.toContain(offensive.id);
  const revealed = await press('0', (t) => t.includes(`step ${offensive.index + 1}/${total}`));
  expect(revealed).toContain(
    `you said context only: ${regionsMoved(offensive).length ? 'WRONG' : 'RIGHT'}`,
  );
  expect(revealed).toContain('OFFENSIVE_LAUNCHED');
});

test('a step that changes nothing is shown as it comes, unasked and unscored', async () => {
  const firstUnasked = steps.findIndex((s) => !asked(s));
  expect(firstUnasked).toBeGreaterThan(0);
  const { press } = await player({ predict: true });
  const { given, unasked } = await playTo(press, firstUnasked + 1, (step) => rightKeys(step)[0]!);
  expect(unasked).toBe(1);
  const text = await press(KEY.left, (t) => t.includes(`step ${firstUnasked}/${total}`));
  expect(text).toContain(`you ${given.length}/${given.length} ·`);
});

test('the score stands beside always giving the commonest answer and guessing at random, on the same questions', async () => {
  const { press, frame } = await player({ predict: true });
  // Up to the sixth question, always answering "process": right on some, wrong on others.
  const sixth = steps.filter(asked)[5]!;
  const { right, given } = await playTo(press, sixth.index + 1, () => '1');
  const you = right.filter((keys, i) => keys.includes(given[i]!)).length;
  const counts = ['0', '1', '2', '3', '4'].map((key) => ({
    key,
    n: right.filter((keys) => keys.includes(key)).length,
  }));
  const common = counts.reduce((best, next) => (next.n > best.n ? next : best));
  const random = right.reduce((sum, keys) => sum + keys.length / 5, 0);
  const line = `you ${you}/6 · always "${SAID[common.key]}" ${common.n}/6 · at random about ${random.toFixed(1)}/6`;
  expect(frame()).toContain(line);
  // At the end of the run, the verdict: did the class beat chance?
  const end = await press(KEY.end, (t) => t.includes(`step ${total}/${total}`));
  expect(end).toContain(line);
  const verdict =
    you > common.n && you > random
      ? 'the end: you beat both guessing at random and always'
      : you > random
        ? 'the end: you beat guessing at random, not always'
        : 'the end: no better than guessing at random';
  expect(end).toContain(verdict);
});

test('→ on a pending guess reveals the step unscored, and the score counts it as skipped', async () => {
  const { press } = await player({ predict: true });
  await press(KEY.right, (t) => t.includes('What changes?'));
  let text = await press(KEY.right, (t) => t.includes(`step 1/${total}`));
  expect(text).toContain('you skipped (right: process)');
  expect(text).toContain('score: no guesses yet, 1 skipped');
  expect(text).toContain('TALKS_DELAYED');
  const next = steps.slice(1).find(asked)!;
  // Steps that change nothing show without a question, and leave the score as it was.
  for (const step of steps.slice(1, next.index))
    await press(KEY.right, (t) => t.includes(`step ${step.index + 1}/${total}`));
  await press(KEY.right, (t) => t.includes('What changes?'));
  text = await press(rightKeys(next)[0]!, (t) => t.includes(`step ${next.index + 1}/${total}`));
  expect(text).toContain(`you 1/1, 1 skipped`);
  expect(text).toContain(`you said ${SAID[rightKeys(next)[0]!]}: RIGHT`);
});

test('a step already answered is shown again, not asked and scored again', async () => {
  const { press } = await player({ predict: true });
  await press(KEY.right, (t) => t.includes('What changes?'));
  await press('1', (t) => t.includes('you 1/1'));
  await press(KEY.left, (t) => t.includes(`step 0/${total}`));
  const text = await press(KEY.right, (t) => t.includes(`step 1/${total}`));
  expect(text).toContain('you 1/1');
  expect(text).not.toContain('What changes?');
});

test('f while a guess is pending does not open the fork menu, which would name the hidden step', async () => {
  const { press } = await player({ predict: true });
  await press(KEY.right, (t) => t.includes('What changes?'));
  const text = await press('f', (t) => t.includes('guess first'));
  expect(text).not.toContain('fork at step');
});

test('the predict frames fit 80x24: the question, the score and the status line all show', async () => {
  const { press } = await player({ predict: true });
  await press(KEY.right, (t) => t.includes('What changes?'));
  const text = await press('1', (t) => t.includes(`step 1/${total}`));
  const rows = text.split('\n');
  expect(rows).toHaveLength(23);
  expect(rows.every((row) => row.length <= 80)).toBe(true);
  expect(rows.at(-2)).toMatch(/^you 1\/1 · always /);
  expect(rows.at(-1)).toContain('? help');
});
