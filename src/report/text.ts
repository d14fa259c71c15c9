/** The readable, dated transcript of a run: state changes and the quote under each event. */
import { meaningOf } from '../model/vocabulary.js';
import { REGIONS } from '../model/domain.js';
import { outcomeOf, type Run } from '../engine/run.js';
import type { Step } from '../engine/step.js';
import type { Catalog } from '../scenario/catalog.js';
import {
  actorLabel,
  citedWhere,
  counted,
  effectLines,
  MARK_MEANINGS,
  markOf,
  marksUsed,
  motivationLine,
  motivationOf,
  originLine,
  payloadLine,
  predictionLine,
  quoted,
} from './describe.js';
import { clean } from '../text/sanitize.js';
import { hanging, wrapped } from './table.js';

/** Under an event's heading, which alone may run past the terminal's width. */
const BODY = '    ';

/**
 * "2016-02-02  WALKOUT_THREATENED  High Negotiations Committee (opposition)  #walkout-threat": the id
 * of a scripted event is what `remove`, `replace` and `insert` name; moves made by the rules or
 * the clock are not in the file. A step not on the record says so: `[what-if]`, `[rule]`, `[clock]`.
 */
function heading(run: Run, step: Step): string {
  const mark = markOf(step);
  const tags = [step.origin === 'script' ? `#${step.id}` : null, mark ? `[${mark}]` : null]
    .filter(Boolean)
    .join(' ');
  return `${step.date}  ${step.type}  ${actorLabel(run.scenario, step.actor)}  ${tags}`;
}

/** The quote and, under it, where it comes from. */
function citation(text: string, where: string): string[] {
  return [...wrapped(text, BODY), ...wrapped(`-- ${where}`, '      ')];
}

export function textTranscript(run: Run, catalog: Catalog): string {
  const { scenario } = run;
  const lines = [
    ...wrapped(clean(scenario.title), ''),
    `scenario ${scenario.id}, seed ${run.seed}, ${counted(run.entries.length, 'step')}`,
    '',
  ];
  // The marks of the steps not on the record, spelled out once before the first of them.
  const marks = marksUsed(run.entries.map((e) => e.step));
  for (const mark of marks) lines.push(...hanging(`[${mark}] `, MARK_MEANINGS[mark]));
  if (marks.length) lines.push('');
  for (const { step } of run.entries) {
    lines.push(heading(run, step));
    const body = [meaningOf(step.type), payloadLine(step)];
    body.push(...(step.accepted ? effectLines(scenario, step) : [`REFUSED: ${step.reason}`]));
    body.push(originLine(scenario, step) ?? '', predictionLine(step) ?? '');
    if (step.note) body.push(`note: ${clean(step.note)}`);
    lines.push(...body.flatMap((text) => wrapped(text, BODY)));
    if (step.source)
      lines.push(...citation(quoted(step.source.quote), citedWhere(catalog, step.source)));
    // A rule's quote explains the rule, not the move: it is labelled so, under the rule.
    const motivation = motivationOf(scenario, step);
    if (motivation)
      lines.push(...citation(motivationLine(motivation), citedWhere(catalog, motivation)));
    lines.push('');
  }
  const outcome = outcomeOf(run);
  lines.push(`Outcome on ${outcome.date}`);
  const facts = [
    ...REGIONS.map((region) => `${region}: ${outcome.state[region]}`),
    `confidence: ${outcome.confidence}/100`,
  ];
  for (const [actor, claim] of Object.entries(outcome.claims))
    facts.push(`${actorLabel(scenario, actor)} says: ${claim}`);
  for (const d of outcome.pendingDeadlines)
    facts.push(`pending walkout deadline: ${d.due} (${actorLabel(scenario, d.actor)})`);
  if (outcome.refused) facts.push(`refused events: ${outcome.refused}`);
  lines.push(...facts.flatMap((text) => wrapped(text, BODY)));
  return `${lines.join('\n')}\n`;
}
