/** The readable, dated transcript of a run: state changes and the quote under each event. */
import { meaningOf } from '../model/vocabulary.js';
import { REGIONS } from '../model/domain.js';
import { outcomeOf, type Run } from '../engine/run.js';
import type { Step } from '../engine/step.js';
import type { Catalog } from '../scenario/catalog.js';
import { actorLabel, changeLines, citationLine, counted, payloadLine, predictionLine, quoted, ruleLabel, ruleOf, sourceOf } from './describe.js';
import { clean } from './sanitize.js';
import { wrapped } from './table.js';

/** Under an event's heading, which alone may run past the terminal's width. */
const BODY = '    ';

/**
 * "2016-02-02  WALKOUT_THREATENED  High Negotiations Committee (opposition)  #walkout-threat": the id
 * of a scripted event is what `remove`, `replace` and `insert` name; moves made by the policies or
 * the clock are not in the file, so they are marked by their origin instead.
 */
function heading(run: Run, step: Step): string {
  const mark = step.origin === 'script' ? `#${step.id}` : `[${step.origin}]`;
  return `${step.date}  ${step.type}  ${actorLabel(run.scenario, step.actor)}  ${mark}`;
}

export function textTranscript(run: Run, catalog: Catalog): string {
  const { scenario } = run;
  const lines = [...wrapped(clean(scenario.title), ''), `scenario ${scenario.id}, seed ${run.seed}, ${counted(run.entries.length, 'step')}`, ''];
  for (const { step } of run.entries) {
    lines.push(heading(run, step));
    const body = [meaningOf(step.type), payloadLine(step)];
    body.push(...(step.accepted ? changeLines(step) : [`REFUSED: ${step.reason}`]));
    const rule = ruleOf(scenario, step);
    if (rule) body.push(`rule: ${ruleLabel(rule)}`);
    body.push(predictionLine(step) ?? '');
    if (step.note) body.push(`note: ${clean(step.note)}`);
    if (step.source) body.push(quoted(step.source.quote));
    lines.push(...body.flatMap((text) => wrapped(text, BODY)));
    if (step.source) {
      const source = sourceOf(catalog, step);
      lines.push(...wrapped(`-- ${source ? citationLine(source) : clean(step.source.doc)}`, '      '));
    }
    lines.push('');
  }
  const outcome = outcomeOf(run);
  lines.push(`Outcome on ${outcome.date}`);
  const facts = [...REGIONS.map((region) => `${region}: ${outcome.state[region]}`), `confidence: ${outcome.confidence}/100`];
  for (const [actor, claim] of Object.entries(outcome.claims)) facts.push(`${actorLabel(scenario, actor)} says: ${claim}`);
  for (const d of outcome.pendingDeadlines) facts.push(`pending walkout deadline: ${d.due} (${actorLabel(scenario, d.actor)})`);
  if (outcome.refused) facts.push(`refused events: ${outcome.refused}`);
  lines.push(...facts.flatMap((text) => wrapped(text, BODY)));
  return `${lines.join('\n')}\n`;
}
