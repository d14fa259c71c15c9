/** Shared wording for every view of a run: transcript, handout and terminal UI. */
import type { Effect } from '../engine/effects.js';
import { ruleOf } from '../engine/policies.js';
import type { Step } from '../engine/step.js';
import type { Catalog } from '../scenario/catalog.js';
import type { Citation, Policy, Scenario } from '../scenario/types.js';
import { clean } from '../text/sanitize.js';

/** "1 step", "36 steps" */
export const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function actorLabel(scenario: Scenario, id: string): string {
  const actor = scenario.actors.find((a) => a.id === id);
  return clean(actor ? actor.name : id);
}

/** The name without its title: "Staffan de Mistura" of "Staffan de Mistura, UN Special Envoy for Syria". */
export function shortActorLabel(scenario: Scenario, id: string): string {
  const [name = ''] = actorLabel(scenario, id).split(/,| \(/);
  return name.trim();
}

/**
 * Where a citation comes from: its outlet and date, or the document's id when the catalog lacks it.
 * @example citedWhere(catalog, { doc: 'voa-2016-02-02', quote: '...' }) === 'Voice of America, 2016-02-02'
 */
export function citedWhere(catalog: Catalog, citation: Citation): string {
  const source = catalog.sources.get(citation.doc);
  return clean(source ? `${source.outlet}, ${source.date}` : citation.doc);
}

/**
 * A quotation in double quotes; double quotes inside it become single ones, as nested quotations
 * are written, so a quote that starts with a quotation does not open with two marks.
 * @example quoted('"We will not be in Geneva," said a source.') === `"'We will not be in Geneva,' said a source."`
 */
export function quoted(text: string): string {
  return `"${clean(text).replace(/"/g, "'")}"`;
}

export const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
const listed = (names: readonly string[]): string => names.join(', ');

function deadlineLine(effect: Extract<Effect, { kind: 'deadline' }>, type: string): string {
  const { date, unmet } = effect;
  switch (effect.change) {
    case 'set':
      return `walkout deadline set for ${date}: ${unmet.length ? `${listed(unmet)} unmet` : 'every condition already met'}`;
    case 'cancelled':
      return type === 'WALKED_OUT'
        ? `walkout deadline of ${date} overtaken: the opposition walked out first`
        : `walkout deadline of ${date} withdrawn`;
    case 'lapsed':
      return `walkout deadline of ${date} lapsed: the talks were not sitting`;
    case 'fired':
      return `walkout deadline of ${date} passed with ${listed(unmet)} unmet: the opposition walks out`;
    case 'met':
      return `walkout deadline of ${date} passed with every condition met`;
  }
}

/**
 * One effect in words.
 * @example effectLine(scenario, { kind: 'confidence', from: 24, to: 4, by: -20 }, 'OFFENSIVE_LAUNCHED') === 'confidence 24 -> 4 (-20)'
 */
export function effectLine(scenario: Scenario, effect: Effect, type: string): string {
  const who = (id: string): string => shortActorLabel(scenario, id);
  switch (effect.kind) {
    case 'region':
      return `${effect.region}: ${effect.from} -> ${effect.to}`;
    case 'confidence':
      return `confidence ${effect.from} -> ${effect.to} (${signed(effect.by)})`;
    case 'precondition':
      return `${effect.name} ${effect.change === 'unmet' ? 'no longer met' : effect.change}`;
    case 'deadline':
      return deadlineLine(effect, type);
    case 'claim':
      return `claim: ${who(effect.actor)} says ${effect.claim}`;
    case 'offensive':
      return clean(`offensive by ${who(effect.actor)}: ${effect.area}, ${effect.intensity}`);
    case 'taken':
      return clean(`place taken by ${who(effect.actor)}: ${effect.place}`);
    case 'attack':
      return clean(
        `attack by ${who(effect.actor)} at ${effect.place}${effect.killed === null ? '' : `, ${effect.killed} killed`}`,
      );
    case 'delegate':
      return clean(`delegate disputed: ${effect.group}, by ${who(effect.by)}`);
    case 'faceToFace':
      return `face-to-face talks ${effect.accepted ? 'accepted' : 'refused'} by the ${effect.side}`;
    case 'ceasefireVeto':
      return clean(
        `ceasefire vetoed by ${who(effect.actor)}${effect.scope ? ` (${effect.scope})` : ''}`,
      );
    case 'ceasefireViolation':
      return `ceasefire violations reported: ${effect.count}`;
    case 'assessment':
      return `${who(effect.actor)} assessed confidence at ${effect.level} (the model: ${effect.model})`;
  }
}

/**
 * Every effect of an accepted step, one short line each, regions first; "no state change" only
 * when the step changed nothing at all.
 * @example effectLines(scenario, offensive) // ['confidence 24 -> 4 (-20)', 'offensive by Syrian government forces: north of Aleppo, massive']
 */
export function effectLines(scenario: Scenario, step: Step): string[] {
  return step.effects.length
    ? step.effects.map((e) => effectLine(scenario, e, step.type))
    : ['no state change'];
}

/** The payload as `key: value` pairs, lists joined, for one line of text. */
export function payloadLine(step: { readonly payload: Step['payload'] }): string {
  return clean(
    Object.entries(step.payload)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
      .join('; '),
  );
}

/** "the policies gave this move 75%", for a recorded move some policy could make. */
export function predictionLine(step: Step): string | null {
  return step.predicted === null
    ? null
    : `the policies gave this move ${Math.round(step.predicted * 100)}%`;
}

/** "threat-under-offensive (75%)" */
export function ruleLabel(rule: Policy): string {
  return `${clean(rule.id)} (${Math.round(rule.probability * 100)}%)`;
}

/** The word every view marks a step with that is not on the record; colour only adds to it. */
export type Mark = 'what-if' | 'rule' | 'clock';

export function markOf(step: Step): Mark | null {
  if (step.origin === 'policy') return 'rule';
  if (step.origin === 'deadline') return 'clock';
  return step.recorded ? null : 'what-if';
}

/** What each mark means, for the legends. */
export const MARK_MEANINGS: Readonly<Record<Mark, string>> = {
  'what-if': 'an event a what-if added or changed: not on the record',
  rule: "a move an actor's rule made, drawn by chance: not on the record, no source of its own",
  clock: "a walkout deadline passing on the model's clock: not on the record, no source of its own",
};

/** The marks a run's steps carry, in the legend's order: what its legend must explain. */
export function marksUsed(steps: readonly Step[]): Mark[] {
  return (Object.keys(MARK_MEANINGS) as Mark[]).filter((mark) =>
    steps.some((s) => markOf(s) === mark),
  );
}

/**
 * Where a step that is not on the record comes from; null for a recorded one.
 * @example originLine(scenario, threat) === 'rule threat-under-offensive (75%), set off by #aleppo-offensive: no source of its own'
 */
export function originLine(scenario: Scenario, step: Step): string | null {
  const by = step.cause ? `#${clean(step.cause.step)}` : 'an earlier step';
  switch (markOf(step)) {
    case 'rule': {
      const rule = ruleOf(scenario, step);
      return `rule ${rule ? ruleLabel(rule) : clean(step.policy ?? '')}, set off by ${by}: no source of its own`;
    }
    case 'clock':
      return `the clock: the walkout deadline set by ${by} passed: no source of its own`;
    case 'what-if':
      return step.source ? 'what-if: not on the record' : 'what-if: not on the record, no source';
    default:
      return null;
  }
}

/** The quote that motivates the rule behind a rule's move: never the move's own source. */
export function motivationOf(scenario: Scenario, step: Step): Citation | null {
  return ruleOf(scenario, step)?.source ?? null;
}

/**
 * A rule's quote, labelled so it is never read as the move's own source.
 * @example motivationLine({ doc: 'voa', quote: 'we are not optimistic' }) === `the rule's motivation: "we are not optimistic"`
 */
export function motivationLine(citation: Citation): string {
  return `the rule's motivation: ${quoted(citation.quote)}`;
}
