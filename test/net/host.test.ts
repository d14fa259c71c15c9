/**
 * The classroom host on 127.0.0.1 only: two scripted teams play a whole game; wrong codes,
 * hostile messages and a dropped connection do the game no harm; the saved file resumes it.
 * Every server closes at the end of its test, and every wait is bounded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { currentTurn, gameScenario } from '../../src/engine/game.js';
import { gameFromFile } from '../../src/engine/gameFile.js';
import { defaultCatalog } from '../../src/engine/load.js';
import { join, type Joined } from '../../src/net/client.js';
import { MAX_CLIENTS, startHost, type Host } from '../../src/net/host.js';
import type { HostMessage } from '../../src/net/protocol.js';
import type { TeamView } from '../../src/report/teamView.js';
import { mustLoad } from '../helpers/scenarios.js';
import { newGame, SMALL } from '../helpers/game.js';

let folder = '';
let host: Host | null = null;
beforeAll(() => {
  folder = mkdtempSync(joinPath(tmpdir(), 'parley-host-'));
  return () => rmSync(folder, { recursive: true, force: true });
});
afterEach(async () => {
  await host?.end('the test is over');
  host = null;
});

async function hostSmall(name: string, helloWithinMs?: number): Promise<Host> {
  const game = newGame(mustLoad(SMALL), ['opposition', 'government']);
  host = await startHost({
    game,
    path: joinPath(folder, `${name}.yaml`),
    catalog: defaultCatalog(),
    port: 0,
    bind: '127.0.0.1',
    ...(helloWithinMs ? { helloWithinMs } : {}),
  });
  return host;
}

/** A team at the table: what the host said to it, and a way to wait for what comes next. */
interface Client {
  readonly said: HostMessage[];
  readonly joined: Joined;
  next(pick: (m: HostMessage) => boolean): Promise<HostMessage>;
  readonly closed: Promise<string | null>;
}

function teamClient(port: number, team: string, code: string): Client {
  const said: HostMessage[] = [];
  const waiting: { pick: (m: HostMessage) => boolean; done: (m: HostMessage) => void }[] = [];
  let closedWith: (p: string | null) => void = () => {};
  const closed = new Promise<string | null>((resolve) => {
    closedWith = resolve;
  });
  const joined = join(
    { address: { host: '127.0.0.1', port }, team, code },
    {
      message: (m) => {
        said.push(m);
        for (const w of [...waiting])
          if (w.pick(m)) {
            waiting.splice(waiting.indexOf(w), 1);
            w.done(m);
          }
      },
      closed: (p) => closedWith(p),
    },
  );
  const next = (pick: (m: HostMessage) => boolean): Promise<HostMessage> =>
    new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`${team}: nothing came`)), 5000);
      waiting.push({
        pick,
        done: (m) => {
          clearTimeout(timer);
          done(m);
        },
      });
    });
  return { said, joined, next, closed };
}

const isView = (m: HostMessage): m is Extract<HostMessage, { t: 'view' }> => m.t === 'view';
const lastView = (c: Client): TeamView | undefined => c.said.filter(isView).at(-1)?.view;
const codeOf = (h: Host, team: string): string => h.codes.get(team) ?? '';

/** A raw connection that sends `lines` as they are and collects what comes back until it closes. */
function raw(port: number, lines: readonly string[]): Promise<{ replies: unknown[]; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('the host kept the connection open'));
    }, 15_000);
    socket.on('connect', () => {
      for (const line of lines) socket.write(line);
    });
    socket.on('data', (d) => {
      text += d.toString();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      const replies = text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as unknown);
      resolve({ replies, ms: Date.now() - started });
    });
  });
}

