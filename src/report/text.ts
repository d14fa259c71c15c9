/** The readable, dated transcript of a run: state changes and the quote under each event. */
import { meaningOf } from '../model/vocabulary.js';
import { REGIONS } from '../model/domain.js';
import { outcomeOf, type Run } from '../engine/run.js';
import type { Catalog } from '../scenario/catalog.js';
import { actorLabel, changeLines, counted, citationLine, payloadLine, predictionLine, ruleLabel, ruleOf, sourceOf } from './describe.js';
import { clean } from './sanitize.js';

const ORIGIN_MARK = { script: '', policy: '  [policy]', deadline: '  [deadline]' } as const;

export function textTranscript(run: Run, catalog: Catalog): string {
  const { scenario } = run;
  const lines = [clean(scenario.title), `scenario ${scenario.id}, seed ${run.seed}, ${counted(run.entries.length, 'step')}`, ''];
  for (const { step } of run.entries) {
    lines.push(`${step.date}  ${step.type}  ${actorLabel(scenario, step.actor)}${ORIGIN_MARK[step.origin]}`);
    lines.push(`    ${meaningOf(step.type)}`);
    const payload = payloadLine(step);
    if (payload) lines.push(`    ${payload}`);
    if (step.accepted) lines.push(...changeLines(step).map((l) => `    ${l}`));
    else lines.push(`    REFUSED: ${step.reason}`);
    const rule = ruleOf(scenario, step);
    if (rule) lines.push(`    rule: ${ruleLabel(rule)}`);
    const prediction = predictionLine(step);
    if (prediction) lines.push(`    ${prediction}`);
    if (step.note) lines.push(`    note: ${clean(step.note)}`);
    const source = sourceOf(catalog, step);
    if (step.source) {
      lines.push(`    "${clean(step.source.quote)}"`);
      lines.push(`      -- ${source ? citationLine(source) : clean(step.source.doc)}`);
    }
    lines.push('');
  }
  const outcome = outcomeOf(run);
  lines.push(`Outcome on ${outcome.date}`);
  for (const region of REGIONS) lines.push(`    ${region}: ${outcome.state[region]}`);
  lines.push(`    confidence: ${outcome.confidence}/100`);
  for (const [actor, claim] of Object.entries(outcome.claims)) lines.push(`    ${actorLabel(scenario, actor)} says: ${claim}`);
  for (const d of outcome.pendingDeadlines) lines.push(`    pending walkout deadline: ${d.due} (${actorLabel(scenario, d.actor)})`);
  if (outcome.refused) lines.push(`    refused events: ${outcome.refused}`);
  return `${lines.join('\n')}\n`;
}
