/**
 * Text from scenario files is data: control sequences in titles, names, payloads, notes and in
 * the values that error messages quote never reach the terminal raw, whatever prints them.
 */
import { cleanup, render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clean, visible } from '../../src/text/sanitize.js';
import { alignColumns } from '../../src/report/table.js';
import { fitLines } from '../../src/text/fit.js';
import { replay } from '../../src/engine/run.js';
import { formatDiagnostic } from '../../src/scenario/diagnostics.js';
import { defaultCatalog, loadScenario } from '../../src/engine/load.js';
import { App } from '../../src/ui/App.js';
import { ensureBuilt, parley, STACK_LINE } from '../helpers/cli.js';
import { mustLoad } from '../helpers/scenarios.js';
import { KEY, waitFor } from '../ui/helpers.js';
import { hostile, RAW_CONTROL, scratchDir } from './helpers.js';

afterEach(cleanup);
beforeAll(ensureBuilt);

const CONTROL_TEXT = hostile('control-text.yaml');

describe.concurrent('the CLI prints control sequences from files as harmless text', () => {
  test.each(['text', 'markdown', 'json'])('replay --format %s', async (format) => {
    const { status, stdout, stderr } = await parley('replay', CONTROL_TEXT, '--format', format);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toContain(format === 'json' ? 'a reason \\u001b[31mred' : 'a reason red');
    expect(stdout).not.toMatch(RAW_CONTROL);
  });

  test('play without a terminal prints the cleaned transcript', async () => {
    const { status, stdout } = await parley('play', CONTROL_TEXT);
    expect(status).toBe(0);
    expect(stdout).toContain('Envoy BLINK');
    expect(stdout).not.toMatch(RAW_CONTROL);
  });

  test('diagram --run', async () => {
    const { status, stdout } = await parley('diagram', CONTROL_TEXT, '--run');
    expect(status).toBe(0);
    expect(stdout).not.toMatch(RAW_CONTROL);
  });

  test('validate shows each control character in the values it quotes as \\u001B, and sends none', async () => {
    const { status, stdout, stderr } = await parley('validate', hostile('control-errors.yaml'));
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'extends: cannot find scenario "missing-\\u001B[2J\\u001B]8;;https://evil.example\\u0007base',
    );
    expect(stderr).toContain('unknown field "colour\\u001B[31m"');
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  test('events and usage errors quote the command line without obeying it', async () => {
    const events = await parley('events', 'WALKOUT\u001B[2J');
    expect(events.status).toBe(1);
    expect(events.stderr).toContain('unknown event type "WALKOUT\\u001B[2J"');
    const usage = await parley('frob\u001B]8;;x\u0007nicate');
    expect(usage.status).toBe(2);
    for (const { stderr } of [events, usage]) expect(stderr).not.toMatch(RAW_CONTROL);
  });
});

test('formatDiagnostic shows control characters in the file name, message and hint', () => {
  const text = formatDiagnostic({
    file: 'a\u001B[2J.yaml',
    line: 1,
    col: 1,
    message: 'bad \u0007',
    hint: 'try \b\r',
  });
  expect(text).toBe('a\\u001B[2J.yaml:1:1: bad \\u0007\n  hint: try \\u0008\\u000D');
});

/** The player on a file, 80x24, no colour: a frame may then hold no escape at all. */
async function framesOf(file: string, steps: number): Promise<string[]> {
  const scenario = mustLoad(file);
  const app = render(
    <App
      scenario={scenario}
      catalog={defaultCatalog()}
      size={{ columns: 80, rows: 24 }}
      theme={{ colour: false }}
    />,
  );
  const frame = () => app.lastFrame() ?? '';
  const frames = [await waitFor(frame, (t) => t.includes('step 0/'))];
  for (let i = 1; i <= steps; i += 1) {
    app.stdin.write(KEY.right);
    frames.push(await waitFor(frame, (t) => t.includes(`step ${i}/`)));
  }
  return frames;
}

describe('the player', () => {
  test('shows titles, names, payloads and notes with their control sequences taken out', async () => {
    const frames = await framesOf(CONTROL_TEXT, 2);
    expect(frames.join('\n')).toContain('Envoy BLINK');
    for (const frame of frames) expect(frame).not.toMatch(RAW_CONTROL);
  });

  test('keeps Arabic names and wide characters within 80 columns and 24 rows', async () => {
    const frames = await framesOf(hostile('arabic.yaml'), 2);
    expect(frames.join('\n')).toContain('الهيئة');
    for (const frame of frames) {
      const lines = frame.split('\n');
      expect(lines.length).toBeLessThanOrEqual(24);
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    }
  });
});

test("the run itself keeps the text as written: cleaning is the views' job", () => {
  const scenario = loadScenario(CONTROL_TEXT).scenario!;
  expect(scenario.title).toContain('\u001B[31m');
  expect(replay(scenario).entries).toHaveLength(2);
});

describe.concurrent('invisible and direction-changing characters, and wide ones', () => {
  const TRICK = '\u202Eevil\u200B';

  test('are dropped from display text and shown as <U+202E> in messages', () => {
    expect(clean(`a${TRICK}b`)).toBe('aevilb');
    expect(visible(`a${TRICK}b`)).toBe('a<U+202E>evil<U+200B>b');
    // The joiner inside an emoji family stays: it is part of the picture.
    expect(clean('👨\u200D👩')).toBe('👨\u200D👩');
  });

  test('a file quoting them: the message shows them, the terminal never gets them', async () => {
    const path = join(scratchDir('bidi'), 'bidi.yaml');
    writeFileSync(
      path,
      `id: bidi\ntitle: "Talks ${TRICK}"\nkind: what-if\nstart: 2016-01-25\nactors:\n  - { id: un, name: Envoy, role: envoy }\nevents:\n  - { id: e, date: 2016-01-26, actor: un, type: "STATEMENT${TRICK}" }\n`,
    );
    const { status, stderr } = await parley('validate', path);
    expect(status).toBe(1);
    expect(stderr).toContain('STATEMENT<U+202E>evil<U+200B>');
    expect(stderr).not.toMatch(/[\u202E\u200B]/);
    const fixed = readFileSync(path, 'utf8').replace(`STATEMENT${TRICK}`, 'STATEMENT_ISSUED');
    writeFileSync(path, fixed);
    const shown = await parley('replay', path);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('Talks evil');
    expect(shown.stdout).not.toMatch(/[\u202E\u200B]/);
  });

  test.each(['replay', 'rules'])(
    '%s of wide (CJK, emoji) text: every wrapped line fits 80 terminal columns',
    async (command) => {
      const { status, stdout } = await parley(command, hostile('arabic.yaml'));
      expect(status).toBe(0);
      // A step's heading (date, type, actor, id) is the one line left whole, by design (src/report/text.ts).
      const wrappedLines = stdout
        .split('\n')
        .filter((line) => !/^\d{4}-\d\d-\d\d {2}[A-Z_]+ {2}/.test(line));
      expect(wrappedLines.filter((line) => stringWidth(line) > 80)).toEqual([]);
    },
  );

  test('wrapping counts columns: a CJK line wraps at half the characters', () => {
    expect(fitLines('日内瓦和谈 日内瓦和谈', 10, Infinity)).toEqual(['日内瓦和谈', '日内瓦和谈']);
    expect(fitLines('日内瓦和谈日内瓦和谈', 6, 1)).toEqual(['日内…']);
    expect(
      alignColumns([
        ['日内瓦', 'x'],
        ['ab', 'y'],
      ]),
    ).toBe('日内瓦  x\nab      y\n');
  });
});