describe('a hosted game', () => {
  it('plays to the end with two teams, each moving only at its turn, and saves what it plays', async () => {
    const h = await hostSmall('whole');
    const opposition = teamClient(h.port, 'opposition', codeOf(h, 'opposition'));
    const government = teamClient(h.port, 'government', codeOf(h, 'government'));
    await Promise.all([opposition.next(isView), government.next(isView)]);
    expect(lastView(government)?.yours).toBe(true);
    expect(lastView(opposition)?.yours).toBe(false);
    expect(lastView(opposition)?.briefing[0]).toBe('You are team opposition: The opposition.');

    // Out of turn: refused, and the game has not moved.
    opposition.joined.decide('wait');
    const early = await opposition.next((m) => m.t === 'refused');
    expect(early).toEqual({ t: 'refused', problem: "it is government's turn, not opposition's" });

    government.joined.decide('DELEGATION_ARRIVED');
    await government.next((m) => m.t === 'taken');
    expect(lastView(opposition)?.news[0]).toBe(
      '2016-02-01 The government DELEGATION_ARRIVED [team government]',
    );
    opposition.joined.decide('wait');
    await opposition.next((m) => m.t === 'taken');
    opposition.joined.decide('WALKOUT_THREATENED');
    const refused = await opposition.next((m) => m.t === 'refused');
    expect(refused.t === 'refused' && refused.problem).toMatch(
      /^WALKOUT_THREATENED is refused now/,
    );
    opposition.joined.decide('DELEGATION_ARRIVED');
    await opposition.next((m) => m.t === 'taken');
    government.joined.decide('wait');
    await government.next((m) => m.t === 'taken');

    expect(lastView(opposition)?.over).toBe(true);
    expect(lastView(government)?.over).toBe(true);
    const { game } = h.state().table;
    expect(currentTurn(game)).toBeNull();
    expect(gameScenario(game).events.map((e) => e.id)).toEqual([
      'instead-of-gov-arrives',
      'offensive',
      'instead-of-hnc-threatens',
      'envoy-meets-gov',
    ]);
    // The file saved as the game went replays to it.
    const saved = mustLoad(joinPath(folder, 'whole.yaml'));
    const resumed = gameFromFile(saved, mustLoad(SMALL));
    expect(resumed.ok && resumed.game.decisions).toEqual(game.decisions);
  });

  it('refuses a wrong code, more slowly each time, and still lets the right one in', async () => {
    const h = await hostSmall('codes');
    const hello = (code: string): string =>
      `${JSON.stringify({ t: 'hello', team: 'opposition', code })}\n`;
    const first = await raw(h.port, [hello('WRONG1')]);
    const second = await raw(h.port, [hello('WRONG2')]);
    const third = await raw(h.port, [hello('WRONG3')]);
    expect(first.replies).toEqual([
      { t: 'bye', reason: "wrong code or team: ask the facilitator for your team's code" },
    ]);
    expect(second.ms).toBeGreaterThan(first.ms);
    expect(third.ms).toBeGreaterThanOrEqual(700);
    // A team name that is not in the game gets the same answer: nothing to probe.
    const stranger = await raw(h.port, [
      `${JSON.stringify({ t: 'hello', team: 'russia', code: codeOf(h, 'opposition') })}\n`,
    ]);
    expect(stranger.replies).toEqual(first.replies);
    const right = teamClient(h.port, 'opposition', codeOf(h, 'opposition').toLowerCase());
    expect(isView(await right.next(isView))).toBe(true);
  });

  it('refuses malformed, unexpected and oversized messages without harm to the game', async () => {
    const h = await hostSmall('hostile');
    const before = h.state().table.run.entries.length;
    const garbage = await raw(h.port, [
      'not json\n',
      '{"t":"eval","code":"process.exit(1)"}\n',
      '{"t":"decide","line":"1"}\n',
    ]);
    expect(garbage.replies).toEqual([
      { t: 'refused', problem: 'a message parley does not understand' },
      { t: 'refused', problem: 'a message parley does not understand' },
      { t: 'bye', reason: 'join first: the first message names the team and its code' },
    ]);
    const huge = await raw(h.port, [`{"t":"hello","team":"${'x'.repeat(5000)}"`]);
    expect(huge.replies).toEqual([{ t: 'bye', reason: 'a message too long' }]);
    const strikes = await raw(
      h.port,
      Array.from({ length: 6 }, () => '[]\n'),
    );
    expect(strikes.replies.at(-1)).toEqual({
      t: 'bye',
      reason: 'too many messages parley does not understand',
    });
    // A joined team's text is bounded and cleaned: control characters never reach a screen.
    const government = teamClient(h.port, 'government', codeOf(h, 'government'));
    await government.next(isView);
    government.joined.decide('\u001b[2J1\u0007 2');
    const refused = await government.next((m) => m.t === 'refused');
    expect(JSON.stringify(refused)).not.toMatch(/\\u001b|\\u0007/);
    expect(h.state().table.run.entries.length).toBe(before);
    government.joined.decide('1');
    await government.next((m) => m.t === 'taken');
    expect(h.state().table.run.entries.length).toBeGreaterThan(before);
  });

  it('closes a connection that never says hello, and turns away more than it serves at once', async () => {
    const h = await hostSmall('crowd', 300);
    const silent = await raw(h.port, []);
    expect(silent.replies).toEqual([
      { t: 'bye', reason: 'no hello in time: the first message names the team and its code' },
    ]);
    const open: Socket[] = [];
    for (let i = 0; i < MAX_CLIENTS; i += 1) {
      const socket = connect(h.port, '127.0.0.1');
      socket.on('error', () => {});
      await new Promise((resolve) => socket.once('connect', resolve));
      open.push(socket);
    }
    const extra = await raw(h.port, [
      `${JSON.stringify({ t: 'hello', team: 'opposition', code: codeOf(h, 'opposition') })}\n`,
    ]);
    expect(extra.replies).toEqual([]);
    for (const socket of open) socket.destroy();
  });

  it('lets a team that dropped join again with its code and get the state back', async () => {
    const h = await hostSmall('rejoin');
    const first = teamClient(h.port, 'government', codeOf(h, 'government'));
    await first.next(isView);
    first.joined.decide('1');
    await first.next((m) => m.t === 'taken');
    const news = lastView(first)?.news;
    first.joined.close();
    await first.closed;
    expect(h.state().joined.has('government')).toBe(false);
    const again = teamClient(h.port, 'government', codeOf(h, 'government'));
    const view = await again.next(isView);
    expect(isView(view) && view.view.news).toEqual(news);
    expect(h.state().joined.has('government')).toBe(true);
    // The same team joining from a second terminal takes the seat; the first is told why.
    const told = again.next((m) => m.t === 'bye');
    const second = teamClient(h.port, 'government', codeOf(h, 'government'));
    await second.next(isView);
    expect(await told).toEqual({
      t: 'bye',
      reason: 'your team joined again from another terminal',
    });
  });

  it('lets the facilitator pause, move the clock on for a team, and drop the next recorded event', async () => {
    const h = await hostSmall('facilitator');
    const government = teamClient(h.port, 'government', codeOf(h, 'government'));
    await government.next(isView);
    const told = government.next((m) => isView(m) && m.view.paused);
    h.setPaused(true);
    await told;
    government.joined.decide('1');
    const paused = await government.next((m) => m.t === 'refused');
    expect(paused).toEqual({ t: 'refused', problem: 'the facilitator has paused the game' });
    h.setPaused(false);
    expect(h.dropNextEvent()).toBeNull();
    expect(h.state().table.game.dropped).toEqual(['offensive']);
    expect(h.waitForTeam()).toBeNull();
    expect(currentTurn(h.state().table.game)?.team.name).toBe('opposition');
    // Dropped and waited, as saved: the file resumes to the same game.
    const saved = mustLoad(joinPath(folder, 'facilitator.yaml'));
    const resumed = gameFromFile(saved, mustLoad(SMALL));
    expect(resumed.ok && resumed.game.dropped).toEqual(['offensive']);
    expect(resumed.ok && resumed.game.decisions).toEqual(h.state().table.game.decisions);
  });
});

