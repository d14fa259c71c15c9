/** The player's `w` ("why?") view: the explanation of the state at the cursor, at 80x24. */
import { describe, expect, test } from 'vitest';
import { KEY, player } from './helpers.js';

const lines = (frame: string): string[] => frame.split('\n');

describe('w: why the talks stand where they stand', () => {
  test('at the end of the record: the pause and its source, the keys that work, in 80x24', async () => {
    const app = await player();
    await app.press(KEY.end);
    const frame = await app.press('w', (t) => t.includes('why? the state at step 36'));
    expect(frame).toContain('process: suspended since 2016-02-03');
    expect(frame).toContain('<- 2016-02-03 TALKS_SUSPENDED #temporary-pause by Staffan de Mistura');
    expect(frame.replace(/\s+/g, ' ')).toContain(
      'the failure of the talks," -- AFP (via Zee News), 2016-02-03',
    );
    expect(frame).toMatch(/w or Esc closes {2}in full: parley explain FILE {2}\(1\/\d+\)/);
    expect(lines(frame).length).toBeLessThanOrEqual(24);
    for (const line of lines(frame)) expect(line.length, line).toBeLessThanOrEqual(80);
    app.unmount();
  });

  test('scrolling reaches the outcome: the pending walkout deadline and the threat that set it', async () => {
    const app = await player();
    await app.press(KEY.end);
    await app.press('w', (t) => t.includes('why?'));
    const frame = await app.press(KEY.down.repeat(30), (t) => t.includes('Outcome'));
    expect(frame.replace(/\s+/g, ' ')).toContain(
      'walked out: no; the walkout deadline of 2016-02-05 is pending',
    );
    app.unmount();
  });

  test('the run is cut at the cursor: after the first step only the delay is explained', async () => {
    const app = await player();
    await app.press(KEY.right);
    const frame = await app.press('w', (t) => t.includes('why? the state at step 1 (2016-01-25)'));
    expect(frame).toContain('process: delayed since 2016-01-25');
    expect(frame).toContain('opposition: undecided, its initial state: no step has moved it');
    expect(frame).not.toContain('suspended since');
    app.unmount();
  });

  test('w closes it as Esc does, back to the step shown', async () => {
    const app = await player();
    await app.press(KEY.end);
    await app.press('w', (t) => t.includes('why?'));
    let frame = await app.press('w', (t) => !t.includes('why?'));
    expect(frame).toContain('timeline 36/36');
    await app.press('w', (t) => t.includes('why?'));
    frame = await app.press(KEY.escape, (t) => !t.includes('why?'));
    expect(frame).toContain('timeline 36/36');
    app.unmount();
  });

  test('the help lists the key', async () => {
    const app = await player();
    const frame = await app.press('?', (t) => t.includes('help'));
    expect(frame).toMatch(/^ {2}w {12}why\? each region's state and the outcome so far/m);
    app.unmount();
  });
});
