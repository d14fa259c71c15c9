/**
 * Rules whose moves set each other off without end are refused before anything runs: a loop with
 * no delay never lets the day end, and a loop whose steps each trigger two of its rules doubles
 * its moves every round. A chain, a delayed loop with a rule a step, or a rule that never fires,
 * is allowed.
 */
import { describe, expect, test } from 'vitest';
import { problems, whatIfFile } from './helpers/scenarios.js';

/** A rule in one line: `a: X -> Y` is rule a, set off by X, making Y; ` +1d` adds a delay, ` 0%` never fires. */
function rule(line: string): string {
  const [, id, from, to, rest] = /^(\S+): (\S+) -> (\S+)(.*)$/.exec(line)!;
  const delay = /\+(\d+)d/.exec(rest!)?.[1];
  const probability = rest!.includes('0%') ? 0 : 1;
  return `  - { id: ${id}, when: { event: ${from} }, then: { actor: envoy, type: ${to} }, probability: ${probability}${delay ? `, delay: ${delay}` : ''} }`;
}

/** What validation says of the rules, a line each; the first rule is on line 10. */
function loopsIn(...rules: string[]): string[] {
  return problems(
    whatIfFile('loops', [
      'actors:',
      '  - { id: envoy, name: The envoy, role: envoy }',
      'events:',
      '  - { id: statement, date: 2016-02-01, actor: envoy, type: STATEMENT_ISSUED }',
      'policies:',
      ...rules.map(rule),
    ]),
  );
}

/** Where a diagnostic on rule `i` of `rules` points: its `then`'s move, the one that loops. */
const at = (rules: readonly string[], i: number) =>
  `${10 + i}:${rule(rules[i]!).indexOf('{ actor') + 1}`;

const SAME_DAY = 'set each other off on the same day without end';
const MULTIPLY = 'multiply without end: their moves trigger more than one rule of the loop';

describe('rules in a loop', () => {
  test('two rules that set each other off the same day are refused, at the first one', () => {
    const rules = ['a: TALKS_COLLAPSED -> TALKS_RESUMED', 'b: TALKS_RESUMED -> TALKS_COLLAPSED'];
    expect(loopsIn(...rules)).toEqual([`${at(rules, 0)} policies a, b ${SAME_DAY}`]);
  });

  test('a rule that sets itself off the same day is a loop of one', () => {
    const rules = ['a: TALKS_RESUMED -> TALKS_COLLAPSED', 'b: TALKS_COLLAPSED -> TALKS_COLLAPSED'];
    expect(loopsIn(...rules)).toEqual([`${at(rules, 1)} policies b ${SAME_DAY}`]);
  });

  test('a chain that ends, a loop with a delay, and a loop through a rule that never fires are allowed', () => {
    const first = 'a: TALKS_COLLAPSED -> TALKS_RESUMED';
    expect(loopsIn(first, 'b: TALKS_RESUMED -> CEASEFIRE_TALKS_OPENED')).toEqual([]);
    expect(loopsIn(first, 'b: TALKS_RESUMED -> TALKS_COLLAPSED +1d')).toEqual([]);
    expect(loopsIn(first, 'b: TALKS_RESUMED -> TALKS_COLLAPSED 0%')).toEqual([]);
  });

  test('only the rules on the same-day loop are named, not those leading into it', () => {
    const rules = [
      'into: CEASEFIRE_TALKS_OPENED -> TALKS_COLLAPSED',
      'a: TALKS_COLLAPSED -> TALKS_RESUMED',
      'b: TALKS_RESUMED -> TALKS_COLLAPSED',
    ];
    expect(loopsIn(...rules)).toEqual([`${at(rules, 1)} policies a, b ${SAME_DAY}`]);
  });
});

describe('rules whose moves multiply', () => {
  test('a delayed loop where one step sets off two of its rules is refused, naming the loop', () => {
    const rules = [
      'a: TALKS_COLLAPSED -> TALKS_RESUMED +1d',
      'b: TALKS_RESUMED -> TALKS_COLLAPSED +1d',
      'c: TALKS_RESUMED -> TALKS_COLLAPSED +2d',
    ];
    expect(loopsIn(...rules)).toEqual([`${at(rules, 0)} policies a, b, c ${MULTIPLY}`]);
    // A rule leading out of the loop is not one of its steps, and does not hide it.
    const out = 'out: TALKS_RESUMED -> CEASEFIRE_TALKS_OPENED';
    expect(loopsIn(...rules, out)).toEqual([`${at(rules, 0)} policies a, b, c ${MULTIPLY}`]);
  });

  test('two delayed loops side by side, one rule a step each, are allowed', () => {
    expect(
      loopsIn(
        'a: TALKS_COLLAPSED -> TALKS_RESUMED +1d',
        'b: TALKS_RESUMED -> TALKS_COLLAPSED +1d',
        'c: CEASEFIRE_TALKS_OPENED -> FORMAL_START_DECLARED +1d',
        'd: FORMAL_START_DECLARED -> CEASEFIRE_TALKS_OPENED +1d',
      ),
    ).toEqual([]);
  });

  test('a rule that leaves the loop is no second rule of it', () => {
    expect(
      loopsIn(
        'a: TALKS_COLLAPSED -> TALKS_RESUMED +1d',
        'b: TALKS_RESUMED -> TALKS_COLLAPSED +1d',
        'out: TALKS_RESUMED -> CEASEFIRE_TALKS_OPENED',
      ),
    ).toEqual([]);
  });
});
