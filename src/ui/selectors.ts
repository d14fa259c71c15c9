/** Pure view selectors: what each panel shows, derived from the run and the cursor. No Ink here. */
import { explain } from '../engine/explain.js';
import { contextOf, type Run } from '../engine/run.js';
import { entryAt, stateAt } from '../engine/branches.js';
import type { RunState } from '../engine/step.js';
import { daysBetween } from '../model/dates.js';
import {
  PRECONDITION_NAMES,
  REGIONS,
  REGION_STATES,
  type Precondition,
  type Region,
} from '../model/domain.js';
import { meaningOf } from '../model/vocabulary.js';
import { ruleOf } from '../engine/policies.js';
import {
  actorLabel,
  citedWhere,
  effectLines,
  markOf,
  motivationLine,
  motivationOf,
  originLine,
  payloadLine,
  predictionLine,
  quoted,
  shortActorLabel,
  type Mark,
} from '../report/describe.js';
import { explanationLines } from '../report/explainText.js';
import { clean } from '../text/sanitize.js';
import type { Catalog } from '../scenario/catalog.js';
import { windowAround } from '../text/fit.js';

/**
 * The "why?" view: the explanation of the state the cursor shows, as if the run stopped there
 * (in predict mode nothing past the cursor is given away).
 */
export function selectExplanation(
  run: Run,
  cursor: number,
  catalog: Catalog,
  width: number,
): string[] {
  return explanationLines(
    explain({ ...run, entries: run.entries.slice(0, cursor) }, catalog),
    run.scenario,
    width,
  );
}

export interface RegionView {
  readonly region: Region;
  readonly states: readonly {
    readonly name: string;
    readonly current: boolean;
    readonly next: boolean;
    readonly sub: string;
  }[];
}

/**
 * Every top-level state of each region, the current one flagged (with its sub-state, if any),
 * and those the next accepted moves could lead to (`next` holds `region.state` names).
 */
export function selectStatechart(
  state: RunState,
  next: ReadonlySet<string> = new Set(),
): RegionView[] {
  const value = state.machine.value as Record<string, unknown>;
  return REGIONS.map((region) => {
    const current = value[region];
    const top = typeof current === 'string' ? current : Object.keys(current as object)[0];
    const sub =
      current && typeof current === 'object' ? String(Object.values(current)[0] ?? '') : '';
    return {
      region,
      states: REGION_STATES[region].map((name) => ({
        name,
        current: name === top,
        next: next.has(`${region}.${name}`),
        sub: name === top && sub ? `.${sub}` : '',
      })),
    };
  });
}

export interface EventView {
  /** The event's id, which `g` jumps to and what-if patches name. */
  readonly id: string;
  /** Date, type, `[what-if]`/`[rule]`/`[clock]` for a step not on the record, and actor. */
  readonly heading: string;
  readonly meaning: string;
  /**
   * What the event did, in parts: every effect, what set off a rule's move, the policies' view,
   * the payload; or why the model refused it.
   */
  readonly effect: readonly string[];
  readonly refused: boolean;
  /**
   * The event's own quote; for a rule's move, the rule's motivation, labelled as such (the rule
   * is among the parts of `effect`); for a what-if's or the clock's step without a source, where
   * it came from.
   */
  readonly quote: string;
  readonly citation: string | null;
  /** The author's note on the event, in the scenario file. */
  readonly note: string | null;
}

export function selectEvent(run: Run, cursor: number, catalog: Catalog): EventView | null {
  const entry = entryAt(run, cursor);
  if (!entry) return null;
  const { step } = entry;
  const { scenario } = run;
  const mark = markOf(step);
  const marked = mark ? ` [${mark}]` : '';
  const origin = originLine(scenario, step);
  const rule = ruleOf(scenario, step);
  const parts = step.accepted
    ? [
        ...effectLines(scenario, step),
        rule ? origin : null,
        predictionLine(step),
        payloadLine(step),
      ]
    : [`REFUSED by the model: ${step.reason ?? ''}`];
  // A rule's move has no source of its own (its origin says so): the quote behind its rule shows,
  // labelled as motivation.
  const motivation = motivationOf(scenario, step);
  const cited = step.source ?? motivation;
  const quote = step.source
    ? quoted(step.source.quote)
    : motivation
      ? motivationLine(motivation)
      : (origin ?? 'no source');
  return {
    id: clean(step.id),
    heading: `${step.date}  ${step.type}${marked}  ${actorLabel(scenario, step.actor)}`,
    meaning: meaningOf(step.type),
    effect: parts.filter((part): part is string => Boolean(part)),
    refused: !step.accepted,
    quote,
    citation: cited ? `-- ${citedWhere(catalog, cited)}` : null,
    note: step.note ? clean(step.note) : null,
  };
}

/** A step the model refused, or one not on the record, by the word every view uses. */
export type TimelineMark = 'refused' | Mark | null;

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
export function selectTimeline(
  run: Run,
  cursor: number,
  height: number,
  hideFuture = false,
): TimelineRow[] {
  const visible = hideFuture ? run.entries.slice(0, cursor) : run.entries;
  return windowAround(visible, Math.max(0, cursor - 1), height).shown.map(({ step }) => ({
    index: step.index,
    current: step.index === cursor - 1,
    text: `${step.date} ${step.type}`,
    mark: step.accepted ? markOf(step) : 'refused',
    forkStart: step.index === run.forkedAt,
  }));
}

export interface ContextView {
  readonly confidence: number;
  readonly meter: string;
  /**
   * The last change of confidence up to here, `24 -> 4`: the current step's, else the latest
   * before it (the panel is too narrow to say which; the event panel lists the current step's).
   */
  readonly change: string | null;
  readonly preconditions: readonly {
    readonly name: Precondition;
    readonly demanded: boolean;
    readonly met: boolean;
  }[];
  readonly deadline: string | null;
  readonly claims: readonly string[];
}

/** `[####------] 40`: the number is always there, the bar is for a glance. */
export function confidenceMeter(level: number, width = 10): string {
  const filled = Math.round((level / 100) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${level}`;
}

/** The latest change of confidence among the first `cursor` steps: "24 -> 4". */
function lastConfidenceChange(run: Run, cursor: number): string | null {
  for (const { step } of run.entries.slice(0, Math.max(0, cursor)).reverse()) {
    const change = step.effects.find((e) => e.kind === 'confidence');
    if (change) return `${change.from} -> ${change.to}`;
  }
  return null;
}

export function selectContext(run: Run, cursor: number): ContextView {
  const state = stateAt(run, cursor);
  const context = contextOf(state);
  const pending = context.walkoutDeadline;
  const left = pending ? daysBetween(state.date, pending.date) : 0;
  return {
    confidence: context.confidence,
    // Eight marks: the meter and its last change (`[###-----] 36  34 -> 36`) fit the column's
    // heading.
    meter: confidenceMeter(context.confidence, 8),
    change: lastConfidenceChange(run, cursor),
    preconditions: PRECONDITION_NAMES.map((name) => ({ name, ...context.preconditions[name] })),
    deadline: pending
      ? `walkout due ${pending.date}, ${left} day${left === 1 ? '' : 's'} left`
      : null,
    // The column is narrow: the name without its title ("Staffan de Mistura, UN Special Envoy").
    claims: Object.entries(context.claims).map(
      ([actor, claim]) => `"${claim}", says ${shortActorLabel(run.scenario, actor)}`,
    ),
  };
}
