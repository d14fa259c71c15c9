/**
 * The player's state between key presses, and the one function that changes it. Each key and
 * each dialog's answer is an action; `playerReducer` says what it does to the session, the
 * dialog open, autoplay and quitting. Pure: tested without Ink, as ink-ui tests the reducer of
 * its Select (`use-select-state`) apart from the keys that drive it.
 */
import { clean } from '../text/sanitize.js';
import type { Run } from '../engine/run.js';
import type { Diagnostic } from '../scenario/diagnostics.js';
import { cursorFor, forkBranch, type Branch, type ForkMode } from '../engine/branches.js';
import type { Choice } from './predict.js';
import { reloadSession } from './reload.js';
import {
  activeBranch,
  addBranch,
  guess,
  markSaved,
  moveTo,
  newSession,
  stepForward,
  switchTo,
  togglePredict,
  unsavedForks,
  withMessage,
  type Session,
} from './session.js';

export type Dialog =
  | 'help'
  | 'jump'
  | 'fork'
  | 'branches'
  | 'save'
  | 'quit'
  | 'step'
  | 'why'
  | 'distribution';

/** Autoplay's delays between steps, slowest first: the speeds a class can follow. */
export const SPEEDS_MS = [4000, 2500, 1500, 800, 400] as const;
export type Speed = (typeof SPEEDS_MS)[number];

/** The move a fork inserts, or puts in place of the next event: what `forkBranch` takes. */
export type ForkMove = Parameters<typeof forkBranch>[3];

export interface PlayerState {
  readonly session: Session;
  /** The dialog that has the keys; null while the player's own keys act. */
  readonly dialog: Dialog | null;
  /** The dialog that Ctrl-C's quit question was asked over: "no" goes back to it. */
  readonly beneath: Dialog | null;
  readonly playing: boolean;
  /** Autoplay's delay between steps. */
  readonly speed: Speed;
  /** The person has quit: the player ends. */
  readonly quit: boolean;
  /** Why the file's last save was not reloaded; empty once a save validates. */
  readonly problems: readonly Diagnostic[];
  /** Esc hid the problems until the next save. */
  readonly problemsHidden: boolean;
}

export type PlayerAction =
  /** → or space (1), ← (-1). */
  | { readonly type: 'step'; readonly by: 1 | -1 }
  /** Autoplay's step. */
  | { readonly type: 'tick' }
  | { readonly type: 'home' }
  | { readonly type: 'end' }
  | { readonly type: 'open'; readonly dialog: Dialog }
  /** Esc, or "no" to the quit question: back to the dialog beneath, if any. */
  | { readonly type: 'close' }
  /** Ctrl-C. */
  | { readonly type: 'interrupt' }
  /** "yes" to the quit question. */
  | { readonly type: 'quit' }
  | { readonly type: 'togglePlay' }
  | { readonly type: 'speed'; readonly by: 1 | -1 }
  | { readonly type: 'togglePredict' }
  | { readonly type: 'guess'; readonly choice: Choice }
  /** The jump dialog's answer: a step number, a date or an event id. */
  | { readonly type: 'jump'; readonly query: string }
  | { readonly type: 'fork'; readonly mode: ForkMode; readonly move: ForkMove | null }
  | { readonly type: 'switchBranch'; readonly index: number }
  | { readonly type: 'saved'; readonly file: string }
  | { readonly type: 'notSaved'; readonly problem: string }
  /** The scenario file was saved and validates: its new run. */
  | { readonly type: 'reloaded'; readonly record: Run }
  /** The scenario file was saved and does not validate (or is gone). */
  | { readonly type: 'notReloaded'; readonly problems: readonly Diagnostic[] }
  /** Esc with no dialog open: the problems panel gives the event its place back. */
  | { readonly type: 'hideProblems' };

/** The record's first branch, shown from its start, nothing playing. */
export function initialPlayerState(record: Branch, predict: boolean): PlayerState {
  return {
    session: newSession(record, predict),
    dialog: null,
    beneath: null,
    playing: false,
    speed: 1500,
    quit: false,
    problems: [],
    problemsHidden: false,
  };
}

export const atEnd = (s: PlayerState): boolean => {
  const { run, cursor } = activeBranch(s.session);
  return cursor >= run.entries.length;
};

const withSession = (s: PlayerState, change: (session: Session) => Session): PlayerState => ({
  ...s,
  session: change(s.session),
});

const say = (s: PlayerState, message: string | null): PlayerState =>
  withSession(s, (session) => withMessage(session, message));

const close = (s: PlayerState): PlayerState => ({ ...s, dialog: s.beneath, beneath: null });

/** A dialog's answer: the session changes and the dialog closes. */
const answer = (s: PlayerState, change: (session: Session) => Session): PlayerState =>
  close(withSession(s, change));

