/** A simulation's outcome distribution as terminal bar charts, alone or two side by side. */
import type { Distribution } from '../engine/montecarlo.js';
import { routesJson, routesText } from './routes.js';
import { invariant } from '../model/invariant.js';
import { clean } from '../text/sanitize.js';
import { counted } from './describe.js';

const BAR = 24;

export function bar(share: number, width = BAR): string {
  const filled = Math.round(share * width);
  return `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
}

export const percent = (count: number, runs: number): string =>
  `${runs ? ((100 * count) / runs).toFixed(1) : '0.0'}%`;

export interface Row {
  readonly label: string;
  readonly counts: readonly number[];
}

/** The questions a distribution answers, each with one row per answer: the runs of each distribution that gave it. */
export function distributionRows(ds: readonly Distribution[]): { title: string; rows: Row[] }[] {
  const keys = (pick: (d: Distribution) => Record<string, number>): string[] =>
    [...new Set(ds.flatMap((d) => Object.keys(pick(d))))].filter((k) => ds.some((d) => pick(d)[k]));
  const table = (pick: (d: Distribution) => Record<string, number>): Row[] =>
    keys(pick).map((label) => ({ label, counts: ds.map((d) => pick(d)[label] ?? 0) }));
  const walkedOut = ds.map((d) => Object.values(d.walkouts).reduce((a, b) => a + b, 0));
  return [
    { title: 'How the process ended', rows: table((d) => d.process) },
    { title: 'Where the opposition ended', rows: table((d) => d.opposition) },
    {
      title: 'The opposition walked out',
      rows: [
        { label: 'walked out', counts: walkedOut },
        ...table((d) => d.walkouts)
          .sort((a, b) => a.label.localeCompare(b.label))
          .map((r) => ({ ...r, label: `  on ${r.label}` })),
      ],
    },
    {
      title: 'A ceasefire was agreed',
      rows: [{ label: 'agreed', counts: ds.map((d) => d.ceasefireAgreed) }],
    },
    {
      title: 'Confidence between the sides at the end',
      rows: (ds[0]?.confidence ?? [])
        .map((_, i) => ({
          label: i === 9 ? '90-100' : `${i * 10}-${i * 10 + 9}`,
          counts: ds.map((d) => d.confidence[i] ?? 0),
        }))
        .filter((r) => r.counts.some(Boolean)),
    },
  ];
}

/**
 * One block per question, one bar per answer; with two distributions, their bars side by side.
 * Then the routes each distribution's runs took to their endings.
 * @example distributionText([d], ['geneva-2016'])
 */
export function distributionText(ds: readonly Distribution[], names: readonly string[]): string {
  // Two distributions side by side fit 80 columns with 14-character bars.
  const width = ds.length > 1 ? 14 : BAR;
  const lines: string[] = [];
  if (ds.length > 1)
    lines.push(
      `${''.padEnd(18)}${names.map((n) => n.slice(0, width + 16).padEnd(width + 18)).join('')}`.trimEnd(),
    );
  for (const { title, rows } of distributionRows(ds)) {
    lines.push('', title);
    for (const row of rows) {
      const cells = ds.map(({ runs }, i) => {
        const c = row.counts[i] ?? 0;
        return `${bar(c / runs, width)} ${percent(c, runs).padStart(6)} ${String(c).padStart(7)}  `;
      });
      lines.push(`  ${row.label.padEnd(16)}${cells.join('')}`.trimEnd());
    }
  }
  const means = ds.map((d) => (d.runs ? d.confidenceSum / d.runs : 0).toFixed(1));
  lines.push(`  ${'mean'.padEnd(16)}${means.map((m) => m.padEnd(width + 18)).join('')}`.trimEnd());
  for (const [i, d] of ds.entries()) {
    const name =
      ds.length > 1
        ? invariant(names[i], 'distributionText has a name for each distribution')
        : null;
    lines.push(
      ...routesText(
        d,
        name ? `How the runs of ${clean(name)} got there` : 'How the runs got there',
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The distribution as plain numbers for analysis. */
export function distributionJson(d: Distribution) {
  const share = (c: number): number => (d.runs ? c / d.runs : 0);
  return {
    runs: d.runs,
    process: d.process,
    opposition: d.opposition,
    walkedOut: Object.values(d.walkouts).reduce((a, b) => a + b, 0),
    walkoutsByDate: Object.fromEntries(
      Object.entries(d.walkouts).sort(([a], [b]) => a.localeCompare(b)),
    ),
    ceasefireAgreed: d.ceasefireAgreed,
    confidence: { mean: d.runs ? d.confidenceSum / d.runs : 0, bands: d.confidence },
    shares: {
      process: Object.fromEntries(Object.entries(d.process).map(([k, v]) => [k, share(v)])),
      walkedOut: share(Object.values(d.walkouts).reduce((a, b) => a + b, 0)),
      ceasefireAgreed: share(d.ceasefireAgreed),
    },
    rules: d.rules,
    routes: routesJson(d),
  };
}

/** What was simulated: the scenario (by id), the seed, and the date of the record it started from. */
export interface Simulated {
  readonly scenario: string;
  readonly seed: number;
  /** The policies made the moves after this date's events; null: every move, from the start. */
  readonly fromDate: string | null;
}

/** `parley simulate --json` of one scenario, and `parley merge` of its parts: the same bytes. */
export function simulationJson(of: Simulated, d: Distribution) {
  return {
    scenario: of.scenario,
    seed: of.seed,
    ...(of.fromDate === null ? {} : { fromDate: of.fromDate }),
    ...distributionJson(d),
  };
}

/** "geneva-2016: 10,000 runs, seed 2016, from 2016-02-03" */
export function simulationHeading(of: Simulated, runs: number): string {
  const from = of.fromDate === null ? '' : `, from ${clean(of.fromDate)}`;
  return `${clean(of.scenario)}: ${counted(runs, 'run')}, seed ${of.seed}${from}`;
}
