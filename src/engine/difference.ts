/**
 * What made the difference between two runs or two simulations: the scenario events only one of
 * them has, and the rules that fired in one and not the other, or whose firing rates differ most.
 * Where the runs part is `compare.ts`'s question; this is about what each had that the other lacked.
 */
import { rulesDiffer } from '../scenario/rules.js';
import type { Scenario } from '../scenario/types.js';
import { sameMove, type MoveTerms } from './compare.js';
import type { Distribution } from './montecarlo.js';
import { firedRules } from './routes.js';
import type { Run } from './run.js';

/** What a scenario event or a scripted step has in common: enough to tell two apart. */
export interface Played extends MoveTerms {
  readonly id: string;
}

export interface EventDifference<T extends Played> {
  readonly onlyA: readonly T[];
  readonly onlyB: readonly T[];
  /** The same id, played on another date, by another actor, or with other terms. */
  readonly changed: readonly { readonly a: T; readonly b: T }[];
}

/**
 * Events matched by id, in the order each side has them.
 * @example eventDifference(record.events, whatIf.events).onlyA.map((e) => e.id) // ['aleppo-offensive', ...]
 */
export function eventDifference<T extends Played>(
  a: readonly T[],
  b: readonly T[],
): EventDifference<T> {
  const [inA, inB] = [new Map(a.map((e) => [e.id, e])), new Map(b.map((e) => [e.id, e]))];
  return {
    onlyA: a.filter((e) => !inB.has(e.id)),
    onlyB: b.filter((e) => !inA.has(e.id)),
    changed: a.flatMap((x) => {
      const y = inB.get(x.id);
      return y && !sameMove(x, y) ? [{ a: x, b: y }] : [];
    }),
  };
}

/** How two runs differ: the scenario events each played that the other did not, and the rules that fired in one only. */
export interface RunDifference {
  /** Events the other run's scenario does not have (or has with other terms). */
  readonly events: EventDifference<Played>;
  /** Recorded moves A played as written that B's scenario has too but leaves to its rules; and the other way round. */
  readonly leftToRulesInB: readonly Played[];
  readonly leftToRulesInA: readonly Played[];
  readonly rulesOnlyA: readonly string[];
  readonly rulesOnlyB: readonly string[];
}

/**
 * @example runDifference(replay(record), replay(whatIf)).rulesOnlyB // ['declare-start', ...]
 */
export function runDifference(a: Run, b: Run): RunDifference {
  const scripted = (run: Run): Played[] =>
    run.entries.flatMap((e) => (e.step.origin === 'script' ? [e.step] : []));
  const { onlyA, onlyB, changed } = eventDifference(scripted(a), scripted(b));
  const has =
    (run: Run) =>
    (e: Played): boolean =>
      run.scenario.events.some((own) => own.id === e.id);
  const [firedA, firedB] = [firedRules(a.entries), firedRules(b.entries)];
  return {
    events: {
      onlyA: onlyA.filter((e) => !has(b)(e)),
      onlyB: onlyB.filter((e) => !has(a)(e)),
      changed,
    },
    leftToRulesInB: onlyA.filter(has(b)),
    leftToRulesInA: onlyB.filter(has(a)),
    rulesOnlyA: [...firedA].filter((r) => !firedB.has(r)),
    rulesOnlyB: [...firedB].filter((r) => !firedA.has(r)),
  };
}

/** A rule's firing rate in each simulation; null where that scenario has no such rule. */
export interface RuleRate {
  readonly rule: string;
  readonly a: number | null;
  readonly b: number | null;
  /** Both scenarios have the rule, and it acts differently in B (another probability, condition, move or delay). */
  readonly changed: boolean;
}

/**
 * The rules whose rates differ, most first (ties by id), at most `limit` of them.
 * @example rateDifference([record, dRecord], [whatIf, dWhatIf], 5)[0] // {rule: 'threat-under-offensive', a: 0.74, b: 0, changed: false}
 */
export function rateDifference(
  [sa, da]: readonly [Scenario, Distribution],
  [sb, db]: readonly [Scenario, Distribution],
  limit: number,
): RuleRate[] {
  const rate = (d: Distribution, rule: string): number | null =>
    Object.hasOwn(d.rules, rule) ? (d.rules[rule] ?? 0) / (d.runs || 1) : null;
  const ids = [...new Set([...sa.policies, ...sb.policies].map((p) => p.id))];
  const gap = (r: RuleRate): number => Math.abs((r.a ?? 0) - (r.b ?? 0));
  return ids
    .map((rule): RuleRate => {
      const [pa, pb] = [
        sa.policies.find((p) => p.id === rule),
        sb.policies.find((p) => p.id === rule),
      ];
      return {
        rule,
        a: rate(da, rule),
        b: rate(db, rule),
        changed: !!pa && !!pb && rulesDiffer([pa], [pb]),
      };
    })
    .filter((r) => gap(r) > 0 || r.changed)
    .sort((x, y) => gap(y) - gap(x) || x.rule.localeCompare(y.rule))
    .slice(0, limit);
}
