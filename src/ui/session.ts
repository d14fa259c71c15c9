/**
 * What the player holds between key presses: the branches, which one is shown, and the predict
 * game's score. Every change is a pure function Session -> Session, tested without Ink.
 */
import type { Branch } from '../engine/branches.js';
import { isAsked, rightChoices, type Answer, type Guess, type Reveal } from './predict.js';

export interface Predict {
  readonly on: boolean;
  /** The next step is hidden and a guess is awaited. */
  readonly asking: boolean;
  /** The guesses made, in order; skipped steps are counted apart, not as wrong. */
  readonly guesses: readonly Guess[];
  readonly skipped: number;
  readonly reveal: Reveal | null;
  /**
   * Steps already guessed or skipped, as `branch:index`: going back and forward again shows
   * them, it does not score them twice.
   */
  readonly answered: ReadonlySet<string>;
}

export interface Session {
  /** The record (or the what-if opened) first, then the forks in the order they were made. */
  readonly branches: readonly [Branch, ...Branch[]];
  readonly active: number;
  readonly predict: Predict;
  readonly message: string | null;
}

export function newSession(record: Branch, predict = false): Session {
  const game: Predict = {
    on: predict,
    asking: false,
    guesses: [],
    skipped: 0,
    reveal: null,
    answered: new Set(),
  };
  return { branches: [record], active: 0, predict: game, message: null };
}

export function activeBranch(s: Session): Branch {
  const branch = s.branches[s.active];
  if (!branch) throw new Error(`the session shows branch ${s.active} of ${s.branches.length}`);
  return branch;
}

function updateActive(s: Session, change: Partial<Branch>): Session {
  const update = (b: Branch, i: number): Branch => (i === s.active ? { ...b, ...change } : b);
  const [record, ...forks] = s.branches;
  return { ...s, branches: [update(record, 0), ...forks.map((b, i) => update(b, i + 1))] };
}

/** No question pending, nothing revealed: both belong to the place the cursor leaves. */
const settled = (game: Predict): Predict => ({ ...game, asking: false, reveal: null });

/** Moves the cursor (clamped to the run); any pending guess or reveal belongs to the old place. */
export function moveTo(s: Session, cursor: number): Session {
  const branch = activeBranch(s);
  const next = Math.max(0, Math.min(branch.run.entries.length, cursor));
  return { ...updateActive(s, { cursor: next }), predict: settled(s.predict), message: null };
}

/**
 * Forward one step; in predict mode the first press hides a step that changes something and
 * asks instead, and a second press skips the guess: the step is revealed and counted as skipped.
 * A step that changes nothing is shown as it comes.
 */
export function stepForward(s: Session): Session {
  const branch = activeBranch(s);
  const next = branch.run.entries[branch.cursor];
  // In predict mode the status line says the end already, with the verdict.
  if (!next) return { ...s, message: s.predict.on ? null : 'end of the run' };
  if (s.predict.asking) return guess(s, 'skip');
  if (s.predict.on && isAsked(next.step) && !s.predict.answered.has(answerKey(s))) {
    return { ...s, predict: { ...s.predict, asking: true, reveal: null }, message: null };
  }
  return moveTo(s, branch.cursor + 1);
}

const answerKey = (s: Session): string => `${activeBranch(s).name}:${activeBranch(s).cursor}`;

export function guess(s: Session, answer: Answer): Session {
  const branch = activeBranch(s);
  // Asking means a step is hidden, so there is one after the cursor.
  const hidden = branch.run.entries[branch.cursor];
  if (!s.predict.asking || !hidden) return s;
  const right = rightChoices(hidden.step);
  const correct = answer !== 'skip' && right.includes(answer);
  const skipped = answer === 'skip';
  const moved = moveTo(s, branch.cursor + 1);
  const { predict } = s;
  return {
    ...moved,
    predict: {
      ...moved.predict,
      guesses: skipped ? predict.guesses : [...predict.guesses, { right, correct }],
      skipped: predict.skipped + Number(skipped),
      reveal: { guess: answer, right, correct },
      answered: new Set([...predict.answered, answerKey(s)]),
    },
  };
}

export function togglePredict(s: Session): Session {
  const on = !s.predict.on;
  const message = on
    ? 'predict mode: guess before each step that changes something'
    : 'predict mode off';
  return { ...s, predict: { ...settled(s.predict), on }, message };
}

export function addBranch(s: Session, branch: Branch): Session {
  return {
    ...s,
    branches: [...s.branches, branch],
    active: s.branches.length,
    message: `forked: ${branch.name}`,
  };
}

export function switchTo(s: Session, index: number): Session {
  const target = s.branches[index];
  return target
    ? { ...s, active: index, predict: settled(s.predict), message: `branch: ${target.name}` }
    : s;
}

export function markSaved(s: Session, file: string): Session {
  return { ...updateActive(s, { file }), message: `saved to ${file}` };
}

export const withMessage = (s: Session, message: string | null): Session => ({ ...s, message });

const unsavedNames = (s: Session): string[] =>
  s.branches.filter((b) => b.file === null).map((b) => b.name);

export const unsavedForks = (s: Session): number => unsavedNames(s).length;

/** "fork-1 is not saved. Quit anyway?": the names, so the person knows what would be lost. */
export function quitQuestion(s: Session): string {
  const names = unsavedNames(s);
  const listed =
    names.length === 1
      ? `${names[0]} is`
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are`;
  return `${listed} not saved. Quit anyway?`;
}
