/** Two runs side by side: where they part, and how each region and the outcome differ. */
import { remadeSteps, type Divergence, type Remade } from '../engine/compare.js';
import type { Step } from '../engine/step.js';
import { outcomeOf, type Run } from '../engine/run.js';
import { REGIONS } from '../model/domain.js';
import { actorLabel, counted, effectLines, markOf, payloadLine } from './describe.js';
import { clean } from '../text/sanitize.js';
import { hanging, wrapped } from './table.js';

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
    `${payload ? `${payload}; ` : ''}confidence after it: ${entry.state.machine.context.confidence}`,
  ];
}

/** How a step came about, for a note on a move both runs made: "by rule X", "by the clock", "as recorded". */
function madeBy(step: Step): string {
  if (step.origin === 'policy') return `by rule ${clean(step.policy ?? '')}`;
  if (step.origin === 'deadline') return 'by the clock';
  return step.recorded ? 'as recorded' : 'as the what-if writes it';
}

/** "step 10, 2016-01-30 DELEGATION_ARRIVED by hnc: A as recorded, B remade by rule arrive-after-assurances" */
function remadeLines(remade: readonly Remade[]): string[] {
  if (!remade.length) return [];
  const lines = remade.flatMap(({ index, a, b }) => {
    const [ra, rb] = [
      a.origin === 'script' ? madeBy(a) : `remade ${madeBy(a)}`,
      b.origin === 'script' ? madeBy(b) : `remade ${madeBy(b)}`,
    ];
    return hanging(
      '  - ',
      `step ${index + 1}, ${a.date} ${a.type} by ${clean(a.actor)}: A ${ra}, B ${rb}`,
    );
  });
  return ['The same move in both runs, made differently (not a parting):', ...lines, ''];
}

/** @example comparisonText(['record', 'what-if'], runA, runB, firstDivergence(runA, runB)) */
export function comparisonText(
  names: readonly [string, string],
  a: Run,
  b: Run,
  divergence: Divergence | null,
): string {
  const lines = [
    `A: ${clean(names[0])} (seed ${a.seed})`,
    `B: ${clean(names[1])} (seed ${b.seed})`,
    '',
  ];
  const remade = remadeLines(remadeSteps(a, b));
  if (!divergence) {
    lines.push(
      ...remade,
      `The runs are the same: ${counted(a.entries.length, 'step')}, step for step.`,
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(...remade);
  lines.push(
    `The runs part at step ${divergence.index + 1}, after ${counted(divergence.index, 'step')} in common:`,
  );
  const [la, lb] = [stepLines(a, divergence.index), stepLines(b, divergence.index)];
  const side = (label: string, [head = '', ...rest]: string[]): string[] => [
    ...hanging(label, head),
    ...rest.flatMap((l) => wrapped(l, '     ')),
  ];
  lines.push(...side('  A: ', la), ...side('  B: ', lb), '');
  const [oa, ob] = [outcomeOf(a), outcomeOf(b)];
  const row = (label: string, x: string, y: string, same = x === y): string =>
    `  ${label.padEnd(18)}${x.padEnd(WIDTH)}${y.padEnd(WIDTH)}${same ? '' : '<- differs'}`.trimEnd();
  lines.push(row('Where they end', `A (${oa.date})`, `B (${ob.date})`, oa.date === ob.date));
  for (const region of REGIONS) lines.push(row(region, oa.state[region], ob.state[region]));
  lines.push(row('confidence', String(oa.confidence), String(ob.confidence)));
  lines.push(row('walkout', oa.walkout?.date ?? 'none', ob.walkout?.date ?? 'none'));
  lines.push(
    row('ceasefire agreed', oa.ceasefireAgreed ? 'yes' : 'no', ob.ceasefireAgreed ? 'yes' : 'no'),
  );
  lines.push(row('steps', String(a.entries.length), String(b.entries.length)));
  // A record stops at its last event; a what-if's rules and clock run on to the scenario's end.
  // A difference that only the later run had time to make is not a difference in what happened.
  if (oa.date !== ob.date) {
    const [early, late, name] = oa.date < ob.date ? [oa, ob, 'A'] : [ob, oa, 'B'];
    const pending = early.pendingDeadlines.map(
      (d) => `a walkout deadline of ${d.due} is still pending there`,
    );
    lines.push(
      '',
      ...wrapped(
        `${name} stops on ${early.date}${pending.length ? ` (${pending.join('; ')})` : ''}; the other run goes on to ${late.date}: what happens after ${early.date} has no counterpart in ${name}.`,
        '  ',
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
