/**
 * The classroom game (`parley class`), below any screen or network: teams play actors of a
 * scenario while its clock runs as in a replay. The game is its scenario, its teams, its seed and
 * the teams' decisions, all plain data: a what-if of the scenario (gameScenario) that `replay`
 * plays to the same steps, so the saved file, a resumed game and a host's clients agree.
 *
 * Where the record holds a move by a team's actor, the game stops and asks that team; its
 * decision replaces the recorded move (or drops it: the team waits). From the first decision on,
 * the game departs from the record as every what-if does: the rules make the moves of the actors
 * no team plays (rulesFor leaves the teams' actors to the teams), and the record's other events
 * play as recorded, with their sources.
 */
import { addDays } from '../model/dates.js';
import type { Payload } from '../model/events.js';
import { talksEvent } from '../model/events.js';
import { payloadProblem } from '../model/payloadFields.js';
import { explainRefusal } from '../model/refusal.js';
import type { ScriptEventType } from '../model/vocabulary.js';
import { forkPoint } from '../scenario/resolve.js';
import type { Scenario, ScenarioEvent } from '../scenario/types.js';
import { previewedMoves, whatIfEvent, type PreviewedMove } from './movePreview.js';
import { latestState, play, replay, startRun, type Run } from './run.js';
import { rulesFor, settle, type Step } from './step.js';
import type { Team } from './teams.js';

export type Choice =
  | {
      readonly kind: 'move';
      readonly actor: string;
      readonly type: ScriptEventType;
      readonly payload: Payload;
    }
  | { readonly kind: 'wait' };

/** A team's answer where the record held a move by its actor (`replaces`, that event's id). */
export interface Decision {
  readonly team: string;
  readonly replaces: string;
  readonly choice: Choice;
}

export interface Game {
  /** The scenario the class plays. */
  readonly scenario: Scenario;
  readonly teams: readonly Team[];
  readonly seed: number;
  readonly decisions: readonly Decision[];
  /** The recorded events of actors no team plays that the facilitator dropped, by id. */
  readonly dropped: readonly string[];
  /** The moves the facilitator made happen, for actors no team plays, in their order. */
  readonly injected: readonly Injection[];
}

/** A move the facilitator made happen: news the record does not hold. */
export interface Injection {
  readonly id: string;
  /** The event it comes just before: the recorded move of the turn it was made at, or none at the end. */
  readonly before: string | null;
  readonly date: string;
  readonly move: Extract<Choice, { kind: 'move' }>;
}

/** The id of the facilitator's nth move (from 1), as the saved file names it. */
export const injectedId = (n: number): string => `injected-${n}`;
export const isInjected = (id: string): boolean => /^injected-\d+$/.test(id);

/** Whose turn it is: the team, and the recorded move of its actor the game holds back. */
export interface Turn {
  readonly team: Team;
  readonly recorded: ScenarioEvent;
  /** The day the team moves on: the recorded move's. */
  readonly date: string;
}

export type DecideResult =
  | { readonly ok: true; readonly game: Game }
  | { readonly ok: false; readonly problem: string };

export function startGame(scenario: Scenario, teams: readonly Team[], seed = scenario.seed): Game {
  return { scenario, teams, seed, decisions: [], dropped: [], injected: [] };
}

/** The id of the move a team made instead of a recorded one: the file names the replaced event. */
export const insteadOf = (id: string): string => `instead-of-${id}`;

const teamOfActor = (game: Game, actor: string): Team | undefined =>
  game.teams.find((t) => t.actor === actor);

/** The turn the game waits for, or null when the record holds no more moves for the teams. */
export function currentTurn(game: Game): Turn | null {
  const decided = new Set(game.decisions.map((d) => d.replaces));
  for (const event of game.scenario.events) {
    const team = teamOfActor(game, event.actor);
    if (team && !decided.has(event.id)) return { team, recorded: event, date: event.date };
  }
  return null;
}

/**
 * The game as a what-if of its scenario: each decided move in place of the recorded one (marked
 * with its team), a wait as the recorded move dropped. Unchanged events stay the same objects,
 * so the fork point is found as the loader finds a what-if's.
 */
export function gameScenario(game: Game): Scenario {
  const { scenario } = game;
  const byReplaced = new Map(game.decisions.map((d) => [d.replaces, d]));
  const dropped = new Set(game.dropped);
  const injectedBefore = (id: string | null): ScenarioEvent[] =>
    game.injected
      .filter((i) => i.before === id)
      .map((i) => whatIfEvent(i.move, i.id, i.date, scenario.file));
  const events = scenario.events.flatMap((event): ScenarioEvent[] => {
    const injected = injectedBefore(event.id);
    if (dropped.has(event.id)) return injected;
    const decision = byReplaced.get(event.id);
    if (!decision) return [...injected, event];
    const { choice } = decision;
    if (choice.kind === 'wait') return injected;
    const move = whatIfEvent(choice, insteadOf(event.id), event.date, scenario.file);
    return [...injected, { ...move, team: decision.team }];
  });
  events.push(...injectedBefore(null));
  return {
    ...scenario,
    seed: game.seed,
    events,
    teams: Object.fromEntries(game.teams.map((t) => [t.name, t.actor])),
    forkAt: forkPoint(scenario, events),
  };
}

/**
 * The game so far: at a team's turn, every step before it (the record's events, the rules'
 * moves and the deadlines due by that day, as the next event would make them); at the end, the
 * what-if's replay. Each run is the start of the next: a decision only adds steps.
 */