describe("the facilitator's own moves", () => {
  it('makes a move of an actor no team plays happen before the team decides, saved and resumed', async () => {
    const h = await hostSmall('inject');
    const government = teamClient(h.port, 'government', codeOf(h, 'government'));
    await government.next(isView);
    const offered = h.injectable();
    expect(offered.every((m) => m.actor !== 'gov' && m.actor !== 'hnc')).toBe(true);
    const meeting = offered.find((m) => m.type === 'ENVOY_MET');
    if (!meeting) throw new Error('the envoy has no meeting to offer');
    const news = government.next((m) => isView(m) && m.view.news.length > 0);
    expect(h.injectMove({ kind: 'move', ...meeting })).toBeNull();
    await news;
    expect(lastView(government)?.news[0]).toBe('2016-02-01 The envoy ENVOY_MET [what-if]');
    // A team's actor is the team's to move, not the facilitator's.
    expect(h.injectMove({ kind: 'move', actor: 'hnc', type: 'PROTEST_HELD', payload: {} })).toBe(
      "hnc is team opposition's to move",
    );
    // The team then waits: the saved file still places the facilitator's move where it was.
    expect(h.waitForTeam()).toBeNull();
    const game = h.state().table.game;
    const resumed = gameFromFile(mustLoad(joinPath(folder, 'inject.yaml')), mustLoad(SMALL));
    expect(resumed.ok && gameScenario(resumed.game).events.map((e) => e.id)).toEqual(
      gameScenario(game).events.map((e) => e.id),
    );
    expect(resumed.ok && resumed.game.injected).toEqual(
      game.injected.map((i) => ({ ...i, before: 'hnc-arrives' })),
    );
  });
});

describe("a team's connection", () => {
  it('says plainly when nothing listens at the address', async () => {
    const { createServer } = await import('node:net');
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
    const address = spare.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((resolve) => spare.close(() => resolve()));
    const closed = teamClient(port, 'government', 'ABCDEF').closed;
    expect(await closed).toBe(
      `cannot reach 127.0.0.1:${port}: nothing listens there (is parley host running, and is this the address it printed?)`,
    );
  });
});
