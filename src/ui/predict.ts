/**
 * The predict game's rules: which steps are asked, which answers are right, and what chance
 * would have scored on the same questions. Pure: session.ts keeps the score, App draws it.
 */
import stringWidth from 'string-width';
import { regionChanges } from '../engine/effects.js';
import type { Step } from '../engine/step.js';
import { REGIONS, type Region } from '../model/domain.js';
import { actorLabel } from '../report/describe.js';
import type { Scenario } from '../scenario/types.js';

/** An answer: a region the step moves, or 'context': it moves no region, only the context. */
export type Choice = Region | 'context';

/** Every answer the question offers; answering at random picks one of these. */
export const CHOICES: readonly Choice[] = [...REGIONS, 'context'];

/**
 * A step is asked when it changes something; a step that changes nothing (a statement, a refused
 * move) would be a free point for "nothing", which taught nothing but the odds.
 */
export const isAsked = (step: Step): boolean => step.effects.length > 0;

/**
 * The answers that count as right: each region the step moves; the context answer only when it
 * moves no region (a step that moves a region and the confidence is a region's step).
 * @example rightChoices(offensive) // ['context']: confidence falls, no region moves
 */
export function rightChoices(step: Step): Choice[] {
  const regions = regionChanges(step.effects).map((c) => c.region);
  return regions.length ? regions : ['context'];
}

export const choiceLabel = (choice: Choice): string =>
  choice === 'context' ? 'context only' : choice;

/** A guess made (skips are counted apart), with what would have been right. */
export interface Guess {
  readonly right: readonly Choice[];
  readonly correct: boolean;
}

export interface Score {
  readonly asked: number;
  readonly you: number;
  /** The answer right most often on these questions, and how often: what "always X" scores. */
  readonly always: { readonly choice: Choice; readonly right: number };
  /** The average score of answering at random, one of CHOICES each time. */
  readonly random: number;
}

/**
 * The class's score beside two ways of guessing without knowing the talks, on the same questions.
 * Ties for the commonest answer go to the context one: "nothing moves" is the guess a class
 * tries first.
 * @example score([{ right: ['context'], correct: false }])
 * // { asked: 1, you: 0, always: { choice: 'context', right: 1 }, random: 0.2 }
 */
export function score(guesses: readonly Guess[]): Score {
  const rightFor = (choice: Choice): number =>
    guesses.filter((g) => g.right.includes(choice)).length;
  const always = (['context', ...REGIONS] as const)
    .map((choice) => ({ choice, right: rightFor(choice) }))
    .reduce((best, next) => (next.right > best.right ? next : best));
  return {
    asked: guesses.length,
    you: guesses.filter((g) => g.correct).length,
    always,
    random: guesses.reduce((sum, g) => sum + g.right.length / CHOICES.length, 0),
  };
}

/** `you 7/12, 1 skipped · always "context only" 5/12 · at random about 2.4/12` */
export function scoreLine(s: Score, skipped: number): string {
  if (s.asked === 0) return `score: no guesses yet${skipped ? `, ${skipped} skipped` : ''}`;
  const of = `/${s.asked}`;
  const always = `always "${choiceLabel(s.always.choice)}" ${s.always.right}${of}`;
  const random = `at random about ${s.random.toFixed(1)}${of}`;
  return `you ${s.you}${of}${skipped ? `, ${skipped} skipped` : ''} · ${always} · ${random}`;
}

/** Said at the end of the run: did the class beat chance? */
export function verdict(s: Score): string {
  if (s.asked === 0) return 'the end of the run: no guesses made';
  const always = `always "${choiceLabel(s.always.choice)}"`;
  if (s.you > s.always.right && s.you > s.random)
    return `the end: you beat both guessing at random and ${always}`;
  if (s.you > s.random) return `the end: you beat guessing at random, not ${always}`;
  return 'the end: no better than guessing at random';
}

/** A guess, or 'skip': → pressed instead of a guess. */
export type Answer = Choice | 'skip';

/** The last guess, shown with the step it was about. */
export interface Reveal extends Guess {
  readonly guess: Answer;
}

/** How the last guess went: "you said process: RIGHT (right: process)", or "you skipped (...)". */
export function revealText({ guess: given, correct, right }: Reveal): string {
  const said =
    given === 'skip'
      ? 'you skipped'
      : `you said ${choiceLabel(given)}: ${correct ? 'RIGHT' : 'WRONG'}`;
  return `${said} (right: ${right.map(choiceLabel).join(', ')})`;
}

export interface Question {
  /** Who acts and when; on two lines when the actor's name leaves no room for the question. */
  readonly ask: readonly string[];
  /** The keys and what counts as right. */
  readonly answers: readonly string[];
}

const ANSWERS = [
  REGIONS.map((r, i) => `${i + 1} ${r}`).join('   '),
  '0 no region, only the context (confidence, conditions, deadline, claims)',
  'A region is right if the step moves it; 0 if it moves none.  → skips',
];

/**
 * The question about the hidden step: its date and actor, never its type or effects.
 * @example questionOf(scenario, step, 80).ask
 * // ['2016-02-01 · Syrian government forces acts. What changes?']
 */
export function questionOf(scenario: Scenario, step: Step, width: number): Question {
  const hypothetical = step.recorded ? '' : ' (not in the record)';
  const who = `${step.date} · ${actorLabel(scenario, step.actor)} acts${hypothetical}.`;
  const ask = `${who} What changes?`;
  return { ask: stringWidth(ask) <= width ? [ask] : [who, 'What changes?'], answers: ANSWERS };
}
