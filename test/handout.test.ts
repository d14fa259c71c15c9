/** The printable handout: timeline, the run's path through the statechart, and only the glossary terms it uses. */
import { describe, expect, test } from 'vitest';
import { markdownHandout } from '../src/report/markdown.js';
import { mermaidDiagram, runChart } from '../src/report/diagram.js';
import { glossaryFor } from '../src/report/glossary.js';
import { defaultCatalog } from '../src/engine/load.js';
import { ASTANA, GENEVA, replayFile } from './helpers/scenarios.js';

const sectionOf = (text: string, title: string): string =>
  text.split(`## ${title}\n`)[1]!.split('\n## ')[0]!;

describe('markdown handout', () => {
  const geneva = replayFile(GENEVA);
  const handout = markdownHandout(geneva, defaultCatalog());

  test('has a timeline table: one row a step, with date, event id, event, CAMEO code, actor and every effect', () => {
    const rows = sectionOf(handout, 'Timeline')
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('|'));
    expect(rows[0]).toBe('| # | date | id | event | CAMEO | actor | effects |');
    expect(rows).toHaveLength(geneva.entries.length + 2);
    expect(rows).toContain(
      '| 15 | 2016-02-01 | `aleppo-offensive` | `OFFENSIVE_LAUNCHED` | 190 | Syrian government forces | confidence 24 → 4 (-20); offensive by Syrian government forces: north of Aleppo, massive |',
    );
    expect(rows).toContain(
      '| 28 | 2016-02-02 | `walkout-threat` | `WALKOUT_THREATENED` | 139 | High Negotiations Committee (opposition) | opposition: attending → walkoutThreat; walkout deadline set for 2016-02-05: endAirStrikes, releaseDetainees, humanitarianAccess, liftSieges unmet |',
    );
    expect(rows).toContain(
      '| 2 | 2016-01-25 | `proximity-format` | `STATEMENT_ISSUED` | 010 | Staffan de Mistura, UN Special Envoy for Syria | no state change |',
    );
    expect(sectionOf(handout, 'Timeline')).toMatch(
      /^Every step below is on the record, with its source\.$/m,
    );
  });

  test('lists every effect under each step, the claim of the declared start among them', () => {
    expect(sectionOf(handout, 'What happened')).toContain(
      [
        '- process: preparatory → proximityTalks.declared',
        '- confidence 11 → 16 (+5)',
        '- claim: Staffan de Mistura says started',
      ].join('\n'),
    );
  });

  test("draws the run's path as a Mermaid diagram", () => {
    expect(sectionOf(handout, 'The path through the statechart')).toContain(
      `\`\`\`mermaid\n${mermaidDiagram(runChart(geneva))}\`\`\``,
    );
  });

  test('explains the terms it uses, and only those', () => {
    const terms = sectionOf(handout, 'Glossary')
      .match(/^\*\*[^*]+\*\*/gm)!
      .map((t) => t.slice(2, -2));
    expect(terms).toEqual(
      expect.arrayContaining([
        'proximity talks',
        'HNC',
        'ISSG',
        'preparatory phase',
        'walkout deadline',
        'CAMEO',
      ]),
    );
    expect(terms).not.toContain('direct talks');
    expect(terms).not.toContain('guarantors');
    const astana = markdownHandout(replayFile(ASTANA), defaultCatalog());
    expect(sectionOf(astana, 'Glossary')).toContain('**cessation of hostilities**');
    expect(sectionOf(astana, 'Glossary')).not.toContain('**ISSG**');
  });

  test('a term is found by its words or by the event types and states that stand for it', () => {
    expect(
      glossaryFor('2016-02-01 process: preparatory -> proximityTalks.declared').map((g) => g.term),
    ).toEqual(['preparatory phase', 'proximity talks']);
    expect(glossaryFor('nothing here')).toEqual([]);
  });
});

test("a what-if's handout marks its own events and the rules' moves, explains the marks, and labels a rule's quote as its motivation", () => {
  const goodwill = markdownHandout(
    replayFile('scenarios/what-if/goodwill-gesture.yaml'),
    defaultCatalog(),
  );
  const timeline = sectionOf(goodwill, 'Timeline');
  expect(timeline).toContain(
    '- **\\[what-if\\]** an event a what-if added or changed: not on the record',
  );
  expect(timeline).toContain(
    "- **\\[rule\\]** a move an actor's rule made, drawn by chance: not on the record, no source of its own",
  );
  // Only the marks the run uses are explained: this run has no deadline passing.
  expect(timeline).not.toContain('[clock\\]');
  const clocked = sectionOf(
    markdownHandout(replayFile('test/fixtures/engine/paused-past-deadline.yaml'), defaultCatalog()),
    'Timeline',
  );
  expect(clocked).toContain(
    "- **\\[clock\\]** a walkout deadline passing on the model's clock: not on the record, no source of its own",
  );
  expect(clocked).toContain(
    '| 38 | 2016-02-05 | **\\[clock\\]** | `DEADLINE_PASSED` |  | High Negotiations Committee (opposition) | opposition: walkoutThreat → attending; walkout deadline of 2016-02-05 lapsed: the talks were not sitting |',
  );
  expect(timeline).toContain(
    '| 4 | 2016-01-27 | `detainees-and-aid` **\\[what-if\\]** | `GESTURE_MADE` |',
  );
  expect(timeline).toMatch(
    /^\| 9 \| 2016-01-30 \| \*\*\\\[rule\\\]\*\* \| `DELEGATION_ARRIVED` \|/m,
  );
  expect(timeline).toMatch(/^\| 3 \| 2016-01-26 \| `conditions-letter` \| /m);
  const steps = sectionOf(goodwill, 'What happened');
  expect(steps).toContain(
    '**Syrian government delegation (Bashar al-Jaafari)** `GESTURE_MADE` **\\[what-if\\]**\n',
  );
  expect(steps).toContain(
    [
      '**High Negotiations Committee (opposition)** `DELEGATION_ARRIVED` **\\[rule\\]**',
      '',
      '- opposition: undecided → attending',
      '- rule arrive-when-talks-open (90%), set off by #government-arrives: no source of its own',
      '',
      '> the rule\'s motivation: "The intra-Syrian talks will start as of 29 January 2016 in proximity format"',
    ].join('\n'),
  );
});

test("a what-if's handout says what it is a what-if of, and tells its own story, not the record's", () => {
  const text = markdownHandout(
    replayFile('scenarios/what-if/no-aleppo-offensive.yaml'),
    defaultCatalog(),
  );
  expect(text.split('\n').slice(0, 5)).toEqual([
    '# What if: no offensive north of Aleppo',
    '',
    'A what-if of `geneva-2016`: the record it extends, changed as the file says.',
    '',
    "No offensive north of Aleppo, which the record's walkout threat followed. The actors' rules decide whether the opposition still threatens to leave.",
  ]);
  expect(text).not.toContain('overtaken by the offensive');
});
