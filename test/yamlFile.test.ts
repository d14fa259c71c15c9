/**
 * What the YAML reader hands the checks: the data, each problem once at its line and column, and
 * where any value of the file was written. The limits on a file's shape are checked before it is
 * parsed, each at the place that crosses it.
 */
import { describe, expect, test } from 'vitest';
import { MAX_DEPTH, MAX_ITEMS, shapeProblem } from '../src/scenario/nesting.js';
import { parseYaml } from '../src/scenario/yamlFile.js';

const TOO_DEEP = `YAML: nested more than ${MAX_DEPTH} levels deep`;

/** Each problem as `line:col: message`. */
const problems = (text: string): string[] =>
  parseYaml('f.yaml', text).errors.map((e) => `${e.line}:${e.col}: ${e.message}`);

describe('where a value was written', () => {
  const TEXT = [
    'id: talks',
    'events:',
    '  - id: first',
    '    date: 2016-01-29',
    '  - id: second',
    '    payload: { place: Geneva }',
    '',
  ].join('\n');

  test('a value of a list item, and its key', () => {
    const file = parseYaml('f.yaml', TEXT);
    expect(file.positionOf(['events', 1, 'payload', 'place'])).toEqual({
      file: 'f.yaml',
      line: 6,
      col: 23,
    });
    expect(file.positionOf(['events', 0, 'date'], true)).toEqual({
      file: 'f.yaml',
      line: 4,
      col: 5,
    });
    expect(file.positionOf(['events', 0, 'date'])).toMatchObject({ line: 4, col: 11 });
    expect(file.positionOf([])).toMatchObject({ line: 1, col: 1 });
  });

  test('a path that goes past what was written falls back to the nearest value it reached', () => {
    const file = parseYaml('f.yaml', TEXT);
    expect(file.positionOf(['events', 1, 'actor'])).toMatchObject({ line: 5, col: 5 });
    expect(file.positionOf(['events', 7, 'date'])).toMatchObject({ line: 3, col: 3 });
    expect(file.positionOf(['events', 0, 'date', 'day'])).toMatchObject({ line: 4, col: 11 });
    expect(file.positionOf(['events', 'first'])).toMatchObject({ line: 3, col: 3 });
  });

  test('the file starts where its first value does, after any comment', () => {
    const file = parseYaml('f.yaml', '# talks\nid: talks\n');
    expect(file.positionOf([])).toMatchObject({ line: 2, col: 1 });
    expect(file.positionOf(['events'])).toMatchObject({ line: 2, col: 1 });
  });

  test('a key with no value, and a list index into a single value, stop at what was written', () => {
    expect(parseYaml('f.yaml', '? place\n').positionOf(['place', 'city'])).toMatchObject({
      line: 1,
      col: 3,
    });
    expect(parseYaml('f.yaml', TEXT).positionOf(['events', 0, 'date', 0])).toMatchObject({
      line: 4,
      col: 11,
    });
  });

  test('a lazy position reads the same line and column when asked, as plain fields', () => {
    const file = parseYaml('f.yaml', TEXT);
    const lazy = file.lazyPositionOf(['events', 1, 'payload']);
    expect({ ...lazy }).toEqual({ file: 'f.yaml', line: 6, col: 14 });
    expect(Object.keys(lazy)).toEqual(['file', 'line', 'col']);
  });

  test('a valid file has its data and no problem', () => {
    const file = parseYaml('f.yaml', TEXT);
    expect(file.errors).toEqual([]);
    expect(file.data).toEqual({
      id: 'talks',
      events: [
        { id: 'first', date: '2016-01-29' },
        { id: 'second', payload: { place: 'Geneva' } },
      ],
    });
  });
});

describe('keys', () => {
  test('a key written twice in one mapping, at the second', () => {
    expect(problems('a: 1\nb:\n  a: 2\na: 3\n')).toEqual([
      '4:1: YAML: key "a" appears twice in this mapping',
    ]);
    expect(parseYaml('f.yaml', 'a: 1\na: 3\n').errors[0]?.hint).toBe(
      'each key may appear once in a mapping',
    );
  });

  test("keys naming an object's internals, wherever they stand", () => {
    expect(parseYaml('f.yaml', 'constructor: 1\n').errors[0]?.hint).toBe(
      'no scenario field has this name; remove it',
    );
    expect(problems('a:\n  __proto__: 1\n  constructor: 2\nprototype: 3\n').sort()).toEqual([
      '2:3: YAML: the key "__proto__" is not allowed',
      '3:3: YAML: the key "constructor" is not allowed',
      '4:1: YAML: the key "prototype" is not allowed',
    ]);
  });

  test('a key that is a list or a mapping is a problem, and numbers are keys like any name', () => {
    expect(problems('[a]: 1\n')).toEqual(['1:1: YAML: a key is a list or a mapping']);
    expect(parseYaml('f.yaml', '{a: 1}: 2\n').errors[0]?.hint).toBe('keys are field names');
    expect(parseYaml('f.yaml', '2016: x\n').data).toEqual({ 2016: 'x' });
  });

  test('twenty problems at most: past those, the rest mostly follow from the first', () => {
    const text = `a: 0\n${Array.from({ length: 25 }, (_, i) => `a: ${i + 1}\n`).join('')}`;
    const found = problems(text);
    expect(found).toHaveLength(20);
    expect(found[19]).toBe('21:1: YAML: key "a" appears twice in this mapping');
  });
});

