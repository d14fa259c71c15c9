/**
 * How likely a record is under its rules: each recorded move a rule governs, with the
 * probability the rules gave it in the record's replay, and their product. A move the rules gave
 * 0% makes the record impossible under them: the calibration a teacher should see first.
 */
import type { Scenario } from '../scenario/types.js';
import { replay } from './run.js';
import type { Step } from './step.js';

export interface RecordScore {
  /** The recorded moves some rule governs, in order, each with `predicted` set. */
  readonly moves: readonly Step[];
  /** The product of their probabilities: 1 when no rule governs a recorded move. */
  readonly likelihood: number;
  /** Its base-10 logarithm; -Infinity when a move was given 0. */
  readonly log10: number;
}

/**
 * The scenario's events played as written (a what-if's too, under its own rules).
 * @example scoreRecord(geneva).likelihood // the product of each governed move's `predicted`
 */
export function scoreRecord(scenario: Scenario): RecordScore {
  const moves = replay({ ...scenario, forkAt: null })
    .entries.map((e) => e.step)
    .filter((s) => s.predicted !== null);
  const likelihood = moves.reduce((product, s) => product * (s.predicted ?? 1), 1);
  return { moves, likelihood, log10: Math.log10(likelihood) };
}
