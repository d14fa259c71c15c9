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
  /** Steps already guessed or skipped, as `branch:index`: going back and forward again shows them, it does not score them twice. */
  readonly answered: ReadonlySet<string>;
}

export interface Session {
  readonly branches: readonly Branch[];
  readonly active: number;
  readonly predict: Predict;
  readonly message: string | null;
}

export function newSession(record: Branch, predict = false): Session {
  return { branches: [record], active: 0, predict: { on: predict, asking: false, guesses: [], skipped: 0, reveal: null, answered: new Set() }, message: null };
}

export const activeBranch = (s: Session): Branch => s.branches[s.active]!;

const updateActive = (s: Session, change: Partial<Branch>): Session => ({
  ...s,
  branches: s.branches.map((b, i) => (i === s.active ? { ...b, ...change } : b)),
});

/** Moves the cursor (clamped to the run); any pending guess or reveal belongs to the old place. */
export function moveTo(s: Session, cursor: number): Session {
  const branch = activeBranch(s);
  const next = Math.max(0, Math.min(branch.run.entries.length, cursor));
  return { ...updateActive(s, { cursor: next }), predict: { ...s.predict, asking: false, reveal: null }, message: null };
}

/**
 * Forward one step; in predict mode the first press hides a step that changes something and
 * asks instead, and a second press skips the guess: the step is revealed and counted as skipped.
 * A step that changes nothing is shown as it comes.
 */
export function stepForward(s: Session): Session {
  const branch = activeBranch(s);
  // In predict mode the status line says the end already, with the verdict.
  if (branch.cursor >= branch.run.entries.length) return { ...s, message: s.predict.on ? null : 'end of the run' };
  if (s.predict.asking) return guess(s, 'skip');
  const asked = isAsked(branch.run.entries[branch.cursor]!.step);
  if (s.predict.on && asked && !s.predict.answered.has(answerKey(s))) return { ...s, predict: { ...s.predict, asking: true, reveal: null }, message: null };
  return moveTo(s, branch.cursor + 1);
}

const answerKey = (s: Session): string => `${activeBranch(s).name}:${activeBranch(s).cursor}`;

export function guess(s: Session, answer: Answer): Session {
  if (!s.predict.asking) return s;
  const branch = activeBranch(s);
  const right = rightChoices(branch.run.entries[branch.cursor]!.step);
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
  return { ...s, predict: { ...s.predict, on, asking: false, reveal: null }, message: on ? 'predict mode: guess before each step that changes something' : 'predict mode off' };
}

export function addBranch(s: Session, branch: Branch): Session {
  return { ...s, branches: [...s.branches, branch], active: s.branches.length, message: `forked: ${branch.name}` };
}

export function switchTo(s: Session, index: number): Session {
  const target = s.branches[index];
  return target ? { ...s, active: index, predict: { ...s.predict, asking: false, reveal: null }, message: `branch: ${target.name}` } : s;
}

export function markSaved(s: Session, file: string): Session {
  return { ...updateActive(s, { file }), message: `saved to ${file}` };
}

export const withMessage = (s: Session, message: string | null): Session => ({ ...s, message });

const unsavedNames = (s: Session): string[] => s.branches.filter((b) => b.file === null).map((b) => b.name);

export const unsavedForks = (s: Session): number => unsavedNames(s).length;

/** "fork-1 is not saved. Quit anyway?": the names, so the person knows what would be lost. */
export function quitQuestion(s: Session): string {
  const names = unsavedNames(s);
  const listed = names.length === 1 ? `${names[0]} is` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are`;
  return `${listed} not saved. Quit anyway?`;
}
