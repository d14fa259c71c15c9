/** One effect of a step in words, for the views that list what a step did. */
import type { Effect } from '../engine/effects.js';
import { clean } from './sanitize.js';

const listed = (names: readonly string[]): string => names.join(', ');

/** "the walkout deadline of 2016-02-05 passed with endAirStrikes, liftSieges unmet" */
function deadlineText(e: Extract<Effect, { kind: 'deadline' }>): string {
  const of = `the walkout deadline of ${e.date}`;
  switch (e.change) {
    case 'set': return `${of} set, for ${listed(e.conditions)}`;
    case 'cancelled': return `${of} cancelled`;
    case 'lapsed': return `${of} lapsed: the talks were not sitting`;
    case 'fired': return `${of} passed with ${listed(e.unmet)} unmet`;
    case 'met': return `${of} passed with every condition met`;
  }
}

/**
 * What one effect did, in a few words; text from the scenario file is cleaned.
 * @example effectText({ kind: 'confidence', from: 24, to: 4, by: -20 }) === 'confidence 24 -> 4 (-20)'
 */
export function effectText(e: Effect): string {
  switch (e.kind) {
    case 'region': return `${e.region} ${e.from} -> ${e.to}`;
    case 'confidence': return `confidence ${e.from} -> ${e.to} (${e.by > 0 ? '+' : ''}${e.by})`;
    case 'precondition': return `${e.name} ${e.change}`;
    case 'deadline': return deadlineText(e);
    case 'claim': return clean(`${e.actor} says the talks: ${e.claim}`);
    case 'offensive': return clean(`a ${e.intensity} offensive, ${e.area}`);
    case 'taken': return clean(`${e.place} taken by ${e.actor}`);
    case 'attack': return clean(`an attack on ${e.place}${e.killed === null ? '' : `, ${e.killed} killed`}`);
    case 'delegate': return clean(`${e.group} disputed by ${e.by}`);
    case 'faceToFace': return clean(`${e.side} ${e.accepted ? 'accepts' : 'refuses'} face-to-face talks`);
    case 'ceasefireVeto': return clean(`a ceasefire ruled out by ${e.actor}${e.scope ? ` (${e.scope})` : ''}`);
    case 'ceasefireViolation': return `ceasefire violations: ${e.count}`;
    case 'assessment': return clean(`${e.actor} rates confidence ${e.level} (the model: ${e.model})`);
  }
}
