/**
 * The moves a fork can insert: every event type the current state accepts, from each scenario
 * actor allowed to send it, with a payload the vocabulary accepts and a preview of its effect.
 */
import { advance, rulesFor, type RunState } from '../engine/step.js';
import { unmetConditions } from '../model/context.js';
import { addDays } from '../model/dates.js';
import { PRECONDITION_NAMES, type Precondition, type Role } from '../model/domain.js';
import type { Payload } from '../model/events.js';
import { SCRIPT_EVENT_TYPES, VOCABULARY, type ScriptEventType } from '../model/vocabulary.js';
import { effectLines } from '../report/describe.js';
import type { Scenario, ScenarioEvent } from '../scenario/types.js';
import { regionChanges, type RegionEffect } from '../engine/effects.js';

export interface Move {
  readonly type: ScriptEventType;
  readonly actor: string;
  readonly payload: Payload;
  readonly changes: readonly RegionEffect[];
  /** Every effect it would have, a line each: "opposition: attending -> walkedOut", "confidence 24 -> 9 (-15)". */
  readonly effects: readonly string[];
}

/** The preconditions a move would name: the ones still unmet among those demanded, else all. */
function openConditions(state: RunState): Precondition[] {
  const context = state.machine.context;
  const open = PRECONDITION_NAMES.filter((p) => context.preconditions[p].demanded && !context.preconditions[p].met);
  return open.length ? open : [...PRECONDITION_NAMES];
}

function actorWith(scenario: Scenario, roles: readonly Role[]): string {
  return (scenario.actors.find((a) => roles.includes(a.role)) ?? scenario.actors[0]!).id;
}

/**
 * A payload for `type` that passes its schema; hypothetical places are named as such so a saved
 * fork never passes them off as the record.
 */
export function defaultPayload(type: ScriptEventType, state: RunState, scenario: Scenario): Payload {
  const context = state.machine.context;
  switch (type) {
    case 'DELEGATION_VETOED': return { group: 'a member of the other delegation' };
    case 'PRECONDITIONS_DEMANDED': return { preconditions: openConditions(state) };
    case 'ENVOY_MET': return { with: actorWith(scenario, ['opposition', 'government']) };
    case 'START_DISPUTED': return { claim: 'notStarted' };
    case 'MEETING_CANCELLED': return { with: actorWith(scenario, ['envoy', 'host']) };
    case 'OFFENSIVE_LAUNCHED': return { area: 'a hypothetical front', intensity: 'major' };
    case 'TERRITORY_TAKEN':
    case 'ATTACK_CLAIMED': return { place: 'a hypothetical place' };
    case 'WALKOUT_THREATENED': return { deadline: addDays(state.date, 3), conditions: unmetConditions(context).length ? unmetConditions(context) : openConditions(state) };
    case 'GESTURE_MADE': return { meets: openConditions(state) };
    case 'CONFIDENCE_ASSESSED': return { level: context.confidence };
    default: return {};
  }
}

/** A what-if event, dated the day the cursor is on (the clock never runs backwards). */
export function whatIfEvent(move: Pick<Move, 'type' | 'actor' | 'payload'>, id: string, date: string, file: string): ScenarioEvent {
  return { id, date, actor: move.actor, type: move.type, payload: move.payload, source: null, note: null, recorded: false, at: { file, line: 0, col: 0 } };
}

/** Accepted moves first by whether they change a region, then in vocabulary order. */
export function acceptedMoves(state: RunState, scenario: Scenario): Move[] {
  const moves: Move[] = [];
  const rules = rulesFor(scenario, false);
  for (const type of SCRIPT_EVENT_TYPES) {
    const payload = defaultPayload(type, state, scenario);
    for (const actor of scenario.actors) {
      if (!(VOCABULARY[type].actors as readonly Role[]).includes(actor.role)) continue;
      const event = { type, actor: actor.id, role: actor.role, date: state.date, payload };
      if (!state.machine.can(event)) continue;
      const move = { type, actor: actor.id, payload };
      const preview = advance(state, whatIfEvent(move, 'preview', state.date, ''), rules, 0).at(-1)!.step;
      moves.push({ ...move, changes: regionChanges(preview.effects), effects: effectLines(scenario, preview) });
    }
  }
  return moves.sort((a, b) => Number(!a.changes.length) - Number(!b.changes.length));
}

/** `region.state` for each top-level state some accepted move would lead to from here. */
export function nextStates(state: RunState, scenario: Scenario): Set<string> {
  return new Set(acceptedMoves(state, scenario).flatMap((m) => m.changes.map((c) => `${c.region}.${c.to.split('.')[0]!}`)));
}
