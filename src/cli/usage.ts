/** Help text: one place, so `--help`, usage errors and the README agree. Every line fits 80 columns. */
import { insideAny } from '../files/project.js';
import { isIsoDate } from '../model/dates.js';

/** Each command's lines of the usage, in the order `parley help` lists them. */
const COMMAND_USAGE: Readonly<Record<string, string>> = {
  play: `  parley [play] FILE [options]       step through a scenario in the terminal UI
                                     (without a terminal, prints the transcript)
      --seed N                       seed for chance (default: the scenario's)
      --predict                      class mode: guess what each step changes
      --no-watch                     do not replay the file when it is saved
`,
  class: `  parley class FILE [--teams A,B] [options]
                                     the classroom game, hot-seat: each team
                                     plays an actor (a role or an actor id); the
                                     record runs the others, the rules answer
      --teams A,B                    the teams, each a role or an actor id
                                     (default: opposition,government)
      --save GAME.yaml               where the game is saved after each move
                                     (default: SCENARIO-ID-class.yaml, new)
      --resume GAME.yaml             go on with a saved game (no FILE, --teams)
      --seed N                       seed for chance (default: the scenario's)
    Without a terminal, one decision a line on standard input:
      TEAM N                         the team's Nth move as listed
      TEAM wait                      the team lets its recorded move pass
      TEAM EVENT_TYPE                that move with its default payload
`,
  host: `  parley host FILE [--teams A,B] [options]
                                     the classroom game over the network: prints
                                     each team's join line; the facilitator's
                                     screen (without a terminal, a log)
      --teams A,B                    the teams, each a role or an actor id
                                     (default: opposition,government)
      --port P                       the port to listen on (default: 7416;
                                     0 picks a free one)
      --bind ADDR                    the address to listen on (default: 0.0.0.0,
                                     every network of this machine)
      --save GAME.yaml               where the game is saved after each move
                                     (default: SCENARIO-ID-class.yaml, new)
      --resume GAME.yaml             go on with a saved game (no FILE, --teams)
      --seed N                       seed for chance (default: the scenario's)
`,
  join: `  parley join HOST:PORT --code CODE --as TEAM
                                     a team's seat in a hosted game
      --code CODE                    the team's code, as the host printed it
      --as TEAM                      the team, as the host printed it
    Without a terminal, one move a line on standard input, each sent at the
    team's turn: N (the Nth move as listed), wait, or EVENT_TYPE.
`,
  replay: `  parley replay FILE [options]       the whole run, headless
      --seed N                       seed for chance (default: the scenario's)
      --until YYYY-MM-DD             stop after the events of this date
      --format text|json|markdown    transcript, machine-readable run, or
                                     printable handout
`,
  explain: `  parley explain FILE [options]      why each region stands where it does, and
                                     why the talks ended so: each step's causes
                                     back to the record, with sources and rules
      --seed N                       seed for chance (default: the scenario's)
      --until YYYY-MM-DD             explain the state after this date's events
      --format text|json             readable chains, or the same as data
`,
  validate: `  parley validate FILE...            each problem in the files, at file:line:col
`,
  test: `  parley test FILE... [options]      check the files' \`expect:\` entries; each
                                     failure at its file:line:col, with what
                                     the run showed instead; exit 1 if any fails
      --format text|json             readable failures, or every finding as data
`,
  simulate: `  parley simulate FILE --runs N [options]
                                     how N runs end, and the routes there, when
                                     the policies make the actors' moves
      --seed N                       run n draws from seed N:n
                                     (default: the scenario's seed)
      --from-date YYYY-MM-DD         the record plays as written up to and
                                     including this date, the policies after it
      --json                         numbers for analysis instead of bar charts
      --workers N                    worker threads (default: one per core)
      --compare FILE                 a second scenario's distribution beside it,
                                     and what made the difference
      --shard I/N                    only the I-th of N slices of the runs, as a
                                     part for parley merge (with --json)
`,
  merge: `  parley merge PART.json... [--json] the parts of a simulation, in any order, as
                                     one simulate of all the runs prints it
      --json                         numbers for analysis instead of bar charts
`,
  compare: `  parley compare A B [--seed N]      where two runs part, how they end, and
                                     what made the difference
  parley compare FILE --seed X --seed Y
`,
  rules: `  parley rules FILE [--score]        the rules in force: trigger, move, chance,
                                     delay, source; what a what-if changed
      --score                        the probability the rules gave each
                                     recorded move, and the record's likelihood
`,
  new: `  parley new NAME [--from SCENARIO]  write a commented scenario file, or a
                                     what-if of SCENARIO
`,
  schema: `  parley schema                      JSON Schema of scenario files, for editors
`,
  events: `  parley events [TYPE]               the event vocabulary, or one type in full
`,
  diagram: `  parley diagram [options]           the statechart, for slides
      FILE --run                     the path that FILE's run took instead
      --seed N                       seed of that run (default: the scenario's)
      --format mermaid|dot           Mermaid (default) or Graphviz
`,
  paths: `  parley paths --to REGION.STATE [FILE] [options]
                                     shortest move sequences to a state
      --from-date YYYY-MM-DD         from FILE's state on that date
                                     (default: its start)
      --max N                        how many paths (default 3)
`,
  help: `  parley help                        this text
  parley COMMAND --help              one command's part of it
  parley --version                   the installed version
`,
};

