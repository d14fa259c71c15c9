/** `replay --format json`: every step's effects, its context after it, and recorded or not (README.md, "Commands"). */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { ensureBuilt, parley } from './helpers/cli.js';
import { GENEVA } from './helpers/scenarios.js';

interface JsonStep {
  id: string;
  origin: string;
  recorded: boolean;
  source: unknown;
  rule: {
    id: string;
    probability: number;
    motivation: { doc: string; quote: string } | null;
  } | null;
  cause: { step: string; roll: number | null } | null;
  context: {
    confidence: number;
    met: string[];
    deadline: { date: string; unmet: string[] } | null;
    claims: Record<string, string>;
  };
  effects: { kind: string; [key: string]: unknown }[];
}

async function steps(...args: string[]): Promise<JsonStep[]> {
  const { status, stdout } = await parley('replay', ...args, '--format', 'json');
  expect(status).toBe(0);
  return (JSON.parse(stdout) as { steps: JsonStep[] }).steps;
}

describe('the JSON of the Geneva record', () => {
  let record: JsonStep[];
  const at = (id: string): JsonStep => record.find((s) => s.id === id)!;
  beforeAll(async () => {
    ensureBuilt();
    record = await steps(GENEVA);
  });

  test('the Aleppo offensive: a confidence effect, from and to, and the context after it', () => {
    const step = at('aleppo-offensive');
    expect(step.effects).toContainEqual({ kind: 'confidence', from: 24, to: 4, by: -20 });
    expect(step.effects).toContainEqual({
      kind: 'offensive',
      actor: 'syrian-army',
      area: 'north of Aleppo',
      intensity: 'massive',
    });
    expect(step.context.confidence).toBe(4);
    expect(step.recorded).toBe(true);
  });

  test('the walkout threat: a deadline effect with its conditions, and the deadline pending in the context', () => {
    const step = at('walkout-threat');
    const conditions = ['endAirStrikes', 'releaseDetainees', 'humanitarianAccess', 'liftSieges'];
    expect(step.effects).toContainEqual({
      kind: 'deadline',
      change: 'set',
      date: '2016-02-05',
      conditions,
      unmet: conditions,
    });
    expect(step.context.deadline).toMatchObject({ date: '2016-02-05', unmet: conditions });
  });

  test('the declared start: a claim, kept per actor in the context', () => {
    const step = at('formal-start');
    expect(step.effects).toContainEqual({ kind: 'claim', actor: 'de-mistura', claim: 'started' });
    expect(step.effects).toContainEqual({
      kind: 'region',
      region: 'process',
      from: 'preparatory',
      to: 'proximityTalks.declared',
    });
    expect(step.context.claims).toEqual({ 'de-mistura': 'started' });
  });

  test('a statement changes nothing, and says so with an empty list', () => {
    expect(at('kerry-appeal').effects).toEqual([]);
  });

  test('the confidence effects add up to the change of confidence over the run', () => {
    const sum = record
      .flatMap((s) => s.effects)
      .filter((e) => e.kind === 'confidence')
      .reduce((total, e) => total + (e.by as number), 0);
    expect(sum).toBe(record.at(-1)!.context.confidence - 30);
  });
});

describe('recorded and hypothetical in the JSON', () => {
  test("a what-if's added event is not recorded; the record's events it keeps are", async () => {
    const run = await steps(join(PACKAGE_ROOT, 'scenarios/what-if/goodwill-gesture.yaml'));
    expect(run.find((s) => s.id === 'detainees-and-aid')).toMatchObject({
      origin: 'script',
      recorded: false,
    });
    expect(run.find((s) => s.id === 'talks-postponed')).toMatchObject({
      origin: 'script',
      recorded: true,
    });
  });

  test("a rule's move has no source of its own: its rule's quote is the motivation, and its cause is the step that set the rule off", async () => {
    const run = await steps(join(PACKAGE_ROOT, 'scenarios/what-if/no-aleppo-offensive.yaml'));
    const moves = run.filter((s) => s.origin === 'policy');
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) {
      expect(move).toMatchObject({
        recorded: false,
        source: null,
        rule: { id: expect.any(String), motivation: { doc: expect.any(String) } },
      });
      const trigger = run.findIndex((s) => s.id === move.cause!.step);
      expect(trigger).toBeGreaterThanOrEqual(0);
      expect(trigger).toBeLessThan(run.indexOf(move));
      expect(move.cause!.roll).toBeLessThan(move.rule!.probability);
    }
  });
});
