/**
 * Why the talks stand where they stand: for each region's state and for the outcome, the chain of
 * steps that caused it, back to events of the scenario. Each link is data, like a compiler's
 * diagnostic with its related notes: the step, what it did, its source or the rule and draw that
 * made it, and the notes that make it teachable (the conditions a deadline found unmet, the state
 * a rule required, each with the step that made it so). `explain` in text or JSON and the
 * player's "why?" view draw the same data.
 */
import { REGIONS, type Precondition, type Region } from '../model/domain.js';
import type { Catalog } from '../scenario/catalog.js';
import type { Citation, Policy } from '../scenario/types.js';
import { causeChain } from './causes.js';
import { summarizeContext, type ContextSummary } from './contextSummary.js';
import type { Effect } from './effects.js';
import { inState, ruleOf } from './policies.js';
import {
  contextOf,
  enters,
  isCeasefireAgreement,
  isWalkout,
  latestState,
  outcomeOf,
  type Run,
} from './run.js';
import type { Entry, Step } from './step.js';
import { stepIdentity, type StepIdentity } from './stepIdentity.js';
import { invariant } from '../model/invariant.js';

/** A quote and where it was published, as the source catalog has it. */
export interface Cited {
  readonly doc: string;
  readonly quote: string;
  /** From the catalog; null when the document is not in it. */
  readonly outlet: string | null;
  readonly published: string | null;
}

/** Something a link needed, and the step that made it so (null: so from the start of the run). */
export type Note = (
  | {
      readonly kind: 'condition';
      readonly name: Precondition;
      readonly met: boolean;
      readonly change: 'demanded' | 'met' | 'unmet' | null;
    }
  | { readonly kind: 'state'; readonly region: Region; readonly state: string }
  /** Why a deadline lapsed: the talks were not sitting when it passed. */
  | { readonly kind: 'halted'; readonly state: string }
  | {
      readonly kind: 'confidence';
      readonly below: number | null;
      readonly atLeast: number | null;
      readonly value: number;
    }
) & { readonly step: Link | null };

/** One step of a chain of causes: the step's identity, and what made it and what it did. */
export interface Link extends StepIdentity {
  /** The effects that matter here: all the step's, or, at the head of a chain, those on its subject. */
  readonly did: readonly Effect[];
  readonly source: Cited | null;
  /** For a rule's move: the rule, the draw that came up (below its probability), and the quote that motivates the rule. */
  readonly rule: {
    readonly id: string;
    readonly probability: number;
    readonly roll: number | null;
    readonly motivation: Cited | null;
  } | null;
  readonly notes: readonly Note[];
}

export interface RegionFinding {
  readonly region: Region;
  readonly state: string;
  /** The date the region entered its state; null while it is in its initial state. */
  readonly since: string | null;
  /** The step that put the region in its state first, then its causes; empty for the initial state. */
  readonly chain: readonly Link[];
}

export interface Explanation {
  readonly scenario: string;
  readonly seed: number;
  /** The date of the run's last step (or its start): what is explained is the state then. */
  readonly date: string;
  readonly regions: readonly RegionFinding[];
  readonly outcome: {
    /** The walkout, or, without one, the last walkout deadline and what became of it. */
    readonly walkout: {
      readonly walkedOut: boolean;
      readonly date: string | null;
      /** A walkout deadline still to come, with the conditions unmet so far. */
      readonly pending: ContextSummary['deadline'];
      readonly chain: readonly Link[];
    };
    /** The agreement, or, without one, the last refusal of a ceasefire. */
    readonly ceasefire: {
      readonly agreed: boolean;
      readonly state: string;
      readonly chain: readonly Link[];
    };
    readonly confidence: {
      readonly initial: number;
      readonly value: number;
      /** The largest changes, largest first, each a link whose `did` is its confidence effect. */
      readonly largest: readonly Link[];
      /** The other changes, summed. */
      readonly rest: { readonly steps: number; readonly by: number };
    };
  };
}

/** How many confidence changes the explanation names; the rest are summed. */
export const LARGEST_CONFIDENCE_CHANGES = 5;

function cited(citation: Citation | null, catalog: Catalog): Cited | null {
  if (!citation) return null;
  const source = catalog.sources.get(citation.doc);
  return {
    doc: citation.doc,
    quote: citation.quote,
    outlet: source?.outlet ?? null,
    published: source?.date ?? null,
  };
}

