/** `parley new NAME [--from SCENARIO]`: a new scenario file, never over an existing one. */
import { resolve } from 'node:path';
import { loadScenarios } from './scenarios.js';
import { findBase, scenarioIds } from '../scenario/resolve.js';
import { skeletonText, stemOf, whatIfStarterText, type ExampleMove } from '../scenario/starter.js';
import type { Scenario, ScenarioEvent } from '../scenario/types.js';
import { latestState, replay } from '../engine/run.js';
import { legalMoves } from '../model/legalMoves.js';
import { baseReference } from '../scenario/whatIfFile.js';
import { saveAtomically, saveProblem } from '../files/saveFile.js';
import { pathProblem } from '../files/pathLimits.js';
import { visible } from '../text/sanitize.js';
import { EXIT, out } from './io.js';
import { commandLine, type Flags } from './args.js';
import { onlyPositional, UsageError, writtenHere } from './usage.js';

const fail = (message: string, hint: string): number => {
  process.stderr.write(`parley: ${visible(message)}\n  hint: ${visible(hint)}\n`);
  return EXIT.invalid;
};

/**
 * The example insert's move: one the state right after `anchor` accepts, from the legal moves the
 * player offers, the first with a payload so the example shows how one is written.
 */
function moveAfter(scenario: Scenario, anchor: ScenarioEvent): ExampleMove | null {
  const entry = replay(scenario).entries.find((e) => e.step.id === anchor.id);
  // A what-if's rules may have made the anchor's move themselves: then the state at the end of its day.
  const state = entry?.state ?? latestState(replay(scenario, { until: anchor.date }));
  const moves = legalMoves(state.machine, scenario.actors, anchor.date);
  return moves.find((m) => Object.keys(m.payload).length) ?? moves[0] ?? null;
}

/** The what-if text for `--from`, or the exit code after its problem is printed. */
function whatIfOf(from: string, path: string): string | number {
  const baseFile = findBase(from, resolve('.', '-'));
  if (!baseFile) {
    return fail(
      `cannot find scenario "${from}"`,
      `give a path to a .yaml file, or a shipped scenario: ${scenarioIds().join(', ')}`,
    );
  }
  const [scenario] = loadScenarios([baseFile]) ?? [];
  if (!scenario) {
    return fail(
      `${from} has problems, so a what-if of it would too`,
      `fix them first: parley validate ${from}`,
    );
  }
  return whatIfStarterText(path, scenario, baseReference(scenario, path), (anchor) =>
    moveAfter(scenario, anchor),
  );
}

/** The flags the command takes; `parley new --help` documents each (test/flags.test.ts). */
export const FLAGS = { from: { type: 'string' } } satisfies Flags;

export function newCommand(args: string[]): number {
  const { values, positionals } = commandLine(args, FLAGS);
  const name = onlyPositional(positionals, 'new takes exactly one file NAME');
  // An empty name would write `.yaml`, a file most listings hide.
  if (/^\.|^$/.test(stemOf(name)))
    throw new UsageError(
      `new needs a file NAME that is not empty and does not start with a dot, not "${name}"`,
    );
  // `extends: geneva-2016` looks beside the what-if first: a file of that name there would stand in for the record.
  if (scenarioIds().includes(stemOf(name)))
    throw new UsageError(
      `"${stemOf(name)}" is the id of a shipped scenario; a file of that name would stand in for it in \`extends\`: choose another NAME`,
    );
  const path = /\.ya?ml$/i.test(name) ? name : `${name}.yaml`;
  const problem = pathProblem(path);
  if (problem)
    throw new UsageError(
      `cannot write ${path}: ${problem}`,
      'choose a shorter NAME, in plain characters',
    );
  writtenHere(path, `cannot write ${path}`);
  const text = values.from === undefined ? skeletonText(path) : whatIfOf(values.from, path);
  if (typeof text === 'number') return text;
  let saved: ReturnType<typeof saveAtomically>;
  try {
    saved = saveAtomically(path, text);
  } catch (error) {
    const problem = saveProblem(path, error);
    if (!problem) throw error;
    return fail(problem, 'check that its folder exists and that you may write there');
  }
  if (saved === 'exists')
    return fail(
      `${path} already exists; parley new never overwrites a file`,
      'choose another NAME, or edit that file',
    );
  out(`wrote ${path}\n  next: parley validate ${path}, then parley replay ${path}\n`);
  return EXIT.ok;
}
