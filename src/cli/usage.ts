/** Help text: one place, so `--help`, usage errors and the README agree. */

export const USAGE = `parley: replay, step through and rewrite real peace talks as state machines

Usage:
  parley [play] FILE [options]       step through a scenario in the terminal UI
                                     (without a terminal, prints the transcript)
      --seed N                       seed for chance (default: the scenario's seed)
      --predict                      class mode: guess each step before it is shown
  parley replay FILE [options]       the whole run, headless
      --seed N                       seed for chance (default: the scenario's seed)
      --until YYYY-MM-DD             stop after the events of this date
      --format text|json|markdown    transcript, machine-readable run, or printable handout
  parley validate FILE...            every problem in the files, as file:line:col
  parley simulate FILE --runs N [options]
                                     the outcome distribution of N runs where the
                                     policies make the actors' moves
      --seed N                       run n draws from seed N:n (default: the scenario's seed)
      --json                         numbers for analysis instead of bar charts
      --workers N                    worker threads (default: one per core)
      --compare FILE                 a second scenario's distribution beside it
  parley compare A B [--seed N]      where two runs part, and how they end
  parley compare FILE --seed X --seed Y
  parley new NAME [--from SCENARIO]  write a commented scenario file, or a what-if of SCENARIO
  parley schema                      the JSON Schema of scenario files, for editors
  parley events [TYPE]               the event vocabulary, or one type in full
  parley diagram [options]           the statechart, for slides
      FILE --run                     the path that FILE's run took instead
      --format mermaid|dot           Mermaid (default) or Graphviz
  parley paths --to REGION.STATE [FILE] [options]
                                     shortest move sequences to a state
      --from-date YYYY-MM-DD         from FILE's state on that date (default: its start)
      --max N                        how many paths (default 3)
  parley help                        this text

Exit codes: 0 ok, 1 invalid input, 2 usage error.
Examples:
  parley replay scenarios/geneva-2016.yaml --until 2016-02-01
  parley replay scenarios/astana-2017.yaml --format markdown > handout.md
  parley simulate scenarios/geneva-2016.yaml --runs 10000 --compare scenarios/what-if/no-aleppo-offensive.yaml
  parley new my-what-if --from geneva-2016
  parley paths --to ceasefireTrack.agreed scenarios/geneva-2016.yaml --from-date 2016-02-02
`;

/** Thrown for a bad command line: the message is printed with the usage, exit 2. */
export class UsageError extends Error {}

/** A flag's whole-number value, or undefined when the flag was not given. */
export function wholeNumber(flag: string, value: string | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? '' : ` from ${min} to ${max}`;
    throw new UsageError(`--${flag} takes a whole number${range}, not "${value}"`);
  }
  return n;
}
