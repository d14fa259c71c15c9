/**
 * Rendering the player in tests: the real Geneva record's first week (or another scenario), a
 * fixed 80x24 size, no colour. The first week (to the pause of 3 February, 36 steps) keeps the
 * step numbers the tests name when the record grows; the player draws any length alike.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { expect } from 'vitest';
import { App } from '../../src/ui/App.js';
import { defaultCatalog, loadScenario } from '../../src/engine/load.js';
import type { Scenario } from '../../src/scenario/types.js';
import type { Size } from '../../src/ui/useTerminalSize.js';
import type { SimulationOptions } from '../../src/ui/DistributionView.js';

export const RECORD = 'scenarios/geneva-2016.yaml';
export const KEY = {
  right: '\u001B[C',
  left: '\u001B[D',
  home: '\u001B[H',
  end: '\u001B[F',
  enter: '\r',
  escape: '\u001B',
  down: '\u001B[B',
  up: '\u001B[A',
  backspace: '\u007F',
} as const;

/** The first week ends with the envoy's pause of 3 February. */
const FIRST_WEEK_LAST = 'temporary-pause';
let firstWeekFile: string | null = null;

/**
 * The record cut after its first week, written as a file of its own: a fork the player saves
 * extends that file, so it replays the week the player showed, not the whole record.
 */
function firstWeekPath(): string {
  if (firstWeekFile) return firstWeekFile;
  const doc = parseDocument(readFileSync(RECORD, 'utf8'));
  const events = doc.get('events') as YAMLSeq<YAMLMap>;
  const last = events.items.findIndex((e) => e.get('id') === FIRST_WEEK_LAST);
  if (last < 0) throw new Error(`the record has no event ${FIRST_WEEK_LAST}`);
  events.items.splice(last + 1);
  // The record's own end stays: a deadline set in the first week can fall due after its last event.
  firstWeekFile = join(mkdtempSync(join(tmpdir(), 'parley-first-week-')), 'geneva-2016.yaml');
  writeFileSync(firstWeekFile, doc.toString());
  return firstWeekFile;
}

export function geneva(): Scenario {
  const { scenario, diagnostics } = loadScenario(firstWeekPath());
  if (!scenario) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return scenario;
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the last frame passes `check` (polling, never a fixed long sleep). */
export async function waitFor(
  frame: () => string | undefined,
  check: (text: string) => boolean,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = frame() ?? '';
    if (check(text)) return text;
    if (Date.now() > deadline) {
      expect.fail(`frame never matched; last frame:\n${text}`);
    }
    await tick(5);
  }
}

export async function player(
  options: {
    predict?: boolean;
    saveDir?: string;
    size?: Size;
    scenario?: Scenario;
    watch?: boolean;
    simulation?: SimulationOptions;
  } = {},
) {
  const props = {
    scenario: geneva(),
    catalog: defaultCatalog(),
    size: { columns: 80, rows: 24 },
    theme: { colour: false },
    ...options,
  };
  const app = render(<App {...props} />);
  await tick();
  const frame = () => app.lastFrame() ?? '';
  /** The window changes size, as when a person drags its corner. */
  const resize = (columns: number, rows: number): void =>
    app.rerender(<App {...props} size={{ columns, rows }} />);
  /** Writes keys, then waits for the frame to change and to pass `check`. */
  const press = async (
    keys: string,
    check: (text: string) => boolean = () => true,
  ): Promise<string> => {
    const before = frame();
    app.stdin.write(keys);
    const text = await waitFor(frame, (t) => t !== before && check(t));
    // A dialog that just appeared subscribes to stdin in an effect, after its first frame.
    await tick();
    return text;
  };
  return { ...app, frame, press, resize };
}

type Press = Awaited<ReturnType<typeof player>>['press'];

/**
 * In the fork dialog's move list: types `query` to narrow it, picks the first move left, and
 * accepts the defaults of its payload when it has one (Enter on the payload step).
 */
export async function pickMove(
  press: Press,
  query: string,
  done: (text: string) => boolean,
): Promise<string> {
  if (query) await press(query, (t) => t.includes(`filter: ${query}_`));
  const text = await press(KEY.enter, (t) => t.includes('Enter inserts') || done(t));
  return done(text) ? text : press(KEY.enter, done);
}
