/**
 * A YAML mistake is told in parley's words, at the line and column of the mistake: the parser's
 * own messages speak of its API (`YAML.parseAllDocuments`, "implicit keys"), which an author
 * writing a scenario by hand cannot act on.
 */
import { describe, expect, test } from 'vitest';
import { parseYaml } from '../src/scenario/yamlFile.js';

const CHECK_LINES = 'check the indentation and quoting of this line and the one above';

/** The text, then the first problem: line, column, message after "YAML: ", hint. */
const CASES: readonly (readonly [string, string, number, number, string, string])[] = [
  [
    'a tab before a key',
    'a:\n\tb: 1\n',
    2,
    1,
    'a tab indents this line',
    'indent with spaces: YAML does not allow tabs (most editors can turn tabs into spaces)',
  ],
  [
    'a second document',
    'a: 1\n---\nb: 2\n',
    2,
    1,
    'the file holds more than one document (a line of --- starts another)',
    'a scenario is one document: remove the second ---, or split the file in two',
  ],
  [
    'a quoted key over two lines',
    'a: 1\n"b\nc": 2\n',
    2,
    1,
    'a key runs over more than one line',
    'quote text that contains a colon followed by a space',
  ],
  [
    'a list item left of its list',
    'a:\n  - 1\n - 2\n',
    3,
    1,
    'this line cannot be read as a key and its value',
    'a key is missing its colon, or a value runs onto the next line',
  ],
  [
    'an unknown escape in double quotes',
    'a: "x\\q"\n',
    1,
    6,
    'a backslash in double quotes starts an escape YAML does not know',
    'write \\\\ for a backslash, or use single quotes',
  ],
  [
    'a value starting with @',
    'a: @x\n',
    1,
    4,
    'a value cannot start with this character',
    'put the value in quotes',
  ],
  [
    'a list over lines inside brackets',
    'a: [\n- 1\n]\n',
    2,
    1,
    'this line does not line up with the items above it',
    CHECK_LINES,
  ],
  [
    'a tag',
    'a: !foo 1\n',
    1,
    4,
    'a tag (!name) parley does not know',
    'scenario files need no tags: remove it',
  ],
  [
    'two tags',
    'a: !!str !!str 1\n',
    1,
    10,
    'a value has more than one tag (!name)',
    'remove all but one',
  ],
  [
    'two anchors',
    'a: &x &y 1\n',
    1,
    7,
    'a value has more than one anchor (&name)',
    'remove all but one',
  ],
  [
    'an alias with no name',
    'a: &x 1\nb: * \n',
    2,
    4,
    'an anchor (&name) or alias (*name) is written wrongly',
    'an anchor or alias needs a name, and an alias no anchor or tag of its own',
  ],
  [
    'an alias with a tag',
    'a: &x 1\nb: !!str *x\n',
    2,
    10,
    'an anchor (&name) or alias (*name) is written wrongly',
    'an anchor or alias needs a name, and an alias no anchor or tag of its own',
  ],
  [
    'a key of 1100 characters',
    `${'k'.repeat(1100)}: 1\n`,
    1,
    1,
    'a key is longer than 1024 characters',
    'keys are field names: check for a missing line break',
  ],
  [
    'an unknown directive',
    '%FOO bar\n---\na: 1\n',
    1,
    1,
    'a line starting with % is a directive parley does not know',
    'remove it',
  ],
  [
    'an anchor against a bracket',
    'a: &x[1]\n',
    1,
    6,
    'an anchor or tag needs a space after it',
    CHECK_LINES,
  ],
  [
    'a block list inside brackets',
    'a: [\n  - 1\n]\n',
    2,
    3,
    'a list or mapping written over lines stands inside [ ] or { }',
    'write it inside the brackets, with commas',
  ],
  [
    'a comment against a value',
    'a: "x"# c\n',
    1,
    7,
    'a # that starts a comment needs a space before it',
    'quote text that contains #',
  ],
  ['a line of its own after a list', '- a\nb\n', 2, 1, 'this is not valid YAML here', CHECK_LINES],
  ['a key with no colon', 'a: 1\nb\nc: 2\n', 2, 1, 'a key has no colon after it', CHECK_LINES],
  [
    'an anchor before the ? it belongs after',
    '- &a ? b\n',
    1,
    6,
    'an anchor or a tag stands before the - or ? it belongs after',
    'move it after the - or ?',
  ],
  [
    'something missing the parser cannot name',
    '&a - 1\n',
    1,
    1,
    'a quote, comma, colon or line is missing here',
    CHECK_LINES,
  ],
];

describe('a YAML mistake in parley words', () => {
  test.each(CASES)('%s', (_name, text, line, col, message, hint) => {
    const { data, errors } = parseYaml('f.yaml', text);
    expect(data).toBeUndefined();
    expect(errors[0]).toEqual({ file: 'f.yaml', line, col, message: `YAML: ${message}`, hint });
  });

  test('a quote never closed is placed where it opens, and says where it runs on to', () => {
    const { errors } = parseYaml('f.yaml', 'a: 1\nb: "x\nc: 2\n');
    expect(errors[0]).toEqual({
      file: 'f.yaml',
      line: 2,
      col: 4,
      message: 'YAML: a quoted value is never closed',
      hint: 'the quote that opens here is never closed and runs on to the end of the file: end the value with "',
    });
  });

  test('only tabs are reported when a tab indents a line: what follows from it is not', () => {
    const { errors } = parseYaml('f.yaml', 'a:\n\tb: 1\n c\n');
    expect(errors.map((e) => e.message)).toEqual(['YAML: a tab indents this line']);
  });
});
