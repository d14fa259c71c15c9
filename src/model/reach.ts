/**
 * Shortest event sequences from a snapshot to a target state: a bounded breadth-first search over
 * XState's pure `transition`. Not `getShortestPaths` from xstate/graph: it builds the adjacency map
 * of every reachable state (all region combinations times the context the guards read) before it
 * answers, where a search can stop at the first paths found; and it knows nothing of the simulated
 * clock, where a walkout deadline passing is a move of its own.
 */
import { getNextTransitions, transition, type SnapshotFrom } from 'xstate';
import { unmetConditions } from './context.js';
import { addDays } from './dates.js';
import { REGIONS, type Region, type Role } from './domain.js';
import { isClockEventType, type MachineEvent, type Payload } from './events.js';
import { statePaths, topOf } from './paths.js';
import { asEvent, legalAmong, proposedMoves, type LegalMove } from './legalMoves.js';
import { talksMachine } from './talksMachine.js';
import { DEADLINE_PASSED, SIDES } from './vocabulary.js';

type Snapshot = SnapshotFrom<typeof talksMachine>;

/** One move on a path: an actor's event with its default payload, or the clock's deadline passing. */
export interface PathMove {
  /** An event type, or DEADLINE_PASSED: the clock, not an actor, makes that move. */
  readonly type: string;
  readonly actor: string;
  readonly role: Role;
  readonly date: string;
  readonly payload: Payload;
}

export interface Target {
  readonly region: Region;
  /** A state or sub-state path: `proximityTalks` also matches `proximityTalks.contested`. */
  readonly state: string;
}

export interface ReachOptions {
  /** Who can move: one candidate move per event type and role, by the first actor of that role. */
  readonly actors: readonly { readonly id: string; readonly role: Role }[];
  /** The day the moves are made. */
  readonly date: string;
  /** How many paths at most, shortest first. */
  readonly max: number;
  /** Longest path searched, and states visited at most, so an unreachable target ends the search. */
  readonly maxMoves?: number;
  readonly maxStates?: number;
}

interface Node {
  readonly snapshot: Snapshot;
  readonly date: string;
  readonly moves: readonly PathMove[];
  /** For each move, whether it moved the target region to another top-level state. */
  readonly moved: readonly boolean[];
  /** The target region's top-level states so far: a path that comes back to one took a detour. */
  readonly visited: readonly string[];
}

const topState = (snapshot: Snapshot, region: Region): string =>
  topOf(statePaths(snapshot.value)[region]);

/** `ceasefireTrack.agreed` -> a target, or null when the region is unknown. @example parseTarget('process.directTalks') // { region: 'process', state: 'directTalks' } */
export function parseTarget(text: string): Target | null {
  const [region, ...state] = text.split('.');
  return REGIONS.includes(region as Region) && state.length
    ? { region: region as Region, state: state.join('.') }
    : null;
}

/** Whether the snapshot is in the target state or one of its sub-states. @example isAt(snapshot, parseTarget('process.proximityTalks')!) */
export function isAt(snapshot: Snapshot, target: Target): boolean {
  const path = statePaths(snapshot.value)[target.region];
  return path === target.state || path.startsWith(`${target.state}.`);
}

/** What the guards can see: the states, face-to-face acceptance, and whether a walkout deadline's conditions are unmet. */
function keyOf(snapshot: Snapshot): string {
  const { faceToFace, walkoutDeadline } = snapshot.context;
  const deadline = walkoutDeadline ? unmetConditions(snapshot.context).length > 0 : null;
  return JSON.stringify([
    snapshot.value,
    faceToFace.opposition ?? null,
    faceToFace.government ?? null,
    deadline,
  ]);
}

type Candidate = [MachineEvent, PathMove];

/** The clock's move, when a walkout deadline is pending: the delayed event XState waits for. */
function deadlineMove(node: Node): Candidate | null {
  const deadline = node.snapshot.context.walkoutDeadline;
  if (!deadline) return null;
  const type = getNextTransitions(node.snapshot).find((t) => 'delay' in t)?.eventType;
  if (type === undefined || !isClockEventType(type)) return null;
  return [
    { type },
    {
      type: DEADLINE_PASSED,
      actor: deadline.actor,
      role: 'opposition',
      date: deadline.date,
      payload: {},
    },
  ];
}

/** Third parties first, then the opposition, then the government: the order the moves are tried in. */
const RANK: Partial<Record<Role, number>> = { opposition: 1, government: 2 };
const rank = (role: Role): number => RANK[role] ?? 0;

/**
 * The legal moves' proposals worth trying from a node, with their default payloads: per event type,
 * one by a third party and one by each side. Guards and actions tell only the two sides apart, so a
 * second third party would repeat the first at the cost of a transition.
 */
function movesFrom(
  context: Snapshot['context'],
  date: string,
  actors: ReachOptions['actors'],
): LegalMove[] {
  const tried = new Set<string>();
  const ranked = [...actors].sort((a, b) => rank(a.role) - rank(b.role));
  return proposedMoves({ date, context, actors: ranked }).filter((m) => {
    const key = `${m.type} ${SIDES.includes(m.role) ? m.role : 'third'}`;
    if (tried.has(key)) return false;
    tried.add(key);
    return true;
  });
}

