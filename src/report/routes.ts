/** The routes a simulation's runs took to each ending, as text and as data. */
import type { Distribution } from '../engine/montecarlo.js';
import { REGION_STATES } from '../model/domain.js';
import { routeLinks, type RouteLink } from '../engine/routes.js';
import { counted } from './describe.js';
import { clean } from '../text/sanitize.js';
import { hanging } from './table.js';

/** The routes shown per ending in text; the rest are summed up in one line. JSON has them all. */
const SHOWN = 3;

/**
 * "threat-under-offensive then the deadline"
 * @example routeText([{ kind: 'event', type: 'WALKOUT_THREATENED', recorded: true }, { kind: 'deadline' }]) // 'the recorded WALKOUT_THREATENED then the deadline'
 */
export function routeText(links: readonly RouteLink[]): string {
  if (!links.length) return 'no step: it stayed as it started';
  return links
    .map((link) => {
      if (link.kind === 'rule') return clean(link.rule);
      if (link.kind === 'deadline') return 'the deadline';
      return `the ${link.recorded ? 'recorded' : 'added'} ${link.type}`;
    })
    .join(' then ');
}

interface Ranked {
  readonly links: RouteLink[];
  readonly runs: number;
}

/** Most runs first; ties in the order of their keys, so the ranking never depends on how the runs were split. */
function ranked(counts: Record<string, number>): Ranked[] {
  return Object.entries(counts)
    .sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([key, runs]) => ({ links: routeLinks(key), runs }));
}

/** Each ending the runs reached, with its label and its routes' counts: walkout, process states, ceasefire. */
function endings(d: Distribution): { label: string; counts: Record<string, number> }[] {
  const process = REGION_STATES.process.flatMap((s) => {
    const counts = d.routes.process[s];
    return counts ? [{ label: `process ${s}`, counts }] : [];
  });
  return [
    { label: 'walked out', counts: d.routes.walkedOut },
    ...process,
    { label: 'ceasefire agreed', counts: d.routes.ceasefireAgreed },
  ].filter((e) => Object.keys(e.counts).length);
}

const whole = (share: number): string =>
  share > 0 && share < 0.005 ? '<1%' : `${Math.round(share * 100)}%`;

/**
 * "walked out: 94% through threat-under-offensive then the deadline", the top routes of each ending.
 * @example routesText(d, 'How the runs got there')
 */
export function routesText(d: Distribution, title: string): string[] {
  const lines = ['', title];
  for (const { label, counts } of endings(d)) {
    const routes = ranked(counts);
    const total = routes.reduce((sum, r) => sum + r.runs, 0);
    const shown = routes
      .slice(0, SHOWN)
      .map((r) => ({ share: whole(r.runs / total), text: routeText(r.links) }));
    const rest = routes.slice(SHOWN);
    if (rest.length) {
      const runs = rest.reduce((sum, r) => sum + r.runs, 0);
      shown.push({ share: whole(runs / total), text: `${counted(rest.length, 'other route')}` });
    }
    const lead = `  ${clean(label)}: `;
    const width = Math.max(...shown.map((s) => s.share.length));
    shown.forEach(({ share, text }, i) => {
      lines.push(
        ...hanging(`${i ? ' '.repeat(lead.length) : lead}${share.padStart(width)} through `, text),
      );
    });
  }
  return lines;
}

/** Every route to every ending, most runs first, with its share of the ending's runs. */
export function routesJson(d: Distribution) {
  const list = (counts: Record<string, number>) => {
    const routes = ranked(counts);
    const total = routes.reduce((sum, r) => sum + r.runs, 0);
    return routes.map((r) => ({
      route: r.links,
      text: routeText(r.links),
      runs: r.runs,
      share: r.runs / total,
    }));
  };
  return {
    walkedOut: list(d.routes.walkedOut),
    process: Object.fromEntries(
      REGION_STATES.process.flatMap((s) => {
        const counts = d.routes.process[s];
        return counts ? [[s, list(counts)]] : [];
      }),
    ),
    ceasefireAgreed: list(d.routes.ceasefireAgreed),
  };
}
