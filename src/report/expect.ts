/** `parley test`'s findings as text (each failure at its own file:line:col) and as JSON. */
import type { Finding, Moment, ShareFinding } from '../engine/expect.js';
import type { Condition, Expectation } from '../scenario/expectations.js';
import type { Position } from '../scenario/types.js';
import { counted } from './describe.js';
import { clean } from '../text/sanitize.js';
import { hanging, wrapped } from './table.js';

const where = (at: Position): string => `${clean(at.file)}:${at.line}:${at.col}`;
const share = (n: number): string => n.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
const between = (
  [lo, hi]: readonly [number, number],
  show: (n: number) => string = String,
): string => (lo === hi ? show(lo) : `${show(lo)} to ${show(hi)}`);

/** The condition in words: `process suspended, confidence 0 to 10, unmet liftSieges`. */
export function conditionText(condition: Condition): string {
  return [
    ...Object.entries(condition.state).map(([region, state]) => `${region} ${clean(state)}`),
    ...(condition.confidence ? [`confidence ${between(condition.confidence)}`] : []),
    ...(condition.met.length ? [`met ${condition.met.join(', ')}`] : []),
    ...(condition.unmet.length ? [`unmet ${condition.unmet.join(', ')}`] : []),
  ].join(', ');
}

/** What the moment shows of the parts the condition asks about. */
function foundText(condition: Condition, moment: Moment): string {
  const asked = [...condition.met, ...condition.unmet];
  return [
    ...Object.keys(condition.state).map(
      (region) => `${region} ${moment.state[region as keyof Moment['state']]}`,
    ),
    ...(condition.confidence ? [`confidence ${moment.confidence}`] : []),
    ...(asked.length
      ? [asked.map((p) => `${p} ${moment.met.includes(p) ? 'met' : 'unmet'}`).join(', ')]
      : []),
  ].join(', ');
}

const stepText = (moment: Moment): string =>
  moment.step
    ? `after #${clean(moment.step.id)} (step ${moment.step.index + 1}, ${moment.date})`
    : `at the start (${moment.date})`;

function expectedText(e: Expectation): string {
  switch (e.kind) {
    case 'on':
      return `on ${e.date}: ${conditionText(e.condition)}`;
    case 'by':
      return `by ${e.date}: ${conditionText(e.condition)}`;
    case 'never':
      return `never${e.until ? ` by ${e.until}` : ''}: ${conditionText(e.condition)}`;
    case 'share':
      return `simulate ${counted(e.runs, 'run')}${e.seed === null ? '' : `, seed ${e.seed}`}`;
  }
}

/** A failure's first line, its further lines indented under it. */
const headline = (at: Position, text: string): string[] =>
  wrapped(`${where(at)}: ${text}`, '  ').map((line, i) => (i ? line : line.trimStart()));

function shareLines(s: ShareFinding): string[] {
  return [
    ...headline(
      s.expected.at,
      `expected a share of ${between(s.expected.range, share)} ending ${s.expected.ending}`,
    ),
    ...hanging(
      '  found: ',
      `${share(s.count / s.runs)}, ${s.count} of ${counted(s.runs, 'run')} (95% interval ${share(s.interval[0])} to ${share(s.interval[1])})`,
    ),
  ];
}

/** The lines of one failed expectation: where, what was expected, what was found, and its note. */
function failureLines(f: Finding): string[] {
  const note = f.expectation.note ? hanging('  note: ', clean(f.expectation.note)) : [];
  if ('shares' in f) return [...f.shares.filter((s) => !s.holds).flatMap(shareLines), ...note];
  const { expectation: e, moment } = f;
  const found = !moment
    ? 'nothing'
    : e.kind === 'never'
      ? `reached ${stepText(moment)}`
      : e.kind === 'by'
        ? `not by then; on ${moment.date}: ${foundText(e.condition, moment)}`
        : `${foundText(e.condition, moment)} ${stepText(moment)}`;
  return [
    ...headline(e.at, `expected ${expectedText(e)}`),
    ...hanging('  found: ', found),
    ...note,
  ];
}

/**
 * One file's findings: every failure in full, then a line for the file.
 * @example findingsText('scenarios/geneva-2016.yaml', findings) // 'scenarios/geneva-2016.yaml: 6 expectations hold\n'
 */
export function findingsText(file: string, findings: readonly Finding[]): string {
  if (!findings.length) return `${clean(file)}: no expectations (write them under \`expect:\`)\n`;
  const failed = findings.filter((f) => !f.holds);
  const summary = failed.length
    ? `${clean(file)}: ${failed.length} of ${counted(findings.length, 'expectation')} failed`
    : `${clean(file)}: ${findings.length === 1 ? 'the expectation holds' : `all ${findings.length} expectations hold`}`;
  return `${[...failed.flatMap(failureLines), ...wrapped(summary, '')].join('\n')}\n`;
}

/** The findings as data: each expectation with its position, whether it held, and what was found. */
export function findingsJson(file: string, findings: readonly Finding[]) {
  return {
    file,
    passed: findings.every((f) => f.holds),
    expectations: findings.map((f) => {
      const position = { line: f.expectation.at.line, col: f.expectation.at.col };
      if ('shares' in f) {
        return {
          ...position,
          kind: 'share',
          runs: f.expectation.runs,
          seed: f.expectation.seed,
          holds: f.holds,
          shares: f.shares.map((s) => ({
            ending: s.expected.ending,
            line: s.expected.at.line,
            col: s.expected.at.col,
            range: s.expected.range,
            holds: s.holds,
            count: s.count,
            runs: s.runs,
            share: s.count / s.runs,
            interval: s.interval,
          })),
        };
      }
      const { at: _, ...expectation } = f.expectation;
      return { ...position, ...expectation, holds: f.holds, found: f.moment };
    }),
  };
}