/** The moves tried from each (date, context): many moves leave the context as it was, and building payloads costs. */
type MoveCache = Map<string, WeakMap<Snapshot['context'], LegalMove[]>>;

function candidates(node: Node, actors: ReachOptions['actors'], cache: MoveCache): Candidate[] {
  const { context } = node.snapshot;
  let byContext = cache.get(node.date);
  if (!byContext) cache.set(node.date, (byContext = new WeakMap()));
  let proposed = byContext.get(context);
  if (!proposed) byContext.set(context, (proposed = movesFrom(context, node.date, actors)));
  const moves = legalAmong(node.snapshot, proposed).map((m): Candidate => [asEvent(m), m]);
  // The clock's move needs no test: a pending deadline always fires (its last transition has no guard).
  const clock = deadlineMove(node);
  return clock ? [...moves, clock] : moves;
}

function step(node: Node, event: MachineEvent, move: PathMove, region: Region): Node {
  const [snapshot] = transition(talksMachine, node.snapshot, event);
  // Moves after a deadline passes are made the day after it, as the engine's clock would have them.
  const date = move.type === DEADLINE_PASSED ? addDays(move.date, 1) : node.date;
  const now = topState(snapshot, region);
  const moved = now !== topState(node.snapshot, region);
  const visited = now === node.visited.at(-1) ? node.visited : [...node.visited, now];
  return { snapshot, date, moves: [...node.moves, move], moved: [...node.moved, moved], visited };
}

/** Deadlines already passed on the day of the first move fire first, as they would in a run. */
function settled(node: Node, region: Region): Node {
  const clock = deadlineMove(node);
  return clock && clock[1].date < node.date
    ? settled({ ...step(node, ...clock, region), date: node.date }, region)
    : node;
}

/**
 * The snapshot on `date`, once the walkout deadlines due before it have fired, with those firings:
 * a scenario's state on a date is the state after its last event, with the clock yet to catch up.
 */
export function caughtUp(
  start: Snapshot,
  date: string,
): { readonly snapshot: Snapshot; readonly moves: readonly PathMove[] } {
  const node = settled({ snapshot: start, date, moves: [], moved: [], visited: [] }, 'opposition');
  return { snapshot: node.snapshot, moves: node.moves };
}

/**
 * Whether `longer` is `shorter` with moves added that leave the target region alone (a threat
 * withdrawn on the way to direct talks).
 */
function isPaddingOf(shorter: readonly PathMove[], longer: Node, i = 0, j = 0): boolean {
  const [move, wanted] = [longer.moves[j], shorter[i]];
  if (!move) return i === shorter.length;
  const skip = !longer.moved[j] && isPaddingOf(shorter, longer, i, j + 1);
  return (
    skip ||
    (wanted !== undefined &&
      move.type === wanted.type &&
      isPaddingOf(shorter, longer, i + 1, j + 1))
  );
}

/**
 * The shortest move sequences from `start` to `target`, at most `options.max` of them.
 * @example
 * const paths = shortestPaths(snapshot, { region: 'process', state: 'directTalks' }, { actors, date: '2016-02-02', max: 3 });
 * paths[0].map((m) => m.type) // ['FACE_TO_FACE_ACCEPTED', 'DIRECT_TALKS_OPENED']
 */
export function shortestPaths(
  start: Snapshot,
  target: Target,
  options: ReachOptions,
): PathMove[][] {
  const first = settled(
    {
      snapshot: start,
      date: options.date,
      moves: [],
      moved: [],
      visited: [topState(start, target.region)],
    },
    target.region,
  );
  if (isAt(first.snapshot, target)) return [[...first.moves]];
  const found: PathMove[][] = [];
  const seen = new Set([keyOf(first.snapshot)]);
  const cache: MoveCache = new Map();
  let frontier = [first];
  // Paths much longer than the shortest say nothing new, and searching for them costs the most.
  let limit = options.maxMoves ?? 8;
  for (let depth = 0; depth < limit && frontier.length && found.length < options.max; depth++) {
    const next: Node[] = [];
    for (const node of frontier) {
      for (const [event, move] of candidates(node, options.actors, cache)) {
        const child = step(node, event, move, target.region);
        // Suspending the talks and resuming them leads nowhere new.
        if (new Set(child.visited).size < child.visited.length) continue;
        if (isAt(child.snapshot, target)) {
          // The same moves by other actors, or a shorter path with a move or two added, are not
          // another way there worth showing.
          if (found.some((f) => isPaddingOf(f, child))) continue;
          found.push([...child.moves]);
          limit = Math.min(limit, child.moves.length + 1);
          if (found.length >= options.max) return found;
          continue;
        }
        const key = keyOf(child.snapshot);
        if (seen.has(key) || seen.size >= (options.maxStates ?? 50_000)) continue;
        seen.add(key);
        next.push(child);
      }
    }
    frontier = next;
  }
  return found;
}