/** The commands the usage documents, each with its own part (`commandUsage`). */
export const DOCUMENTED_COMMANDS: readonly string[] = Object.keys(COMMAND_USAGE);

export const USAGE = `parley: replay, step through and rewrite real peace talks as state machines

Usage:
${Object.values(COMMAND_USAGE).join('')}
A FILE of - is read from standard input.
Exit codes: 0 ok, 1 invalid input, 2 usage error.
Examples:
  parley replay scenarios/geneva-2016.yaml --until 2016-02-01
  parley replay scenarios/astana-2017.yaml --format markdown > handout.md
  parley simulate scenarios/geneva-2016.yaml --runs 10000 \\
      --compare scenarios/what-if/no-aleppo-offensive.yaml
  parley new my-what-if --from geneva-2016
  parley paths --to ceasefireTrack.agreed scenarios/geneva-2016.yaml \\
      --from-date 2016-02-02
`;

/** One command's part of the usage: what `parley COMMAND --help` prints, and what follows its usage errors. */
export function commandUsage(command: string): string {
  return `Usage:\n${COMMAND_USAGE[command]}`;
}

/** Thrown for a bad command line: the message is printed with the command's usage, exit 2. */
export class UsageError extends Error {
  /** What to type instead, when parley can tell: "did you mean --format?" */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/**
 * `path`, when it lies inside the folder parley runs in, where every command writes (`new`, the
 * class game's save); otherwise a usage error that starts with `doing`.
 * @example writtenHere('../x.yaml', 'cannot write ../x.yaml') // throws: ... it is outside the folder parley runs in
 */
export function writtenHere(path: string, doing: string): string {
  if (!insideAny(path, [process.cwd()]))
    throw new UsageError(
      `${doing}: it is outside the folder parley runs in`,
      'parley writes inside the current folder or below it: change to the folder first',
    );
  return path;
}

/** The one FILE or NAME a command takes; otherwise a usage error that says so. */
export function onlyPositional(positionals: readonly string[], refusal: string): string {
  const [only] = positionals;
  if (only === undefined || positionals.length !== 1) throw new UsageError(refusal);
  return only;
}

/** A flag's date, or undefined when the flag was not given. */
export function dateOption(flag: string, value: string | undefined): string | undefined {
  if (value === undefined || isIsoDate(value)) return value;
  throw new UsageError(
    /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? `--${flag} ${value} is not a real date: check the day and the month`
      : `--${flag} takes a date written YYYY-MM-DD, not "${value}"`,
  );
}

/** A flag's whole-number value, or undefined when the flag was not given. */
export function wholeNumberOption(flag: string, value: string, min?: number, max?: number): number;
export function wholeNumberOption(
  flag: string,
  value: string | undefined,
  min?: number,
  max?: number,
): number | undefined;
export function wholeNumberOption(
  flag: string,
  value: string | undefined,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? '' : ` from ${min} to ${max}`;
    throw new UsageError(`--${flag} takes a whole number${range}, not "${value}"`);
  }
  return n;
}
