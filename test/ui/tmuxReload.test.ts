/**
 * Live reload end to end: the built player in a real 80x24 terminal (tmux) on a copy of the
 * record, the copy changed on disk as an editor beside it would, and the pane read back.
 * Skipped only where tmux is not installed.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CLI, ensureBuilt } from '../helpers/cli.js';
import { GENEVA } from '../helpers/scenarios.js';
import { closePanes, keys, openPane, TMUX, waitForPane } from '../helpers/tmux.js';

describe.skipIf(!TMUX)('parley play reloads the file it shows', () => {
  beforeAll(ensureBuilt, 120_000);

  afterEach(closePanes);

  test('a save replays it at the same step; a broken save lists the problem; q still quits', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parley-live-')), 'geneva-2016.yaml');
    copyFileSync(GENEVA, file);
    const good = readFileSync(file, 'utf8');
    const s = openPane(`node ${CLI} play ${file}; echo "parley exited $?"; sleep 30`);
    await waitForPane(s, (t) => t.includes('step 0/47'));
    keys(s, 'Right', 'Right', 'Right');
    await waitForPane(s, (t) => t.includes('step 3/47'));

    writeFileSync(file, good.replace('id: talks-postponed', 'id: talks-put-off'));
    let pane = await waitForPane(s, (t) => t.includes('reloaded:'));
    expect(pane).toContain('reloaded: 1 event added, 1 event removed, step 3 kept');
    expect(pane).toContain('step 3/47');

    writeFileSync(file, good.replace('type: BOYCOTT_ANNOUNCED', 'type: BOYCOT_ANNOUNCED'));
    pane = await waitForPane(s, (t) => t.includes('not reloaded'));
    expect(pane).toContain('not reloaded: 1 problem · last good run shown · Esc hides');
    expect(pane).toMatch(/geneva-2016\.yaml:\d+:\d+: /);
    expect(pane).toContain('hint: did you mean BOYCOTT_ANNOUNCED?');
    expect(pane).toContain('step 3/47');
    for (const line of pane.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

    // The watchers close with the player: the process ends.
    keys(s, 'q');
    await waitForPane(s, (t) => t.includes('parley exited 0'));
  }, 40_000);
});