describe('mistakes the parser reports in its own words', () => {
  test('a line indented past its mapping is told where it starts, by how much', () => {
    expect(parseYaml('f.yaml', 'a: 1\nb: 2\n    c: 3\n').errors[0]).toEqual({
      file: 'f.yaml',
      line: 3,
      col: 5,
      message: 'YAML: this line is indented 4 more than the keys above it',
      hint: 'keys of one mapping start in the same column; a value that goes on a line of its own is indented under its key',
    });
    expect(problems('events:\n  - id: x\n      date: 1\n')[0]).toBe(
      '3:7: YAML: this line is indented 2 more than the keys above it',
    );
  });

  test('a quote never closed on the last line says no more than that, with the mark that opened it', () => {
    const hints = (text: string) => parseYaml('f.yaml', text).errors.map((e) => e.hint);
    expect(hints("a: 'x")).toEqual([
      "the quote that opens here is never closed: end the value with '",
    ]);
    expect(hints('a: "x')).toEqual([
      'the quote that opens here is never closed: end the value with "',
    ]);
    expect(hints("a: 'x\nb: 2\n")).toEqual([
      "the quote that opens here is never closed and runs on to the end of the file: end the value with '",
    ]);
  });

  test('a tab that indents a line is the one problem told, not what the parser makes of the rest', () => {
    expect(problems('a:\n\tb: 1\nc: [\n')).toEqual(['2:1: YAML: a tab indents this line']);
    expect(problems('a: [\n')).not.toEqual([]);
  });

  test.each([
    [
      'a tag on a list or a mapping of the wrong kind',
      'a: !!map [1]\n',
      4,
      'a tag (!name) parley does not know',
      'scenario files need no tags: remove it',
    ],
    [
      'a comma missing between items in brackets',
      'a: ["x" "y"]\n',
      9,
      'a comma is missing between the items in brackets',
      'separate items in [ ] and { } with commas',
    ],
  ])('%s is the one problem told', (_name, text, col, message, hint) => {
    expect(parseYaml('f.yaml', text).errors).toEqual([
      { file: 'f.yaml', line: 1, col, message: `YAML: ${message}`, hint },
    ]);
  });
});

