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
  parley help                        this text

Exit codes: 0 ok, 1 invalid input, 2 usage error.
Examples:
  parley replay scenarios/geneva-2016.yaml --until 2016-02-01
  parley replay scenarios/astana-2017.yaml --format markdown > handout.md
`;

/** Thrown for a bad command line: the message is printed with the usage, exit 2. */
export class UsageError extends Error {}
