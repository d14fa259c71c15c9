/** Two runs side by side: where they part, and how each region and the outcome differ. */
import type { Divergence } from '../engine/compare.js';
import { outcomeOf, type Run } from '../engine/run.js';
import { REGIONS } from '../model/domain.js';
import { actorLabel, counted, effectLines, markOf, payloadLine } from './describe.js';
import { clean } from './sanitize.js';
import { hanging } from './table.js';

/** Wide enough for `proximityTalks.contested`; label, two columns and the mark fit 80 columns. */
const WIDTH = 25;

/** The step where the runs part, with its payload and the confidence after it: the move may be the same and its terms not. */
function stepLines(run: Run, index: number): string[] {
  const entry = run.entries[index];
  if (!entry) return ['(the run has ended)'];
  const { step } = entry;
  const effect = step.accepted ? effectLines(run.scenario, step).join('; ') : 'refused';
  const mark = markOf(step);
  const payload = payloadLine(step);
  return [
    `${step.date} ${step.type} by ${actorLabel(run.scenario, step.actor)}${mark ? ` [${mark}]` : ''}: ${effect}`,
    `   ${payload ? `${payload}; ` : ''}confidence after it: ${entry.state.machine.context.confidence}`,
  ];
}

/** @example comparisonText(['record', 'what-if'], runA, runB, firstDivergence(runA, runB)) */
export function comparisonText(names: readonly [string, string], a: Run, b: Run, divergence: Divergence | null): string {
  const lines = [`A: ${clean(names[0])} (seed ${a.seed})`, `B: ${clean(names[1])} (seed ${b.seed})`, ''];
  if (!divergence) {
    lines.push(`The runs are the same: ${counted(a.entries.length, 'step')}, step for step.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`The runs part at step ${divergence.index + 1}, after ${counted(divergence.index, 'step')} in common:`);
  const [la, lb] = [stepLines(a, divergence.index), stepLines(b, divergence.index)];
  lines.push(...hanging('  A: ', la[0]!), ...la.slice(1).map((l) => `  ${l}`), ...hanging('  B: ', lb[0]!), ...lb.slice(1).map((l) => `  ${l}`), '');
  const [oa, ob] = [outcomeOf(a), outcomeOf(b)];
  const row = (label: string, x: string, y: string, same = x === y): string =>
    `  ${label.padEnd(18)}${x.padEnd(WIDTH)}${y.padEnd(WIDTH)}${same ? '' : '<- differs'}`.trimEnd();
  lines.push(row('Where they end', `A (${oa.date})`, `B (${ob.date})`, oa.date === ob.date));
  for (const region of REGIONS) lines.push(row(region, oa.state[region], ob.state[region]));
  lines.push(row('confidence', String(oa.confidence), String(ob.confidence)));
  lines.push(row('walkout', oa.walkout?.date ?? 'none', ob.walkout?.date ?? 'none'));
  lines.push(row('ceasefire agreed', oa.ceasefireAgreed ? 'yes' : 'no', ob.ceasefireAgreed ? 'yes' : 'no'));
  lines.push(row('steps', String(a.entries.length), String(b.entries.length)));
  return `${lines.join('\n')}\n`;
}