/** The latest step at or before `at`, an index of the run, that passes `test`. */
function lastBefore(
  entries: readonly Entry[],
  at: number,
  test: (step: Step) => boolean,
): Step | null {
  for (let i = at; i >= 0; i -= 1) {
    const { step } = invariant(entries[i], 'the index is within the run');
    if (step.accepted && test(step)) return step;
  }
  return null;
}

const isPrecondition =
  (name: Precondition, changes: readonly string[]) =>
  (s: Step): boolean =>
    s.effects.some(
      (e) => e.kind === 'precondition' && e.name === name && changes.includes(e.change),
    );

interface Explainer {
  readonly run: Run;
  readonly catalog: Catalog;
}

/** The step as a link without notes: what the notes of another link point to. */
function bare(x: Explainer, step: Step, did: readonly Effect[] = step.effects): Link {
  const rule = ruleOf(x.run.scenario, step);
  return {
    ...stepIdentity(step),
    did,
    source: cited(step.source, x.catalog),
    rule: rule
      ? {
          id: rule.id,
          probability: rule.probability,
          roll: step.cause?.roll ?? null,
          motivation: cited(rule.source, x.catalog),
        }
      : null,
    notes: [],
  };
}

/** A condition left unmet at `at`: the step that last unmet or demanded it. */
function unmetNote(x: Explainer, name: Precondition, at: number): Note {
  const step = lastBefore(x.run.entries, at, isPrecondition(name, ['unmet', 'demanded']));
  const change = step?.effects.some(
    (e) => e.kind === 'precondition' && e.name === name && e.change === 'unmet',
  )
    ? 'unmet'
    : step
      ? 'demanded'
      : null;
  return { kind: 'condition', name, met: false, change, step: step && bare(x, step) };
}

/** What the rule behind a move required when its trigger came, each with the step that made it so. */
function ruleNotes(x: Explainer, when: Policy['when'], trigger: Step): Note[] {
  const at = trigger.index;
  const notes: Note[] = [];
  for (const [region, state] of Object.entries(when.state ?? {}) as [Region, string][]) {
    const entered = lastBefore(x.run.entries, at, (s) =>
      s.effects.some(
        (e) =>
          e.kind === 'region' &&
          e.region === region &&
          inState(e.to, state) &&
          !inState(e.from, state),
      ),
    );
    notes.push({ kind: 'state', region, state, step: entered && bare(x, entered) });
  }
  for (const name of when.unmet ?? []) notes.push(unmetNote(x, name, at));
  for (const name of when.met ?? []) {
    const step = lastBefore(x.run.entries, at, isPrecondition(name, ['met']));
    notes.push({
      kind: 'condition',
      name,
      met: true,
      change: step ? 'met' : null,
      step: step && bare(x, step),
    });
  }
  if (when.confidenceBelow !== undefined || when.confidenceAtLeast !== undefined) {
    const value = contextOf(
      invariant(x.run.entries[at], 'the index is within the run').state,
    ).confidence;
    notes.push({
      kind: 'confidence',
      below: when.confidenceBelow ?? null,
      atLeast: when.confidenceAtLeast ?? null,
      value,
      step: null,
    });
  }
  // The trigger is the next link of the chain: a note that points to it again says nothing new.
  return notes.filter((n) => n.step?.id !== trigger.id);
}

/** A deadline lapses because the talks were not sitting: the step that halted them is its cause, not the conditions. */
function haltedNote(x: Explainer, deadline: Step): Note {
  const state = deadline.state.process;
  const halted = lastBefore(x.run.entries, deadline.index - 1, enters('process', state));
  return { kind: 'halted', state, step: halted && bare(x, halted) };
}

/** A step of a chain, with its notes: the conditions a deadline found unmet, what a rule required. */
function link(x: Explainer, step: Step, next: Step | undefined, did: readonly Effect[]): Link {
  const base = bare(x, step, did);
  const passed =
    step.origin === 'deadline' ? step.effects.find((e) => e.kind === 'deadline') : undefined;
  if (passed?.kind === 'deadline' && passed.change === 'lapsed')
    return { ...base, notes: [haltedNote(x, step)] };
  if (passed?.kind === 'deadline')
    return { ...base, notes: passed.unmet.map((name) => unmetNote(x, name, step.index)) };
  const rule = ruleOf(x.run.scenario, step);
  if (rule && next) return { ...base, notes: ruleNotes(x, rule.when, next) };
  return base;
}

