/**
 * What one team of a hosted game sees (`parley join`): its briefing, how the talks stand, the
 * news so far and, at its turn, its options. Built by the host as plain lines at 80 columns, so a
 * team's screen and a headless `join` show the same words; the host's own view is the whole game.
 */
import { currentTurn, turnMoves, type Game } from '../engine/game.js';
import type { Table } from '../engine/gameTable.js';
import type { Team } from '../engine/teams.js';
import { meaningOf } from '../model/vocabulary.js';
import type { Catalog } from '../scenario/catalog.js';
import type { ScenarioEvent } from '../scenario/types.js';
import { fitLines, fitWidth } from '../text/fit.js';
import { clean } from '../text/sanitize.js';
import { actorLabel, citedWhere, payloadLine, quoted } from './describe.js';
import { newsLines, optionLines, regionLines, turnLine } from './gameText.js';
import { TERMINAL_WIDTH } from './table.js';

export interface TeamView {
  readonly team: string;
  readonly briefing: readonly string[];
  /** Each region's state and the confidence. */
  readonly regions: readonly string[];
  /** Every step so far, a line each with its source and what it changed under it. */
  readonly news: readonly string[];
  /** Whose turn it is, or that the game is over. */
  readonly turn: string;
  readonly yours: boolean;
  /** At the team's turn, its moves numbered as it names them. */
  readonly options: readonly string[];
  /** What each of the options means, in the vocabulary's words. */
  readonly meanings: readonly string[];
  readonly paused: boolean;
  readonly over: boolean;
}

/** Where the record shows an actor naming its conditions: the stated aims a team plays to. */
const statesAims = (e: ScenarioEvent): boolean =>
  ['preconditions', 'demands', 'conditions'].some((field) => field in e.payload);

/**
 * A team's briefing: the actor it plays, and what that actor said it wanted, from the sources
 * (its own recorded statements of conditions; else its first recorded words).
 */
export function briefingLines(game: Game, team: Team, catalog: Catalog): string[] {
  const width = TERMINAL_WIDTH;
  const own = game.scenario.events.filter((e) => e.actor === team.actor && e.source);
  const aims = own.filter(statesAims);
  const shown = (aims.length ? aims : own).slice(0, 3);
  return [
    fitWidth(
      `You are team ${clean(team.name)}: ${clean(actorLabel(game.scenario, team.actor))}.`,
      width,
    ),
    ...(shown.length ? ['On the record it said:'] : []),
    ...shown.flatMap((e) => [
      fitWidth(`  ${e.date} ${e.type} ${clean(payloadLine(e))}`, width),
      ...(e.source
        ? fitLines(`    ${quoted(e.source.quote)} (${citedWhere(catalog, e.source)})`, width, 4)
        : []),
    ]),
  ];
}

/** The game as team `team` sees it now. */
export function teamView(
  { game, run }: Table,
  team: Team,
  catalog: Catalog,
  paused: boolean,
): TeamView {
  const width = TERMINAL_WIDTH;
  const turn = currentTurn(game);
  const yours = turn?.team.name === team.name;
  const moves = yours ? turnMoves(game, run) : [];
  return {
    team: team.name,
    briefing: briefingLines(game, team, catalog),
    regions: regionLines(run),
    news: run.entries.flatMap(({ step }) => newsLines(game, step, catalog, width)),
    turn: turn
      ? yours
        ? `your turn, ${turn.date}`
        : turnLine(game, turn, width)
      : 'The game is over: the record holds no more moves for the teams.',
    yours,
    options: optionLines(game.scenario, moves, width),
    meanings: moves.map((m) => meaningOf(m.type)),
    paused,
    over: turn === null,
  };
}
