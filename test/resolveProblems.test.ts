/** Problems found while a file and its bases are read, each at its own line and column. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../src/engine/load.js';
import { MAX_EXTENDS } from '../src/scenario/resolve.js';
import { GENEVA, problems } from './helpers/scenarios.js';
import { scratchFiles } from './helpers/scratch.js';

const { dir, file } = scratchFiles('resolve');

describe('reading a scenario and its bases', () => {
  test('a mapping with none of the fields of a scenario is named so, its fields not echoed', () => {
    expect(problems(file('other.yaml', 'name: my-app\nversion: 1.0.0\n'))).toEqual([
      '1:1 is not a scenario file: it has none of the fields of one (id, title, start, actors, events, ...)',
    ]);
  });

  test('a what-if that changes one base rule twice: the second is refused at its id', () => {
    const path = file(
      'twice.yaml',
      [
        `extends: ${GENEVA}`,
        'id: twice',
        'title: twice',
        'policies:',
        '  - { id: threat-under-offensive, probability: 0 }',
        '  - { id: threat-under-offensive, probability: 1 }',
        '',
      ].join('\n'),
    );
    expect(loadScenario(path).diagnostics).toEqual([
      expect.objectContaining({
        line: 6,
        col: 11,
        message: 'policy "threat-under-offensive": duplicate policy id',
        hint: 'a what-if changes a base policy by using its id once',
      }),
    ]);
  });

  test(`a chain of more than ${MAX_EXTENDS} files is stopped at the link that crosses it`, () => {
    file('link-0.yaml', `id: link-0\nextends: ${GENEVA}\ntitle: link 0\n`);
    for (let i = 1; i <= MAX_EXTENDS; i += 1)
      file(`link-${i}.yaml`, `id: link-${i}\ntitle: link ${i}\nextends: ./link-${i - 1}.yaml\n`);
    const { scenario, diagnostics: found } = loadScenario(join(dir, `link-${MAX_EXTENDS}.yaml`));
    expect(scenario).toBeNull();
    expect(found[0]).toMatchObject({
      file: expect.stringMatching(/link-1\.yaml$/),
      line: 3,
      col: 10,
      message: `extends: the chain is more than ${MAX_EXTENDS} files long`,
      hint: 'a what-if extends its record, or one what-if of it; check for a chain written by a program',
    });
    // One message for the chain: the files above the link have no problem of their own.
    expect(found).toHaveLength(1);
    // link-30 to link-0 and the record: 32 files, the longest chain read.
    expect(problems(join(dir, `link-${MAX_EXTENDS - 2}.yaml`))).toEqual([]);
    expect(problems(join(dir, `link-${MAX_EXTENDS - 1}.yaml`))).toHaveLength(1);
  });
});

test("a misspelt field of a rule is told the rule's field it meant, and not again as missing", () => {
  const path = file(
    'misspelt-rule.yaml',
    [
      'id: misspelt-rule',
      'title: T',
      'start: 2016-01-25',
      'actors: [{ id: hnc, name: HNC, role: opposition }]',
      'policies:',
      '  - { id: r, when: { event: OFFENSIVE_LAUNCHED }, then: { actor: hnc, type: WALKED_OUT }, probabilty: 1 }',
      '',
    ].join('\n'),
  );
  const hints = loadScenario(path).diagnostics.map(
    (d) => `${d.line}:${d.col} ${d.message} | ${d.hint}`,
  );
  expect(hints).toEqual([
    '6:91 policies[0]: unknown field "probabilty" | did you mean probability?',
  ]);
});
