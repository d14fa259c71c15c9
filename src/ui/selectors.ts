/** Pure view selectors: what each panel shows, derived from the run and the cursor. No Ink here. */
import { explain } from '../engine/explain.js';
import { contextOf, type Run } from '../engine/run.js';
import type { Entry, RunState } from '../engine/step.js';
import { daysBetween } from '../model/dates.js';
import { PRECONDITION_NAMES, REGIONS, REGION_STATES, type Precondition, type Region } from '../model/domain.js';
import { meaningOf } from '../model/vocabulary.js';
import { actorLabel, changeLines, citationLine, payloadLine, predictionLine, quoted, ruleLabel, ruleOf, shortActorLabel } from '../report/describe.js';
import { explanationLines } from '../report/explainText.js';
import { clean } from '../report/sanitize.js';
import type { Catalog } from '../scenario/catalog.js';
import type { Scenario } from '../scenario/types.js';
import { windowAround } from './fit.js';

/** The run state the cursor shows: after `cursor` entries (0 is before the first event). */
export function stateAt(run: Run, cursor: number): RunState {
  return cursor > 0 ? run.entries[cursor - 1]!.state : run.initial;
}

export function entryAt(run: Run, cursor: number): Entry | null {
  return cursor > 0 ? run.entries[cursor - 1] ?? null : null;
}

/**
 * The "why?" view: the explanation of the state the cursor shows, as if the run stopped there
 * (in predict mode nothing past the cursor is given away).
 */
export function selectExplanation(run: Run, cursor: number, catalog: Catalog, width: number): string[] {
  return explanationLines(explain({ ...run, entries: run.entries.slice(0, cursor) }, catalog), run.scenario, width);
}

export interface RegionView {
  readonly region: Region;
  readonly states: readonly { readonly name: string; readonly current: boolean; readonly next: boolean; readonly sub: string }[];
}

/**
 * Every top-level state of each region, the current one flagged (with its sub-state, if any),
 * and those the next accepted moves could lead to (`next` holds `region.state` names).
 */
export function selectStatechart(state: RunState, next: ReadonlySet<string> = new Set()): RegionView[] {
  const value = state.machine.value as Record<string, unknown>;
  return REGIONS.map((region) => {
    const current = value[region];
    const top = typeof current === 'string' ? current : Object.keys(current as object)[0];
    const sub = current && typeof current === 'object' ? String(Object.values(current)[0] ?? '') : '';
    return {
      region,
      states: REGION_STATES[region].map((name) => ({
        name, current: name === top, next: next.has(`${region}.${name}`), sub: name === top && sub ? `.${sub}` : '',
      })),
    };
  });
}

export interface EventView {
  /** The event's id, which `g` jumps to and what-if patches name. */
  readonly id: string;
  readonly heading: string;
  readonly meaning: string;
  /** What the event did, in parts: the state changes, the policies' view, the payload; or why the model refused it. */
  readonly effect: readonly string[];
  readonly refused: boolean;
  readonly quote: string | null;
  readonly citation: string | null;
  /** The author's note on the event, in the scenario file. */
  readonly note: string | null;
}

export function selectEvent(run: Run, cursor: number, catalog: Catalog): EventView | null {
  const entry = entryAt(run, cursor);
  if (!entry) return null;
  const { step } = entry;
  const origin = step.origin === 'script' ? '' : ` (${step.origin})`;
  const changes = changeLines(step).join('; ');
  const payload = payloadLine(step);
  const effect = step.accepted
    ? [changes || 'no state change', predictionLine(step), payload].filter((part): part is string => Boolean(part))
    : [`REFUSED by the model: ${step.reason ?? ''}`];
  // A policy's move shows the rule that made it, and the quote that motivates the rule.
  const rule = ruleOf(run.scenario, step);
  const cited = step.source ?? rule?.source ?? null;
  const source = cited ? catalog.sources.get(cited.doc) ?? null : null;
  const where = source ? citationLine(source) : clean(cited?.doc ?? '');
  return {
    id: clean(step.id),
    heading: `${step.date}  ${step.type}${origin}  ${actorLabel(run.scenario, step.actor)}`,
    meaning: meaningOf(step.type),
    effect,
    refused: !step.accepted,
    quote: cited ? quoted(cited.quote) : null,
    citation: rule ? `-- rule ${ruleLabel(rule)}${cited ? `, after ${where}` : ''}` : cited ? `-- ${where}` : null,
    note: step.note ? clean(step.note) : null,
  };
}

export type TimelineMark = 'refused' | 'deadline' | 'policy' | 'what-if' | null;

export interface TimelineRow {
  readonly index: number;
  readonly current: boolean;
  readonly text: string;
  readonly mark: TimelineMark;
  /** The first step of a fork: where this branch leaves the run it was forked from. */
  readonly forkStart: boolean;
}

/**
 * At most `height` rows of the timeline, in a window that keeps the current step in view.
 * `hideFuture` drops the steps after the cursor (predict mode must not give the answer away).
 * @example selectTimeline(run, 5, 8).length <= 8
 */
export function selectTimeline(run: Run, cursor: number, height: number, added: ReadonlySet<string> = new Set(), hideFuture = false): TimelineRow[] {
  const visible = hideFuture ? run.entries.slice(0, cursor) : run.entries;
  return windowAround(visible, Math.max(0, cursor - 1), height).shown.map(({ step }) => ({
    index: step.index,
    current: step.index === cursor - 1,
    text: `${step.date} ${step.type}`,
    mark: !step.accepted ? 'refused' : step.origin === 'script' ? (added.has(step.id) ? 'what-if' : null) : step.origin,
    forkStart: step.index === run.forkedAt,
  }));
}

export interface ContextView {
  readonly confidence: number;
  readonly meter: string;
  readonly preconditions: readonly { readonly name: Precondition; readonly demanded: boolean; readonly met: boolean }[];
  readonly deadline: string | null;
  readonly claims: readonly string[];
}

/** `[####------] 40`: the number is always there, the bar is for a glance. */
export function confidenceMeter(level: number, width = 10): string {
  const filled = Math.round((level / 100) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${level}`;
}

export function selectContext(scenario: Scenario, state: RunState): ContextView {
  const context = contextOf(state);
  const pending = context.walkoutDeadline;
  const left = pending ? daysBetween(state.date, pending.date) : 0;
  return {
    confidence: context.confidence,
    meter: confidenceMeter(context.confidence),
    preconditions: PRECONDITION_NAMES.map((name) => ({ name, ...context.preconditions[name] })),
    deadline: pending ? `walkout due ${pending.date}, ${left} day${left === 1 ? '' : 's'} left` : null,
    // The column is narrow: the name without its title ("Staffan de Mistura, UN Special Envoy").
    claims: Object.entries(context.claims).map(([actor, claim]) => `"${claim}", says ${shortActorLabel(scenario, actor)}`),
  };
}
