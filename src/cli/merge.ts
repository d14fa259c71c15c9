/**
 * `parley merge PART.json...`: the parts of a simulation run in slices (`simulate --shard I/N
 * --json`), in any order, added into what one `simulate` of all the runs prints, byte for byte.
 */
import { mergeDistributions } from '../engine/montecarlo.js';
import { distributionText, simulationHeading, simulationJson } from '../report/distribution.js';
import { namedPath, readScenarioText } from '../scenario/readSource.js';
import { visible } from '../text/sanitize.js';
import { commandLine, type Flags } from './args.js';
import { EXIT, out, reportDiagnostics } from './io.js';
import { readPart, sliceOf, type Part } from './simulationPart.js';
import { UsageError } from './usage.js';

/** The flags the command takes; `parley merge --help` documents each (test/flags.test.ts). */
export const FLAGS = {
  json: { type: 'boolean', default: false },
} satisfies Flags;

interface Read {
  readonly file: string;
  readonly part: Part;
}

/** What every part must share with the first, each as it is named in a refusal. */
const SHARED: readonly [string, (p: Part) => unknown][] = [
  ['scenario', (p) => p.scenario],
  ['scenario content (fingerprint)', (p) => p.fingerprint],
  ['seed', (p) => p.seed],
  ['--from-date', (p) => p.fromDate ?? 'none'],
  ['--runs', (p) => p.runs],
  ['number of shards', (p) => p.slice.of],
];

const runsText = (from: number, to: number): string => `runs ${from} to ${to - 1}`;

/** Why the parts do not make one simulation, naming the file at fault; null when they do. */
function refusal(parts: readonly Read[]): string | null {
  const [first] = parts;
  if (!first) return null;
  for (const { file, part } of parts) {
    for (const [name, of] of SHARED) {
      if (of(part) !== of(first.part))
        return `${file}: ${name} ${String(of(part))}, but ${first.file} has ${String(of(first.part))}`;
    }
    const { shard, of, from, to } = part.slice;
    const expected = of >= 1 && shard >= 1 && shard <= of ? sliceOf(shard, of, part.runs) : null;
    if (
      !expected ||
      expected.from !== from ||
      expected.to !== to ||
      part.distribution.runs !== to - from
    )
      return `${file}: its slice and its counts do not agree (shard ${shard}/${of}, ${runsText(from, to)}, ${part.distribution.runs} counted)`;
  }
  const sorted = [...parts].sort((a, b) => a.part.slice.from - b.part.slice.from);
  let next = 0;
  let previous: Read | null = null;
  for (const read of sorted) {
    const { shard, of, from, to } = read.part.slice;
    if (previous && from < next)
      return `${read.file} and ${previous.file} both hold shard ${shard}/${of} (${runsText(from, to)})`;
    if (from > next)
      return `no part holds ${runsText(next, from)}: shard ${missing(read.part, next)} is missing`;
    next = to;
    previous = read;
  }
  if (next < first.part.runs)
    return `no part holds ${runsText(next, first.part.runs)}: shard ${missing(first.part, next)} is missing`;
  return null;
}

/** The shard, of those the parts were cut into, that starts at run `from`. */
function missing(part: Part, from: number): string {
  const { of } = part.slice;
  for (let shard = 1; shard <= of; shard += 1) {
    if (sliceOf(shard, of, part.runs).from === from) return `${shard}/${of}`;
  }
  return `at run ${from}`;
}

export function mergeCommand(args: string[]): number {
  const { values, positionals } = commandLine(args, FLAGS);
  if (!positionals.length)
    throw new UsageError('merge takes the PART.json files that simulate --shard I/N --json wrote');
  const parts: Read[] = [];
  for (const path of positionals) {
    const file = namedPath(path);
    const read = readScenarioText(path, file);
    if ('error' in read) {
      reportDiagnostics([read.error]);
      return EXIT.invalid;
    }
    const part = readPart(read.text);
    if (typeof part === 'string') {
      process.stderr.write(`parley: ${visible(`${file} ${part}`)}\n`);
      return EXIT.invalid;
    }
    parts.push({ file, part });
  }
  const problem = refusal(parts);
  if (problem) {
    process.stderr.write(`parley: ${visible(problem)}\n`);
    return EXIT.invalid;
  }
  const [first, ...rest] = parts.map((p) => p.part);
  if (!first) return EXIT.invalid;
  const whole = rest.reduce((d, p) => mergeDistributions(d, p.distribution), first.distribution);
  out(
    values.json
      ? `${JSON.stringify(simulationJson(first, whole), null, 2)}\n`
      : `${simulationHeading(first, whole.runs)}\n${distributionText([whole], [first.scenario])}`,
  );
  return EXIT.ok;
}
