/**
 * A slice of a simulation's runs (`simulate --shard I/N --json`), as `parley merge` reads it
 * back: what was simulated, which runs, and the slice's raw counts, which add up exactly.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Distribution } from '../engine/montecarlo.js';
import type { Simulated } from '../report/distribution.js';
import type { Scenario } from '../scenario/types.js';

/** The first key of every part: what the file is, for a person who opens it and for `merge`. */
export const PART_KIND = 'parley simulation part';

export interface Slice {
  /** 1-based, of `of` slices. */
  readonly shard: number;
  readonly of: number;
  /** Runs `from` to `to - 1` of `runs`. */
  readonly from: number;
  readonly to: number;
}

/** Slice `shard` of `of`: consecutive runs, the slices together exactly runs 0 to `runs - 1`. */
export function sliceOf(shard: number, of: number, runs: number): Slice {
  return {
    shard,
    of,
    from: Math.floor(((shard - 1) * runs) / of),
    to: Math.floor((shard * runs) / of),
  };
}

/**
 * The scenario's content, so parts of two versions of a file are not merged: the file's path
 * is left out, as each machine of a cluster may keep it elsewhere.
 */
export function fingerprint(scenario: Scenario): string {
  const { file: _file, extends: _extends, ...content } = scenario;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}

const count = z.number().int().nonnegative();
const counts = z.record(z.string(), count);

const partSchema = z.object({
  kind: z.literal(PART_KIND),
  scenario: z.string(),
  fingerprint: z.string(),
  seed: count,
  fromDate: z.string().nullable(),
  runs: count,
  slice: z.object({ shard: count, of: count, from: count, to: count }),
  distribution: z.object({
    runs: count,
    process: counts,
    opposition: counts,
    walkouts: counts,
    ceasefireAgreed: count,
    confidence: z.array(count).length(10),
    confidenceSum: z.number(),
    rules: counts,
    routes: z.object({
      walkedOut: counts,
      process: z.record(z.string(), counts),
      ceasefireAgreed: counts,
    }),
  }),
});

export interface Part extends Simulated {
  readonly fingerprint: string;
  /** The runs of the whole simulation, of which this is a slice. */
  readonly runs: number;
  readonly slice: Slice;
  readonly distribution: Distribution;
}

export function partJson(part: Part): string {
  return `${JSON.stringify({ kind: PART_KIND, ...part }, null, 2)}\n`;
}

/** The part a file holds, or why it is not one. */
export function readPart(text: string): Part | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'is not JSON';
  }
  const parsed = partSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    return `is not a part of a simulation${where}: write one with simulate --shard I/N --json`;
  }
  const { kind: _kind, ...part } = parsed.data;
  return part;
}
