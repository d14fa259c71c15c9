/**
 * The lines of the player's `d` view: what is compared, then for each question a bar for this
 * branch from the step shown and one for the record from its date. The numbers and their wording
 * are the simulate report's (report/distribution.ts); this only lays them out in two columns.
 */
import type { Distribution } from '../engine/montecarlo.js';
import type { StepComparison } from '../engine/fromStep.js';
import { bar, distributionRows, percent } from '../report/distribution.js';
import { clean } from '../text/sanitize.js';
import { fitLines, fitWidth } from '../text/fit.js';

const LABEL = 18;

/** "10,000": a count a class reads at a glance. */
export const thousands = (n: number): string => n.toLocaleString('en-US');

/** The two columns' names: `fork-1 from step 12` and `record from 2016-02-03`. */
export function columnNames(name: string, c: StepComparison): readonly [string, string] {
  const from = c.fromForkPoint ? `its fork at step ${c.fromStep}` : `step ${c.fromStep}`;
  return [`${clean(name)} from ${from}`, `record from ${c.date}`];
}

/**
 * What is compared, in a sentence: "fork-1 from step 12 (2016-02-03) vs the record from
 * 2016-02-03, 10,000 runs each, seed 2016", wrapped to `width`.
 */
export function comparedLines(
  name: string,
  c: StepComparison,
  runs: number,
  width: number,
): string[] {
  const [branch] = columnNames(name, c);
  // Past its fork point, or on a step no event made, the branch is simulated from an earlier step: say which.
  const when =
    c.fromStep === c.cursor
      ? ` (${c.date})`
      : c.fromForkPoint
        ? `, before step ${c.cursor} (${c.date}),`
        : `, its last event by step ${c.cursor} (${c.date}),`;
  const text = `${branch}${when} vs the record from ${c.date}, ${thousands(runs)} runs each, seed ${c.branch.seed}`;
  return fitLines(text, width, 2);
}

/** While the runs are played: each simulation's progress. */
export function progressLines(
  names: readonly [string, string],
  progress: { readonly part: 0 | 1; readonly done: number },
  runs: number,
  width: number,
): string[] {
  return names.map((n, i) => {
    const done = i < progress.part ? runs : i > progress.part ? 0 : progress.done;
    const state = i === progress.part ? 'simulating' : i < progress.part ? 'done' : 'waiting';
    return fitWidth(`${state} ${n}: ${thousands(done)}/${thousands(runs)}`, width);
  });
}

/**
 * The bars: how the process ended, whether the opposition walked out, whether a ceasefire was
 * agreed, and the mean confidence at the end, for both distributions side by side.
 * @example distributionLines([fork, record], ['fork-1 from step 12', 'record from 2016-02-03'], 78)
 */
export function distributionLines(
  ds: readonly [Distribution, Distribution],
  names: readonly [string, string],
  width: number,
): string[] {
  // Each column: a bar, a space, the share (6), a gap (4).
  const cell = Math.floor((width - LABEL) / 2);
  const barWidth = Math.max(4, Math.min(24, cell - 11));
  const column = (text: string): string => fitWidth(text, cell - 1).padEnd(cell);
  const row = (label: string, cells: readonly string[]): string =>
    fitWidth(`  ${label.padEnd(LABEL - 2)}${cells.map(column).join('')}`.trimEnd(), width);
  const [process, , walkedOut, ceasefire] = distributionRows(ds);
  const lines = [row('', names)];
  for (const block of [process, walkedOut, ceasefire]) {
    if (!block) continue;
    lines.push(fitWidth(block.title, width));
    // The walkouts' dates are the simulate report's detail; the share that walked out is the question here.
    for (const r of block.rows.filter((r) => !r.label.startsWith(' '))) {
      const cells = ds.map((d, i) => {
        const c = r.counts[i] ?? 0;
        return `${bar(d.runs ? c / d.runs : 0, barWidth)} ${percent(c, d.runs).padStart(6)}`;
      });
      lines.push(row(r.label, cells));
    }
  }
  lines.push(fitWidth('Confidence between the sides at the end (0-100)', width));
  const means = ds.map((d) => {
    const mean = d.runs ? d.confidenceSum / d.runs : 0;
    return `${bar(mean / 100, barWidth)} ${mean.toFixed(1).padStart(6)}`;
  });
  lines.push(row('mean', means));
  return lines;
}