/** The chain of causes of the step at `index`, none for -1; the head keeps only the effects `onHead` picks. */
function chainOf(x: Explainer, index: number, onHead: (e: Effect) => boolean): Link[] {
  const steps = causeChain(x.run.entries, index);
  return steps.map((step, i) =>
    link(x, step, steps[i + 1], i === 0 ? step.effects.filter(onHead) : step.effects),
  );
}

const onRegion =
  (region: Region) =>
  (e: Effect): boolean =>
    (e.kind === 'region' && e.region === region) || e.kind === 'deadline';

function lastIndex(entries: readonly Entry[], test: (step: Step) => boolean): number {
  return lastBefore(entries, entries.length - 1, test)?.index ?? -1;
}

function regionFinding(x: Explainer, region: Region, state: string): RegionFinding {
  const at = lastIndex(x.run.entries, (s) =>
    s.effects.some((e) => e.kind === 'region' && e.region === region),
  );
  if (at < 0) return { region, state, since: null, chain: [] };
  return {
    region,
    state,
    since: invariant(x.run.entries[at], 'the index is within the run').step.date,
    chain: chainOf(x, at, onRegion(region)),
  };
}

function confidenceFinding(x: Explainer): Explanation['outcome']['confidence'] {
  const changes = x.run.entries.flatMap(({ step }) =>
    step.effects.filter((e) => e.kind === 'confidence').map((effect) => ({ step, effect })),
  );
  // The sort is stable: changes of the same size stay in the order they came.
  const ranked = [...changes].sort((a, b) => Math.abs(b.effect.by) - Math.abs(a.effect.by));
  const largest = ranked.slice(0, LARGEST_CONFIDENCE_CHANGES);
  const rest = ranked.slice(LARGEST_CONFIDENCE_CHANGES);
  return {
    initial: contextOf(x.run.initial).confidence,
    value: contextOf(latestState(x.run)).confidence,
    largest: largest.map(({ step, effect }) => bare(x, step, [effect])),
    rest: { steps: rest.length, by: rest.reduce((sum, c) => sum + c.effect.by, 0) },
  };
}

/**
 * The explanation of the run's last state and outcome; to explain a moment, pass the run cut there.
 * @example explain(replay(geneva), catalog).regions.find((r) => r.region === 'process')!.chain[0]!.id // 'temporary-pause'
 */
export function explain(run: Run, catalog: Catalog): Explanation {
  const x: Explainer = { run, catalog };
  const outcome = outcomeOf(run);
  const { entries } = run;
  const walkout = lastIndex(entries, isWalkout);
  const deadline = lastIndex(entries, (s) => s.effects.some((e) => e.kind === 'deadline'));
  const agreed = lastIndex(entries, isCeasefireAgreement);
  const vetoed = lastIndex(entries, (s) => s.effects.some((e) => e.kind === 'ceasefireVeto'));
  const { deadline: pending } = summarizeContext(contextOf(latestState(run)));
  return {
    scenario: run.scenario.id,
    seed: run.seed,
    date: outcome.date,
    regions: REGIONS.map((region) => regionFinding(x, region, outcome.state[region])),
    outcome: {
      walkout:
        walkout >= 0
          ? {
              walkedOut: true,
              date: invariant(entries[walkout], 'the walkout is a step of the run').step.date,
              pending,
              chain: chainOf(x, walkout, onRegion('opposition')),
            }
          : {
              walkedOut: false,
              date: null,
              pending,
              chain: chainOf(x, deadline, (e) => e.kind === 'deadline'),
            },
      ceasefire:
        agreed >= 0
          ? {
              agreed: true,
              state: outcome.state.ceasefireTrack,
              chain: chainOf(x, agreed, onRegion('ceasefireTrack')),
            }
          : {
              agreed: false,
              state: outcome.state.ceasefireTrack,
              chain: chainOf(x, vetoed, (e) => e.kind === 'ceasefireVeto'),
            },
      confidence: confidenceFinding(x),
    },
  };
}
