/**
 * The checks of `expect:` entries past their shape: which fields go together, state names and
 * the endings a share can count. Only the file's own entries count: a what-if expects its own
 * outcome, so it does not inherit its base's expectations (the base keeps them for itself).
 */
import { REGION_STATES, type Precondition, type Region } from '../model/domain.js';
import { knownStates, reporter, type Report } from './check.js';
import { suggest, type Diagnostic } from './diagnostics.js';
import type { ExpectationEntry } from './expectSchema.js';
import type { Resolved } from './resolve.js';
import type { Position } from './types.js';

/** What a moment of the run must show: every part given must hold. */
export interface Condition {
  readonly state: Partial<Record<Region, string>>;
  /** Lowest and highest, inclusive. */
  readonly confidence: readonly [number, number] | null;
  readonly met: readonly Precondition[];
  readonly unmet: readonly Precondition[];
}

/** A share of simulated runs: how many ended so, between `range`. */
export interface ShareExpectation {
  readonly ending: string;
  readonly range: readonly [number, number];
  readonly at: Position;
}

export type Expectation = { readonly at: Position; readonly note: string | null } & (
  | { readonly kind: 'on' | 'by'; readonly date: string; readonly condition: Condition }
  | { readonly kind: 'never'; readonly until: string | null; readonly condition: Condition }
  | {
      readonly kind: 'share';
      readonly runs: number;
      readonly seed: number | null;
      readonly shares: readonly ShareExpectation[];
    }
);

/** The endings a simulation counts (engine/montecarlo.ts), as `share` names them. */
export const SHARE_ENDINGS: readonly string[] = [
  ...REGION_STATES.process.map((s) => `process.${s}`),
  ...REGION_STATES.opposition.map((s) => `opposition.${s}`),
  'walkedOut',
  'ceasefireAgreed',
];

const CONDITION_FIELDS = ['state', 'confidence', 'met', 'unmet'] as const;
const WHEN = '`on: DATE`, `by: DATE`, `never: {REGION: STATE}` or `simulate: {runs: N}`';

/** The file's own expectations that can be checked; every problem goes to `diagnostics`. */
export function checkExpectations(scenario: Resolved, diagnostics: Diagnostic[]): Expectation[] {
  const { file } = scenario;
  return (scenario.raw.expect ?? []).flatMap((entry, i): Expectation[] => {
    // Entries that did not fit the schema are reported already.
    if (!entry) return [];
    const path = ['expect', i];
    const report = reporter(file, path, `expect[${i}]`, diagnostics);
    const expectation = shapeOf(entry, report, (...sub) => file.lazyPositionOf([...path, ...sub]));
    if (!expectation) return [];
    const states =
      expectation.kind === 'share'
        ? true
        : knownStates(entry.never ?? entry.state, report, [entry.never ? 'never' : 'state']);
    const ranges = [
      ...(entry.confidence ? [{ range: entry.confidence, sub: ['confidence'] }] : []),
      ...Object.entries(entry.share ?? {}).map(([ending, range]) => ({
        range,
        sub: ['share', ending],
      })),
    ].every(({ range, sub }) => ordered(range, sub, report));
    const endings = Object.keys(entry.share ?? {}).every((ending) => {
      if (SHARE_ENDINGS.includes(ending)) return true;
      report(
        ['share', ending],
        `unknown ending "${ending}"`,
        suggest(
          ending,
          SHARE_ENDINGS,
          'endings',
          `the endings: process.STATE, opposition.STATE, walkedOut, ceasefireAgreed`,
        ),
        true,
      );
      return false;
    });
    return states && ranges && endings ? [expectation] : [];
  });
}

function ordered(range: readonly [number, number], sub: string[], report: Report): boolean {
  if (range[0] <= range[1]) return true;
  report(
    sub,
    `the range [${range.join(', ')}] is empty`,
    'write the lowest value first: [lowest, highest]',
  );
  return false;
}

const conditionOf = (entry: ExpectationEntry, state = entry.state): Condition => ({
  state: state ?? {},
  confidence: entry.confidence ?? null,
  met: entry.met ?? [],
  unmet: entry.unmet ?? [],
});

/** Which kind of expectation the entry is, or null when its fields do not go together (reported). */
function shapeOf(
  entry: ExpectationEntry,
  report: Report,
  positionOf: (...sub: string[]) => Position,
): Expectation | null {
  const at = positionOf();
  const note = entry.note ?? null;
  const given = CONDITION_FIELDS.filter((f) => entry[f] !== undefined);
  const whens = (['on', 'by', 'never', 'simulate'] as const).filter((f) => entry[f] !== undefined);
  if (entry.simulate) {
    const extra = [...whens.filter((f) => f !== 'simulate'), ...given];
    const [first] = extra;
    if (first !== undefined)
      return refuse(
        report,
        first,
        `\`${first}\` does not go with \`simulate\``,
        'a simulation checks only `share`; put states and dates in an expectation of their own',
      );
    if (!entry.share || !Object.keys(entry.share).length)
      return refuse(
        report,
        'simulate',
        '`simulate` needs `share`',
        'e.g. `share: { opposition.walkedOut: [0.2, 0.5] }`',
      );
    return {
      kind: 'share',
      at,
      note,
      runs: entry.simulate.runs,
      seed: entry.simulate.seed ?? null,
      shares: Object.entries(entry.share).map(([ending, [lo, hi]]) => ({
        ending,
        range: [lo, hi] as const,
        at: positionOf('share', ending),
      })),
    };
  }
  if (entry.share)
    return refuse(
      report,
      'share',
      '`share` needs `simulate`',
      'add `simulate: { runs: 1000 }`: shares are counted over simulated runs',
    );
  if (entry.never) {
    if (entry.on !== undefined)
      return refuse(
        report,
        'on',
        '`on` does not go with `never`',
        'bound `never` with `by: DATE`: no step up to that date',
      );
    const [first] = given;
    if (first !== undefined)
      return refuse(
        report,
        first,
        `\`${first}\` does not go with \`never\``,
        'write the states under `never` itself: `never: { opposition: walkedOut }`',
      );
    return {
      kind: 'never',
      at,
      note,
      until: entry.by ?? null,
      condition: conditionOf(entry, entry.never),
    };
  }
  if (entry.on !== undefined && entry.by !== undefined)
    return refuse(
      report,
      'by',
      'give one of `on` and `by`',
      "`on`: the state after that date's last step; `by`: at some step up to that date",
    );
  const date = entry.on ?? entry.by;
  if (date === undefined)
    return refuse(
      report,
      null,
      `an expectation needs one of ${WHEN}`,
      'e.g. `- on: 2016-02-03` with `state: { process: suspended }`',
    );
  if (!given.length)
    return refuse(
      report,
      entry.on !== undefined ? 'on' : 'by',
      'nothing to check',
      'add `state: {REGION: STATE}`, `confidence: [low, high]`, `met: [...]` or `unmet: [...]`',
    );
  return {
    kind: entry.on !== undefined ? 'on' : 'by',
    at,
    note,
    date,
    condition: conditionOf(entry),
  };
}

function refuse(report: Report, field: string | null, message: string, hint: string): null {
  report(field === null ? [] : [field], message, hint, field !== null);
  return null;
}