export function gameRun(game: Game): Run {
  const scenario = gameScenario(game);
  const turn = currentTurn(game);
  if (!turn) return replay(scenario, { seed: game.seed });
  const at = scenario.events.indexOf(turn.recorded);
  const forked = scenario.forkAt !== null && scenario.forkAt < at;
  const before = play(
    startRun(scenario, game.seed),
    scenario.events.slice(0, at),
    forked ? scenario.forkAt : null,
    addDays(turn.date, -1),
  );
  // The team's decision departs from the record: the rules run the other actors from here.
  const [due] = settle(
    latestState(before),
    rulesFor(scenario, true),
    before.entries.length,
    turn.date,
    turn.date,
  );
  return { ...before, entries: Object.freeze([...before.entries, ...due]) };
}

/** The moves the team whose turn it is may make now, each with what it does (movePreview.ts). */
export function turnMoves(game: Game, run: Run = gameRun(game)): PreviewedMove[] {
  const turn = currentTurn(game);
  if (!turn) return [];
  const state = { ...latestState(run), date: turn.date };
  return previewedMoves(state, gameScenario(game)).filter((m) => m.actor === turn.team.actor);
}

/** Why `choice` cannot be the team's move now, or null. */
function moveProblem(game: Game, turn: Turn, choice: Choice, run: Run): string | null {
  if (choice.kind === 'wait') return null;
  const { team } = turn;
  if (choice.actor !== team.actor) {
    const owner = teamOfActor(game, choice.actor);
    return `${team.name} plays ${team.actor}; ${choice.actor} is ${owner ? `team ${owner.name}'s` : 'played by the rules'}`;
  }
  const payload = payloadProblem(choice.type, choice.payload, turn.date);
  if (payload) return `${choice.type}: ${payload}`;
  const role = game.scenario.actors.find((a) => a.id === team.actor)?.role;
  if (!role) return `no actor ${team.actor} in ${game.scenario.id}`;
  const event = talksEvent({ ...choice, role, date: turn.date });
  const { machine } = latestState(run);
  return machine.can(event)
    ? null
    : `${choice.type} is refused now: ${explainRefusal(machine, event).message}`;
}

/**
 * The game after `team` decides, or why it may not: not its turn, another team's actor, a move
 * the state refuses or a payload the vocabulary refuses. A refusal leaves the game as it was.
 * @example decide(game, 'opposition', { kind: 'wait' }) // { ok: true, game: ... }
 */
export function decide(game: Game, team: string, choice: Choice, run?: Run): DecideResult {
  if (!game.teams.some((t) => t.name === team))
    return {
      ok: false,
      problem: `no team "${team}": the teams are ${game.teams.map((t) => t.name).join(', ')}`,
    };
  const turn = currentTurn(game);
  if (!turn) return { ok: false, problem: 'the game is over: the record holds no more team moves' };
  if (turn.team.name !== team)
    return { ok: false, problem: `it is ${turn.team.name}'s turn, not ${team}'s` };
  const problem = moveProblem(game, turn, choice, run ?? gameRun(game));
  if (problem) return { ok: false, problem };
  const decision: Decision = { team, replaces: turn.recorded.id, choice };
  return { ok: true, game: { ...game, decisions: [...game.decisions, decision] } };
}

export type DropResult =
  | { readonly ok: true; readonly game: Game; readonly event: ScenarioEvent }
  | { readonly ok: false; readonly problem: string };

/**
 * The game without the next recorded event still to come of an actor no team plays: the
 * facilitator's "that did not happen". Events already played stay; so do the teams' own moves.
 */
export function dropNext(game: Game): DropResult {
  const turn = currentTurn(game);
  if (!turn) return { ok: false, problem: 'the game is over: nothing is left to drop' };
  const gone = new Set(game.dropped);
  const from = game.scenario.events.indexOf(turn.recorded);
  const event = game.scenario.events
    .slice(from + 1)
    .find((e) => !gone.has(e.id) && !teamOfActor(game, e.actor));
  if (!event) return { ok: false, problem: 'no recorded event of an actor no team plays is left' };
  return { ok: true, event, game: { ...game, dropped: [...game.dropped, event.id] } };
}

/** The moves the facilitator may make happen now: those of the actors no team plays. */
export function injectableMoves(game: Game, run: Run = gameRun(game)): PreviewedMove[] {
  const turn = currentTurn(game);
  if (!turn) return [];
  const state = { ...latestState(run), date: turn.date };
  return previewedMoves(state, gameScenario(game)).filter((m) => !teamOfActor(game, m.actor));
}

/**
 * The game with `move` happening on the day of the turn it waits for, before that team decides:
 * the facilitator's news. Refused for a team's actor, or when the state does not accept it.
 */
export function inject(
  game: Game,
  move: Extract<Choice, { kind: 'move' }>,
  run = gameRun(game),
): DecideResult {
  const turn = currentTurn(game);
  if (!turn) return { ok: false, problem: 'the game is over: nothing can happen any more' };
  const team = teamOfActor(game, move.actor);
  if (team) return { ok: false, problem: `${move.actor} is team ${team.name}'s to move` };
  const mover = game.scenario.actors.find((a) => a.id === move.actor);
  if (!mover) return { ok: false, problem: `no actor ${move.actor} in ${game.scenario.id}` };
  const event = talksEvent({ ...move, role: mover.role, date: turn.date });
  const { machine } = latestState(run);
  if (!machine.can(event))
    return {
      ok: false,
      problem: `${move.type} is refused now: ${explainRefusal(machine, event).message}`,
    };
  const injection: Injection = {
    id: injectedId(game.injected.length + 1),
    before: turn.recorded.id,
    date: turn.date,
    move: { kind: 'move', actor: move.actor, type: move.type, payload: move.payload },
  };
  return { ok: true, game: { ...game, injected: [...game.injected, injection] } };
}

/** The steps `after` made since `before`: the news since the last decision. */
export const newSteps = (before: Run, after: Run): readonly Step[] =>
  after.entries.slice(before.entries.length).map((e) => e.step);
