/**
 * The classroom game in words, for the headless log and the hot-seat screen alike: a line a step
 * (news of the record with its source, a team's move, a rule's move, a deadline), whose turn it
 * is and its options, and how the talks stand. Text from files goes through clean().
 */
import { insteadOf, type Game, type Turn } from '../engine/game.js';
import type { PreviewedMove } from '../engine/movePreview.js';
import type { Run } from '../engine/run.js';
import type { Step } from '../engine/step.js';
import { REGIONS } from '../model/domain.js';
import { statePaths } from '../model/paths.js';
import type { Catalog } from '../scenario/catalog.js';
import type { Scenario } from '../scenario/types.js';
import { clean } from '../text/sanitize.js';
import { fitWidth } from '../text/fit.js';
import { citedWhere, effectLines, shortActorLabel } from './describe.js';

/** Where a step came from, in a word or two: a team's, a rule's, the clock's, the record's. */
function whence(game: Game, step: Step): string {
  if (step.origin === 'deadline') return 'clock: deadline passed';
  if (step.origin === 'policy') return `rule ${clean(step.policy ?? '')}`;
  const team = game.teams.find((t) => t.actor === step.actor && step.id.startsWith(insteadOf('')));
  if (team) return `team ${clean(team.name)}`;
  return step.recorded ? 'record' : 'what-if';
}

/**
 * One step as a log line: `2016-02-03 Russia OFFENSIVE_LAUNCHED [record]`; with `catalog`, a
 * sourced step names its source there instead: `[Reuters, 2016-02-03]`.
 */
export function stepLine(game: Game, step: Step, width: number, catalog?: Catalog): string {
  const actor = shortActorLabel(game.scenario, step.actor);
  const refused = step.accepted ? '' : ' REFUSED';
  const tag = catalog && step.source ? citedWhere(catalog, step.source) : whence(game, step);
  return fitWidth(`${step.date} ${actor} ${step.type}${refused} [${tag}]`, width);
}

/** "    source: Reuters, 2016-02-03", for a step that cites one. */
export function sourceLines(step: Step, catalog: Catalog, width: number): string[] {
  return step.source ? [fitWidth(`    source: ${citedWhere(catalog, step.source)}`, width)] : [];
}

/** What a step changed, a phrase each, indented under its line; the refusal's reason for a refused one. */
export function stepEffects(scenario: Scenario, step: Step, width: number): string[] {
  const lines = step.accepted ? effectLines(scenario, step) : [`refused: ${step.reason ?? ''}`];
  return lines.map((l) => fitWidth(`    ${clean(l)}`, width));
}

/** A step as news: its line, its source, and what it changed under it. */
export function newsLines(game: Game, step: Step, catalog: Catalog, width: number): string[] {
  return [
    stepLine(game, step, width),
    ...sourceLines(step, catalog, width),
    ...stepEffects(game.scenario, step, width),
  ];
}

/** "opposition's turn (High Negotiations Committee), 2016-02-02" */
export function turnLine(game: Game, turn: Turn, width: number): string {
  const actor = shortActorLabel(game.scenario, turn.team.actor);
  return fitWidth(`${clean(turn.team.name)}'s turn (${actor}), ${turn.date}`, width);
}

/** A team's options, numbered from 1 as a headless line names them: `1 DELEGATION_ARRIVED`. */
export function optionLines(
  scenario: Scenario,
  moves: readonly PreviewedMove[],
  width: number,
): string[] {
  return moves.map((m, i) =>
    fitWidth(
      `${String(i + 1).padStart(3)} ${m.type}: ${clean(effectLines(scenario, m.preview).join('; '))}`,
      width,
    ),
  );
}

/** Each region's state now: `process: preparatory`. */
export function regionLines(run: Run): string[] {
  const last = run.entries.at(-1)?.state ?? run.initial;
  const state = statePaths(last.machine.value);
  return [
    ...REGIONS.map((r) => `${r}: ${state[r]}`),
    `confidence: ${last.machine.context.confidence}`,
  ];
}
