/**
 * The legal moves (model/legalMoves.ts) as the engine would play them here: each with the step it
 * would make, so the player can say what a move does before it is inserted.
 */
import { legalMoves, type LegalMove } from '../model/legalMoves.js';
import { invariant } from '../model/invariant.js';
import type { Scenario, ScenarioEvent } from '../scenario/types.js';
import { regionChanges } from './effects.js';
import { advance, rulesFor, type RunState, type Step } from './step.js';

/** A what-if event: a move on its day, with no source (it did not happen). */
export function whatIfEvent(
  move: Pick<LegalMove, 'type' | 'actor' | 'payload'>,
  id: string,
  date: string,
  file: string,
): ScenarioEvent {
  return {
    id,
    date,
    actor: move.actor,
    type: move.type,
    payload: move.payload,
    source: null,
    note: null,
    recorded: false,
    at: { file, line: 0, col: 0 },
  };
}

/**
 * The step `move` would make from `state`, without the policies' answer: what the move itself does.
 * @example previewStep(state, scenario, move).effects // [{ kind: 'confidence', from: 30, to: 40, by: 10 }, ...]
 */
export function previewStep(
  state: RunState,
  scenario: Scenario,
  move: Pick<LegalMove, 'type' | 'actor' | 'payload'>,
): Step {
  return invariant(
    advance(state, whatIfEvent(move, 'preview', state.date, ''), rulesFor(scenario, false), 0).at(
      -1,
    ),
    'advance makes at least the step of its event',
  ).step;
}

export interface PreviewedMove extends LegalMove {
  /** The step the move makes with its default payload. */
  readonly preview: Step;
}

/** The moves the state accepts on its day, by the scenario's actors, each with its preview. */
export function previewedMoves(state: RunState, scenario: Scenario): PreviewedMove[] {
  return legalMoves(state.machine, scenario.actors, state.date).map((m) => ({
    ...m,
    preview: previewStep(state, scenario, m),
  }));
}

/** `region.state` for each top-level state some legal move would lead to from here. */
export function nextStates(state: RunState, scenario: Scenario): Set<string> {
  return new Set(
    previewedMoves(state, scenario).flatMap((m) =>
      regionChanges(m.preview.effects).map((c) => `${c.region}.${c.to.split('.')[0] ?? c.to}`),
    ),
  );
}