function open(s: PlayerState, dialog: Dialog): PlayerState {
  // Nothing would be lost: q quits at once.
  if (dialog === 'quit' && unsavedForks(s.session) === 0) return { ...s, quit: true };
  // The fork menu names the next event, which the class is guessing.
  if (dialog === 'fork' && s.session.predict.asking) {
    return say(s, 'guess first (or → to skip): forking names the hidden step');
  }
  // A message from before, such as "saved to ...", would contradict the new question.
  return { ...say(s, null), dialog };
}

/**
 * Ctrl-C is a quit like q, asked first while a fork is unsaved; pressed again at the question,
 * it quits. A reflex key press must not lose a lesson's forks.
 */
function interrupt(s: PlayerState): PlayerState {
  if (s.dialog === 'quit') return { ...s, quit: true };
  return open({ ...s, beneath: s.dialog }, 'quit');
}

function jump(session: Session, query: string): Session {
  if (!query.trim()) return session;
  const cursor = cursorFor(activeBranch(session).run, query);
  if (cursor !== null) return moveTo(session, cursor);
  const looksLikeDate = /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(query);
  return withMessage(
    session,
    looksLikeDate
      ? `${clean(query.trim())} is not a real date`
      : `nothing matches "${clean(query)}"`,
  );
}

function fork(session: Session, mode: ForkMode, move: ForkMove | null): Session {
  const name = `fork-${session.branches.length}`;
  return addBranch(
    session,
    forkBranch(session.branches[0].run.scenario, activeBranch(session), mode, move, name),
  );
}

function togglePlay(s: PlayerState): PlayerState {
  if (s.session.predict.on) return say(s, 'autoplay is off in predict mode: guess each step');
  if (atEnd(s) && !s.playing) {
    return say(s, 'the end of the run: nothing left to play (Home goes back to the start)');
  }
  return { ...s, playing: !s.playing };
}

function changeSpeed(s: PlayerState, by: 1 | -1): PlayerState {
  // Past either end the speed stays where it is.
  const speed = SPEEDS_MS[SPEEDS_MS.indexOf(s.speed) + by] ?? s.speed;
  return say({ ...s, speed }, `autoplay: a step every ${speed / 1000}s`);
}

function reduce(s: PlayerState, action: PlayerAction): PlayerState {
  switch (action.type) {
    case 'step':
      return withSession(s, (session) =>
        action.by === 1 ? stepForward(session) : moveTo(session, activeBranch(session).cursor - 1),
      );
    case 'tick':
      // Paused, not stopped, while a dialog is open: a fork point or a jump target must not move
      // under the person choosing it, even by a tick already on its way when the dialog opened.
      return s.playing && s.dialog === null ? withSession(s, stepForward) : s;
    case 'home':
      return withSession(s, (session) => moveTo(session, 0));
    case 'end':
      return withSession(s, (session) => moveTo(session, Number.MAX_SAFE_INTEGER));
    case 'open':
      return open(s, action.dialog);
    case 'close':
      return close(s);
    case 'interrupt':
      return interrupt(s);
    case 'quit':
      return { ...s, quit: true };
    case 'togglePlay':
      return togglePlay(s);
    case 'speed':
      return changeSpeed(s, action.by);
    case 'togglePredict':
      return withSession({ ...s, playing: false }, togglePredict);
    case 'guess':
      return withSession(s, (session) => guess(session, action.choice));
    case 'jump':
      return answer(s, (session) => jump(session, action.query));
    case 'fork':
      return answer(s, (session) => fork(session, action.mode, action.move));
    case 'switchBranch':
      return answer(s, (session) => switchTo(session, action.index));
    case 'saved':
      return answer(s, (session) => markSaved(session, action.file));
    case 'notSaved':
      // The fork stays in the session, unsaved: the person can pick another name or folder, or
      // free space, and save again.
      return answer(s, (session) => withMessage(session, `not saved: ${clean(action.problem)}`));
    case 'reloaded':
      return {
        ...withSession(s, (session) => reloadSession(session, action.record)),
        problems: [],
        problemsHidden: false,
      };
    case 'notReloaded': {
      const n = action.problems.length;
      const said = `not reloaded: ${n} problem${n === 1 ? '' : 's'} in the file, the last good run stays`;
      return { ...say(s, said), problems: action.problems, problemsHidden: false };
    }
    case 'hideProblems':
      return { ...s, problemsHidden: true };
  }
}

/**
 * The state after an action. Autoplay stops where the run ends, however the end was reached
 * (a step of its own, End, a jump, another branch), and says so.
 * @example playerReducer(state, { type: 'step', by: 1 }).session // one step further
 */
export function playerReducer(s: PlayerState, action: PlayerAction): PlayerState {
  const next = reduce(s, action);
  return next.playing && atEnd(next)
    ? say({ ...next, playing: false }, 'the end of the run: autoplay stopped')
    : next;
}
