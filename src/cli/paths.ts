/** `parley paths --to REGION.STATE [FILE]`: the shortest move sequences to a target state. */
import { stringify } from 'yaml';
import { initialTransition } from 'xstate';
import { createContext } from '../model/context.js';
import { REGION_STATES, REGIONS, ROLE_NAMES, type Role } from '../model/domain.js';
import { statePaths, topOf } from '../model/paths.js';
import { caughtUp, parseTarget, shortestPaths, type PathMove } from '../model/reach.js';
import { talksMachine } from '../model/talksMachine.js';
import { DEADLINE_PASSED } from '../model/vocabulary.js';
import { latestState, replay, startRun } from '../engine/run.js';
import { suggest } from '../scenario/diagnostics.js';
import { loadScenarios } from './scenarios.js';
import { alignColumns, hanging } from '../report/table.js';
import { counted } from '../report/describe.js';
import { EXIT, out } from './io.js';
import { commandLine, type Flags } from './args.js';
import { dateOption, UsageError, wholeNumberOption } from './usage.js';

function targetOf(text: string | undefined) {
  if (!text) throw new UsageError('paths needs --to REGION.STATE, e.g. --to ceasefireTrack.agreed');
  const target = parseTarget(text);
  if (!target)
    throw new UsageError(
      `--to: "${text}" is not REGION.STATE; ${suggest(topOf(text), REGIONS, 'regions')}`,
    );
  const states: readonly string[] = REGION_STATES[target.region];
  const top = topOf(target.state);
  if (!states.includes(top))
    throw new UsageError(
      `--to: unknown ${target.region} state "${top}"; ${suggest(top, states, `${target.region} states`)}`,
    );
  return target;
}

function moveRow(move: PathMove, i: number, dated: boolean): string[] {
  const when = dated ? [move.date] : [];
  if (move.type === DEADLINE_PASSED)
    return [`  ${i + 1}.`, ...when, 'deadline passes', `${move.actor}'s walkout deadline`, ''];
  const payload = Object.keys(move.payload).length
    ? stringify(move.payload, { collectionStyle: 'flow', lineWidth: 0 }).trim()
    : '';
  return [`  ${i + 1}.`, ...when, move.type, `${move.actor} (${move.role})`, payload];
}

/** The flags the command takes; `parley paths --help` documents each (test/flags.test.ts). */
export const FLAGS = {
  to: { type: 'string' },
  'from-date': { type: 'string' },
  max: { type: 'string', default: '3' },
} satisfies Flags;

export function pathsCommand(args: string[]): number {
  const { values, positionals } = commandLine(args, FLAGS);
  const target = targetOf(values.to);
  const max = wholeNumberOption('max', values.max, 1, 999);
  const fromDate = values['from-date'];
  if (positionals.length > 1) throw new UsageError('paths takes at most one scenario FILE');
  dateOption('from-date', fromDate);
  const [file] = positionals;
  if (fromDate !== undefined && !file)
    throw new UsageError('--from-date needs a scenario FILE to replay up to that date');

  let start = initialTransition(talksMachine, createContext())[0];
  // Without a scenario, one stand-in actor per role, named for it.
  let actors: readonly { readonly id: string; readonly role: Role }[] = ROLE_NAMES.map((role) => ({
    id: role,
    role,
  }));
  let date = '2000-01-01';
  let from = "the machine's initial state";
  if (file) {
    const [scenario] = loadScenarios([file]) ?? [];
    if (!scenario) return EXIT.invalid;
    if (fromDate !== undefined && fromDate < scenario.start)
      throw new UsageError(
        `--from-date ${fromDate} is before ${scenario.id} starts, on ${scenario.start}`,
      );
    const run = fromDate ? replay(scenario, { until: fromDate }) : startRun(scenario);
    start = latestState(run).machine;
    actors = [...scenario.actors];
    date = fromDate ?? scenario.start;
    from = `${scenario.id} on ${date}`;
  }

  const clock = caughtUp(start, date);
  start = clock.snapshot;
  const now = statePaths(start.value);
  out(`paths to ${target.region}.${target.state} from ${from}\n`);
  const outcome = now.opposition === 'walkedOut' ? 'the opposition walked out' : 'the threat ended';
  for (const passed of clock.moves)
    out(
      `${hanging('  by then: ', `on ${passed.date}, ${passed.actor}'s walkout deadline passed and ${outcome}`).join('\n')}\n`,
    );
  out(`${hanging('  start: ', REGIONS.map((r) => `${r} ${now[r]}`).join(', ')).join('\n')}\n`);
  const paths = shortestPaths(start, target, { actors, date, max });
  if (!paths.length) {
    process.stderr.write(
      `parley: no sequence of moves reaches ${target.region}.${target.state} from there (searched up to 8 moves)\n`,
    );
    return EXIT.invalid;
  }
  paths.forEach((moves, i) => {
    out(`\npath ${i + 1}, ${counted(moves.length, 'move')}:\n`);
    out(
      moves.length
        ? alignColumns(moves.map((m, j) => moveRow(m, j, Boolean(file))))
        : '  already there\n',
    );
  });
  return EXIT.ok;
}
