/** Shared wording for every view of a run: transcript, handout and terminal UI. */
import type { Step } from '../engine/step.js';
import type { Catalog, Source } from '../scenario/catalog.js';
import type { Policy, Scenario } from '../scenario/types.js';
import { clean } from './sanitize.js';
import { regionChanges, type Effect } from '../engine/effects.js';

/** "1 step", "36 steps" */
export const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function actorLabel(scenario: Scenario, id: string): string {
  const actor = scenario.actors.find((a) => a.id === id);
  return clean(actor ? actor.name : id);
}

export function sourceOf(catalog: Catalog, step: Step): Source | null {
  return step.source ? catalog.sources.get(step.source.doc) ?? null : null;
}

/** "Voice of America, 2016-02-02" */
export function citationLine(source: Source): string {
  return clean(`${source.outlet}, ${source.date}`);
}

/**
 * A quotation in double quotes; double quotes inside it become single ones, as nested quotations
 * are written, so a quote that starts with a quotation does not open with two marks.
 * @example quoted('"We will not be in Geneva," said a source.') === `"'We will not be in Geneva,' said a source."`
 */
export function quoted(text: string): string {
  return `"${clean(text).replace(/"/g, "'")}"`;
}

/** "process: scheduled -> delayed", one per changed region. */
export function changeLines(step: Step): string[] {
  return regionChanges(step.effects).map((c) => `${c.region}: ${c.from} -> ${c.to}`);
}

/** One effect on the context, in a few words: `confidence 30 -> 40`, `endAirStrikes met`. */
function contextLine(e: Exclude<Effect, { kind: 'region' }>): string {
  switch (e.kind) {
    case 'confidence': return `confidence ${e.from} -> ${e.to}`;
    case 'precondition': return `${e.name} ${e.change}`;
    case 'deadline': return e.change === 'set' ? `walkout deadline ${e.date}, unless met: ${e.conditions.join(', ')}` : `walkout deadline ${e.change}`;
    case 'claim': return `${e.actor} says "${e.claim}"`;
    case 'offensive': return `${e.intensity} offensive by ${e.actor}: ${e.area}`;
    case 'taken': return `${e.actor} takes ${e.place}`;
    case 'attack': return `attack by ${e.actor}: ${e.place}${e.killed === null ? '' : `, ${e.killed} killed`}`;
    case 'delegate': return `${e.by} disputes ${e.group}`;
    case 'faceToFace': return `${e.side} ${e.accepted ? 'accepts' : 'refuses'} face-to-face talks`;
    case 'ceasefireVeto': return `${e.actor} rules out a ceasefire${e.scope ? ` (${e.scope})` : ''}`;
    case 'ceasefireViolation': return `ceasefire violations: ${e.count}`;
    case 'assessment': return `${e.actor} rates confidence ${e.level} (the model: ${e.model})`;
  }
}

/** Every change a step made, regions first: the region lines of `changeLines`, then the context's. */
export function effectPhrases(step: Step): string[] {
  const context = step.effects.filter((e): e is Exclude<Effect, { kind: 'region' }> => e.kind !== 'region');
  return [...changeLines(step), ...context.map((e) => clean(contextLine(e)))];
}

/** The payload as `key: value` pairs, lists joined, for one line of text. */
export function payloadLine(step: Step): string {
  return clean(
    Object.entries(step.payload)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
      .join('; '),
  );
}

/** "the policies gave this move 75%", for a recorded move some policy could make. */
export function predictionLine(step: Step): string | null {
  return step.predicted === null ? null : `the policies gave this move ${Math.round(step.predicted * 100)}%`;
}

/** The rule that made a policy's move, or null for any other step. */
export function ruleOf(scenario: Scenario, step: Step): Policy | null {
  return step.policy ? scenario.policies.find((p) => p.id === step.policy) ?? null : null;
}

/** "threat-under-offensive (75%)" */
export function ruleLabel(rule: Policy): string {
  return `${clean(rule.id)} (${Math.round(rule.probability * 100)}%)`;
}
