/** The printable handout: timeline, the run's path through the statechart, and only the glossary terms it uses. */
import { describe, expect, test } from 'vitest';
import { markdownHandout } from '../src/report/markdown.js';
import { mermaidDiagram, runChart } from '../src/report/diagram.js';
import { glossaryFor } from '../src/report/glossary.js';
import { defaultCatalog } from '../src/scenario/load.js';
import { ASTANA, GENEVA, replayFile } from './helpers/scenarios.js';

const sectionOf = (text: string, title: string): string => text.split(`## ${title}\n`)[1]!.split('\n## ')[0]!;

describe('markdown handout', () => {
  const geneva = replayFile(GENEVA);
  const handout = markdownHandout(geneva, defaultCatalog());

  test('has a timeline table: one row a step, with date, event id, event, CAMEO code, actor and state changes', () => {
    const rows = sectionOf(handout, 'Timeline').trim().split('\n');
    expect(rows[0]).toBe('| # | date | id | event | CAMEO | actor | state changes |');
    expect(rows).toHaveLength(geneva.entries.length + 2);
    expect(rows).toContain('| 28 | 2016-02-02 | `walkout-threat` | `WALKOUT_THREATENED` | 139 | High Negotiations Committee (opposition) | opposition: attending → walkoutThreat |');
  });

  test('draws the run\'s path as a Mermaid diagram', () => {
    expect(sectionOf(handout, 'The path through the statechart')).toContain(`\`\`\`mermaid\n${mermaidDiagram(runChart(geneva))}\`\`\``);
  });

  test('explains the terms it uses, and only those', () => {
    const terms = sectionOf(handout, 'Glossary').match(/^\*\*[^*]+\*\*/gm)!.map((t) => t.slice(2, -2));
    expect(terms).toEqual(expect.arrayContaining(['proximity talks', 'HNC', 'ISSG', 'preparatory phase', 'walkout deadline', 'CAMEO']));
    expect(terms).not.toContain('direct talks');
    expect(terms).not.toContain('guarantors');
    const astana = markdownHandout(replayFile(ASTANA), defaultCatalog());
    expect(sectionOf(astana, 'Glossary')).toContain('**cessation of hostilities**');
    expect(sectionOf(astana, 'Glossary')).not.toContain('**ISSG**');
  });

  test('a term is found by its words or by the event types and states that stand for it', () => {
    expect(glossaryFor('2016-02-01 process: preparatory -> proximityTalks.declared').map((g) => g.term)).toEqual(['preparatory phase', 'proximity talks']);
    expect(glossaryFor('nothing here')).toEqual([]);
  });
});

test('a what-if\'s handout says what it is a what-if of, and tells its own story, not the record\'s', () => {
  const text = markdownHandout(replayFile('scenarios/what-if/no-aleppo-offensive.yaml'), defaultCatalog());
  expect(text.split('\n').slice(0, 5)).toEqual([
    '# What if: no offensive north of Aleppo',
    '',
    'A what-if of `geneva-2016`: the record it extends, changed as the file says.',
    '',
    'No offensive north of Aleppo, which the record\'s walkout threat followed. The actors\' rules decide whether the opposition still threatens to leave.',
  ]);
  expect(text).not.toContain('overtaken by the offensive');
});