describe('aliases', () => {
  test('a few aliases are read; a hundred copies and more refuse the file at its start', () => {
    expect(parseYaml('f.yaml', 'a: &x [1, 2]\nb: *x\n').data).toEqual({ a: [1, 2], b: [1, 2] });
    const levels = ['a: &l0 [0, 0, 0, 0, 0, 0, 0, 0, 0]'];
    for (let i = 1; i < 4; i += 1) levels.push(`l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`)}]`);
    const file = parseYaml('f.yaml', `${levels.join('\n')}\n`);
    expect(file.data).toBeUndefined();
    expect(file.errors).toEqual([
      {
        file: 'f.yaml',
        line: 1,
        col: 1,
        message: 'YAML: aliases (*name) expand to more than 100 copies',
        hint: 'aliases may stand for at most 100 copies of what they name',
      },
    ]);
  });
});

describe('limits on the shape, before parsing', () => {
  const brackets = (depth: number) => `a: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
  const blocks = (depth: number) =>
    `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`;

  test(`${MAX_DEPTH} levels of brackets are read; one more is refused at its bracket`, () => {
    expect(problems(brackets(MAX_DEPTH - 1))).toEqual([]);
    expect(shapeProblem(brackets(MAX_DEPTH))).toBeNull();
    expect(shapeProblem(brackets(MAX_DEPTH + 1))).toEqual({
      kind: 'deep',
      offset: 3 + MAX_DEPTH,
      exact: true,
    });
    const file = parseYaml('f.yaml', `x: 1\n${brackets(MAX_DEPTH + 1)}`);
    expect(file.data).toBeUndefined();
    // Nothing was read to place a value in: every position is the file's start.
    expect({ ...file.lazyPositionOf(['a']) }).toEqual({ file: 'f.yaml', line: 1, col: 1 });
    expect(file.errors).toEqual([
      {
        file: 'f.yaml',
        line: 2,
        col: 4 + MAX_DEPTH,
        message: TOO_DEEP,
        hint: 'a scenario needs a few levels; check the brackets and indentation here',
      },
    ]);
    expect(file.positionOf(['x'])).toEqual({ file: 'f.yaml', line: 1, col: 1 });
  });

  test('closing brackets count back down: many lists side by side are not deep', () => {
    expect(shapeProblem(`a: [${'[1], '.repeat(MAX_DEPTH * 2)}1]\n`)).toBeNull();
  });

  test(`block nesting past ${MAX_DEPTH} levels is found by the parser, at the mapping that crosses`, () => {
    expect(problems(blocks(MAX_DEPTH))).toEqual([]);
    expect(problems(blocks(MAX_DEPTH + 1))).toEqual([
      `${MAX_DEPTH + 1}:${MAX_DEPTH + 1}: ${TOO_DEEP}`,
    ]);
  });

  test('block nesting twice the limit is stopped by the estimate, and placed by parsing the part before it', () => {
    const text = blocks(3 * MAX_DEPTH);
    expect(shapeProblem(text)).toMatchObject({ kind: 'deep', exact: false });
    expect(shapeProblem(blocks(2 * MAX_DEPTH))).toBeNull();
    expect(problems(text)).toEqual([`${MAX_DEPTH + 1}:${MAX_DEPTH + 1}: ${TOO_DEEP}`]);
  });

  test('braces nest as brackets do, and commas and colons inside them close nothing', () => {
    const braces = (depth: number) => `a: ${'{b: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
    const listed = (depth: number) => `a: ${'[1, '.repeat(depth)}1${']'.repeat(depth)}\n`;
    for (const nested of [braces, listed]) {
      expect(shapeProblem(nested(MAX_DEPTH))).toBeNull();
      expect(shapeProblem(nested(MAX_DEPTH + 1))).toMatchObject({ kind: 'deep', exact: true });
    }
  });

  test('a list closed inside a list leaves the outer one open', () => {
    const inner = `${'['.repeat(MAX_DEPTH)}1${']'.repeat(MAX_DEPTH)}`;
    expect(shapeProblem(`a: [[1], ${inner}]\n`)).toMatchObject({ kind: 'deep', exact: true });
  });

  test(`the estimate stops block nesting at ${2 * MAX_DEPTH + 1} columns, at the key that crosses`, () => {
    const text = blocks(2 * MAX_DEPTH + 1);
    expect(shapeProblem(text)).toEqual({
      kind: 'deep',
      offset: text.lastIndexOf('k:'),
      exact: false,
    });
  });

  test('lines of a bracketed list indented ever deeper are no levels', () => {
    const lines = Array.from({ length: 3 * MAX_DEPTH }, (_, i) => `${' '.repeat(i + 1)}1,`);
    expect(shapeProblem(`a: [\n${lines.join('\n')}\n 1]\n`)).toBeNull();
  });

  test('a line indented far out before a deep block does not hide it', () => {
    const deep = Array.from({ length: 3 * MAX_DEPTH }, (_, i) => `${' '.repeat(i + 1)}k:`);
    const text = `a:\n${' '.repeat(300)}b: 1\nc:\n${deep.join('\n')} 1\n`;
    expect(shapeProblem(text)).toMatchObject({ kind: 'deep', exact: false });
  });

  test('a second document starts its levels anew', () => {
    const half = blocks(MAX_DEPTH + 10);
    expect(shapeProblem(`${half}---\n${half}`)).toBeNull();
    expect(shapeProblem(`${half}...\n---\n${half}`)).toBeNull();
  });

  test('Windows line ends count lines as Unix ones do', () => {
    const crlf = (text: string) => text.replaceAll('\n', '\r\n');
    expect(shapeProblem(crlf(blocks(2 * MAX_DEPTH)))).toBeNull();
    expect(shapeProblem(crlf(blocks(3 * MAX_DEPTH)))).toMatchObject({ kind: 'deep', exact: false });
  });

  test('comments, anchors and tags indented ever deeper are no levels', () => {
    const lines = (mark: string) =>
      `${Array.from({ length: 3 * MAX_DEPTH }, (_, i) => `${' '.repeat(i)}${mark}`).join('\n')}\n`;
    expect(shapeProblem(`a: 1\n${lines('# note')}`)).toBeNull();
    expect(shapeProblem(`a:\n${lines('&x')}  1\n`)).toBeNull();
  });

  test('list items ever deeper: a column each for the estimate, two levels each for the parser', () => {
    const items = (depth: number) =>
      `${Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}- k:`).join('\n')} 1\n`;
    expect(shapeProblem(items(2 * MAX_DEPTH - 1))).toBeNull();
    expect(shapeProblem(items(2 * MAX_DEPTH))).toMatchObject({ kind: 'deep', exact: false });
    expect(problems(items(MAX_DEPTH / 2 + 1))).toEqual([
      `${MAX_DEPTH / 2 + 1}:${MAX_DEPTH + 1}: ${TOO_DEEP}`,
    ]);
  });

  test('explicit keys ever deeper count as list items do', () => {
    const keys = (depth: number) =>
      `${Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}? k:`).join('\n')} 1\n`;
    expect(shapeProblem(keys(2 * MAX_DEPTH - 1))).toBeNull();
    expect(shapeProblem(keys(2 * MAX_DEPTH))).toMatchObject({ kind: 'deep', exact: false });
  });

  test(`${MAX_ITEMS} values are read; the one after is refused where it stands`, () => {
    // The key and the bracket are values; the numbers after them fill up to the limit.
    const values = (n: number) => `a: [${'1,'.repeat(n - 3)}1]\n`;
    expect(shapeProblem(values(MAX_ITEMS))).toBeNull();
    expect(shapeProblem(values(MAX_ITEMS + 1))).toEqual({
      kind: 'large',
      offset: 4 + 2 * (MAX_ITEMS - 2),
    });
  });

  test('a file over the count is refused with its count, at the value that crosses it', () => {
    const file = parseYaml('f.yaml', `x: 1\na: [${'1,'.repeat(MAX_ITEMS)}1]\n`);
    expect(file.data).toBeUndefined();
    expect(file.errors).toEqual([
      {
        file: 'f.yaml',
        line: 2,
        col: 4 + 2 * (MAX_ITEMS - 4) + 1,
        message: `YAML: the file holds more than ${MAX_ITEMS} values`,
        hint: 'a scenario of the longest talks holds a few thousand; split it, or extend a base file',
      },
    ]);
  });

  test('commas, colons and closing brackets are not values', () => {
    const half = Math.floor(MAX_ITEMS / 2);
    expect(shapeProblem(`a: [${'1, '.repeat(half)}1]\n`)).toBeNull();
    expect(shapeProblem(`${'{a: 1}, '.repeat(half / 2)}\n`)).toBeNull();
  });
});

describe('an indented line told apart from other mistakes', () => {
  test('each of the parser’s two ways of noticing one indented line tells the indentation', () => {
    expect(problems('a: 1\nb: 2\n    c: 3\n    d: 4\n')).toEqual([
      '3:5: YAML: this line is indented 4 more than the keys above it',
      '3:5: YAML: this line is indented 4 more than the keys above it',
      '3:8: YAML: this line cannot be read as a key and its value',
      '3:8: YAML: a key runs over more than one line',
    ]);
  });

  test('the indented line may be the last, with no line end', () => {
    expect(problems('a: 1\nb: 2\n    c: 3')).toEqual([
      '3:5: YAML: this line is indented 4 more than the keys above it',
      '3:5: YAML: this line is indented 4 more than the keys above it',
    ]);
    expect(problems('a: b: c\n    d')).toEqual([
      '2:5: YAML: this line is indented 4 more than the keys above it',
    ]);
  });

  test('a key and value on the last line, or before a blank or comment line, is not an indentation', () => {
    const said = ['1:4: YAML: this line cannot be read as a key and its value'];
    expect(problems('a: b: c')).toEqual(said);
    expect(problems('a: b: c\n    \n')).toEqual(said);
    expect(problems('a: b: c\n    # a note\n')).toEqual(said);
    expect(problems('a: b: c\n\n    d\n')).toEqual(said);
  });

  test('other mistakes are not taken for indentation, whatever the next line', () => {
    expect(problems('a:\n  - b\n  c\n      d: 1\n')[0]).toBe(
      '3:1: YAML: this line does not line up with the items above it',
    );
  });
});

test('keys that are lists are each told once, never as one key written twice', () => {
  expect(problems('? [a]\n: 1\n? [b]\n: 2\n')).toEqual([
    '1:3: YAML: a key is a list or a mapping',
    '3:3: YAML: a key is a list or a mapping',
  ]);
});
