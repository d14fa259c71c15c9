/** A printable handout: what happened, in order, with the quote and citation under every event. */
import { REGIONS } from '../model/domain.js';
import { cameoOf, meaningOf } from '../model/vocabulary.js';
import { outcomeOf, type Run } from '../engine/run.js';
import type { Catalog, Source } from '../scenario/catalog.js';
import { stemOf } from '../scenario/starter.js';
import { actorLabel, changeLines, counted, payloadLine, quoted, sourceOf } from './describe.js';
import { mermaidDiagram, runChart } from './diagram.js';
import { glossaryFor } from './glossary.js';
import { clean } from './sanitize.js';
import { escapeMarkdown, markdownTable } from './table.js';

/** Text that cannot break out of a table cell or start markup. */
const md = (text: string): string => escapeMarkdown(clean(text));

/**
 * One row a step: the timeline to read before the detail, with each event's CAMEO code, and the id
 * a what-if names a scripted event by (the policies' and the clock's moves have none in the file).
 */
function timeline(run: Run): string {
  const rows = run.entries.map(({ step }) => [
    String(step.index + 1),
    step.date,
    step.origin === 'script' ? `\`${step.id}\`` : `*${step.origin}*`,
    `\`${step.type}\``,
    cameoOf(step.type),
    md(actorLabel(run.scenario, step.actor)),
    step.accepted ? changeLines(step).map((l) => md(l.replace('->', '→'))).join('; ') : '*refused*',
  ]);
  return markdownTable(['#', 'date', 'id', 'event', 'CAMEO', 'actor', 'state changes'], rows);
}

function reference(source: Source): string {
  const parts = [md(source.outlet), `"${md(source.headline)}"`, source.author ? md(source.author) : null, source.date, source.document ? md(source.document) : null];
  const line = parts.filter(Boolean).join(', ');
  return source.url ? `${line}. <${clean(source.url)}>` : `${line}.`;
}

export function markdownHandout(run: Run, catalog: Catalog): string {
  const { scenario } = run;
  const out: string[] = [`# ${md(scenario.title)}`, ''];
  if (scenario.extends.length) out.push(`A what-if of \`${md(stemOf(scenario.extends[0]!))}\`: the record it extends, changed as the file says.`, '');
  if (scenario.description) out.push(md(scenario.description), '');
  out.push(`Scenario \`${scenario.id}\`, seed ${run.seed}: ${counted(run.entries.length, 'step')} from ${scenario.start}.`, '');
  out.push('## Who is who', '', '| actor | role |', '| --- | --- |');
  for (const a of scenario.actors) out.push(`| ${md(a.name)} | ${a.role} |`);
  out.push('', '## Timeline', '', timeline(run), '');
  out.push('## The path through the statechart', '', 'Each region of the model, the states the run visited, and the dated events that moved it.', '');
  out.push('```mermaid', mermaidDiagram(runChart(run)).trimEnd(), '```', '');
  out.push('## What happened', '');

  const cited: Source[] = [];
  const numberOf = (source: Source): number => {
    if (!cited.includes(source)) cited.push(source);
    return cited.indexOf(source) + 1;
  };
  for (const { step } of run.entries) {
    out.push(`### ${step.index + 1}. ${step.date}: ${md(meaningOf(step.type))}`, '');
    const facts = [`**${md(actorLabel(scenario, step.actor))}**`, `\`${step.type}\``];
    if (step.origin !== 'script') facts.push(`(${step.origin})`);
    out.push(facts.join(' '), '');
    const payload = payloadLine(step);
    const bullets = [
      ...(payload ? [md(payload)] : []),
      ...(step.accepted ? changeLines(step).map((l) => l.replace('->', '→')) : [`**Refused by the model**: ${md(step.reason ?? '')}`]),
      ...(step.note ? [`Note: ${md(step.note)}`] : []),
    ];
    if (bullets.length) out.push(...bullets.map((b) => `- ${b}`), '');
    const source = sourceOf(catalog, step);
    if (step.source) {
      out.push(`> ${md(quoted(step.source.quote))}`);
      out.push(source ? `> (${md(source.outlet)}, ${source.date}) [${numberOf(source)}]` : `> (${md(step.source.doc)})`, '');
    }
  }

  const outcome = outcomeOf(run);
  out.push(`## Where it ended (${outcome.date})`, '', '| region | state |', '| --- | --- |');
  for (const region of REGIONS) out.push(`| ${region} | ${outcome.state[region]} |`);
  out.push(`| confidence | ${outcome.confidence} / 100 |`, '');
  const claims = Object.entries(outcome.claims);
  if (claims.length) {
    out.push('Who says the talks have formally started:', '');
    for (const [actor, claim] of claims) out.push(`- ${md(actorLabel(scenario, actor))}: ${claim}`);
    out.push('');
  }
  const glossary = glossaryFor(out.join('\n'));
  if (glossary.length) {
    out.push('## Glossary', '');
    for (const { term, meaning } of glossary) out.push(`**${term}**: ${meaning}`, '');
  }
  if (cited.length) {
    out.push('## Sources', '');
    cited.forEach((s, i) => out.push(`${i + 1}. ${reference(s)}`));
    out.push('');
  }
  return out.join('\n');
}
