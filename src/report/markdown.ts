/** A printable handout: what happened, in order, with the quote and citation under every event. */
import { REGIONS } from '../model/domain.js';
import { cameoOf, meaningOf } from '../model/vocabulary.js';
import { outcomeOf, type Run } from '../engine/run.js';
import type { Step } from '../engine/step.js';
import type { Catalog, Source } from '../scenario/catalog.js';
import { stemOf } from '../scenario/starter.js';
import {
  actorLabel,
  counted,
  effectLines,
  MARK_MEANINGS,
  markOf,
  marksUsed,
  motivationLine,
  motivationOf,
  originLine,
  payloadLine,
  quoted,
  type Mark,
} from './describe.js';
import { mermaidDiagram, runChart } from './diagram.js';
import { glossaryFor } from './glossary.js';
import { clean } from '../text/sanitize.js';
import { escapeMarkdown, markdownTable } from './table.js';

/** Text that cannot break out of a table cell or start markup. */
/** File text as Markdown: cleaned, and its Markdown characters escaped. */
export const md = (text: string): string => escapeMarkdown(clean(text));

/** "**[rule]**": the word that marks a step not on the record, as the legend spells it out. */
const markTag = (mark: Mark): string => `**\\[${mark}\\]**`;

/** Effects read with arrows in print. */
const arrowed = (line: string): string => md(line.replace(/ -> /g, ' → '));

/**
 * One row a step: the timeline to read before the detail, with each event's CAMEO code, the id
 * a what-if names a scripted event by (the rules' and the clock's moves have none in the file),
 * and the mark of a step not on the record.
 */
function timeline(run: Run): string {
  const rows = run.entries.map(({ step }) => {
    const mark = markOf(step);
    return [
      String(step.index + 1),
      step.date,
      [step.origin === 'script' ? `\`${step.id}\`` : null, mark ? markTag(mark) : null]
        .filter(Boolean)
        .join(' '),
      `\`${step.type}\``,
      cameoOf(step.type),
      md(actorLabel(run.scenario, step.actor)),
      step.accepted ? effectLines(run.scenario, step).map(arrowed).join('; ') : '*refused*',
    ];
  });
  return markdownTable(['#', 'date', 'id', 'event', 'CAMEO', 'actor', 'effects'], rows);
}

/** What the marks in this handout mean; a run with none says every step is on the record. */
function legend(steps: readonly Step[]): string {
  const used = marksUsed(steps);
  if (!used.length) return 'Every step below is on the record, with its source.';
  return [
    'Steps not on the record are marked:',
    '',
    ...used.map((mark) => `- ${markTag(mark)} ${MARK_MEANINGS[mark]}`),
  ].join('\n');
}

function reference(source: Source): string {
  const parts = [
    md(source.outlet),
    `"${md(source.headline)}"`,
    source.author ? md(source.author) : null,
    source.date,
    source.document ? md(source.document) : null,
  ];
  const line = parts.filter(Boolean).join(', ');
  return source.url ? `${line}. <${clean(source.url)}>` : `${line}.`;
}

export function markdownHandout(
  run: Run,
  catalog: Catalog,
  /** Sections to add after where the run ended (a class game's debrief). */
  more: readonly string[] = [],
): string {
  const { scenario } = run;
  const out: string[] = [`# ${md(scenario.title)}`, ''];
  const [base] = scenario.extends;
  if (base !== undefined)
    out.push(
      `A what-if of \`${md(stemOf(base))}\`: the record it extends, changed as the file says.`,
      '',
    );
  if (scenario.description) out.push(md(scenario.description), '');
  out.push(
    `Scenario \`${scenario.id}\`, seed ${run.seed}: ${counted(run.entries.length, 'step')} from ${scenario.start}.`,
    '',
  );
  out.push('## Who is who', '', '| actor | role |', '| --- | --- |');
  for (const a of scenario.actors) out.push(`| ${md(a.name)} | ${a.role} |`);
  out.push('', '## Timeline', '', legend(run.entries.map((e) => e.step)), '', timeline(run), '');
  out.push(
    '## The path through the statechart',
    '',
    'Each region of the model, the states the run visited, and the dated events that moved it.',
    '',
  );
  out.push('```mermaid', mermaidDiagram(runChart(run)).trimEnd(), '```', '');
  out.push('## What happened', '');

  const cited: Source[] = [];
  const numberOf = (source: Source): number => {
    if (!cited.includes(source)) cited.push(source);
    return cited.indexOf(source) + 1;
  };
  for (const { step } of run.entries) {
    out.push(`### ${step.index + 1}. ${step.date}: ${md(meaningOf(step.type))}`, '');
    const mark = markOf(step);
    const facts = [
      `**${md(actorLabel(scenario, step.actor))}**`,
      `\`${step.type}\``,
      ...(mark ? [markTag(mark)] : []),
    ];
    out.push(facts.join(' '), '');
    const payload = payloadLine(step);
    const origin = originLine(scenario, step);
    const bullets = [
      ...(payload ? [md(payload)] : []),
      ...(step.accepted
        ? effectLines(scenario, step).map(arrowed)
        : [`**Refused by the model**: ${md(step.reason ?? '')}`]),
      ...(origin ? [md(origin)] : []),
      ...(step.note ? [`Note: ${md(step.note)}`] : []),
    ];
    if (bullets.length) out.push(...bullets.map((b) => `- ${b}`), '');
    const cite = (text: string, doc: string): void => {
      const source = catalog.sources.get(doc);
      out.push(
        `> ${md(text)}`,
        source
          ? `> (${md(source.outlet)}, ${source.date}) [${numberOf(source)}]`
          : `> (${md(doc)})`,
        '',
      );
    };
    if (step.source) cite(quoted(step.source.quote), step.source.doc);
    // A rule's quote explains the rule, not the move: it is labelled so.
    const motivation = motivationOf(scenario, step);
    if (motivation) cite(motivationLine(motivation), motivation.doc);
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
  out.push(...more);
  const glossary = glossaryFor(out.join('\n'));
  if (glossary.length) {
    out.push('## Glossary', '');
    for (const { term, meaning } of glossary) out.push(`**${term}**: ${meaning}`, '');
  }
  if (cited.length) {
    out.push('## Sources', '');
    for (const [i, s] of cited.entries()) out.push(`${i + 1}. ${reference(s)}`);
    out.push('');
  }
  return out.join('\n');
}
