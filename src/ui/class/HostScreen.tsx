/**
 * The facilitator's screen of `parley host`: the join lines with who has joined, the news, how
 * each region stands, whose turn it is, and what happened in the room. The facilitator pauses the
 * game, moves the clock on for a team that takes too long, drops the next recorded event, or ends
 * the game; every change is saved and sent to the teams by the host (net/host.ts).
 */
import { Box, useApp, useInput } from 'ink';
import { useEffect, useState } from 'react';
import { currentTurn, type Game } from '../../engine/game.js';
import { saveAtomically, saveProblem } from '../../files/saveFile.js';
import type { Host, HostEvent } from '../../net/host.js';
import { classHandout } from '../../report/debrief.js';
import { regionLines, stepLine, turnLine } from '../../report/gameText.js';
import type { Catalog } from '../../scenario/catalog.js';
import { clean } from '../../text/sanitize.js';
import { fitWidth } from '../../text/fit.js';
import { Panel } from '../Dialogs.js';
import { Line } from '../Line.js';
import { useTerminalSize, type Size } from '../useTerminalSize.js';
import { Blank, Regions } from './GameParts.js';
import { InjectDialog } from './InjectDialog.js';

const KEYS = 'p pause  w team waits  i event  x drop next  m handout  e/q end';
const ROOM_LINES = 3;

/** The host's state and the room's last lines, drawn again after each change. */
function useHost(host: Host) {
  const [, setTick] = useState(0);
  const [room, setRoom] = useState<readonly string[]>([]);
  useEffect(
    () =>
      host.subscribe((event: HostEvent) => {
        if (event.kind === 'room') setRoom((lines) => [...lines, event.line].slice(-ROOM_LINES));
        setTick((n) => n + 1);
      }),
    [host],
  );
  return {
    state: host.state(),
    room,
    say: (line: string) => setRoom((l) => [...l, line].slice(-ROOM_LINES)),
  };
}

/** Writes the game's handout with its debrief (report/debrief.ts); says where, or why not. */
function writeHandout(game: Game, path: string, catalog: Catalog): string {
  try {
    saveAtomically(path, classHandout(game, catalog), true);
    return `handout written to ${path}`;
  } catch (error) {
    return `handout not written: ${saveProblem(path, error) ?? String(error)}`;
  }
}

export function HostScreen({
  host,
  heading,
  handoutPath,
  catalog,
  size,
}: {
  readonly host: Host;
  /** Where `m` writes the handout. */
  readonly handoutPath: string;
  /** The title, where the game is saved, and the join lines. */
  readonly heading: readonly string[];
  readonly catalog: Catalog;
  readonly size?: Size;
}) {
  const { columns: width, rows: height } = useTerminalSize(size);
  const { exit } = useApp();
  const { state, room, say } = useHost(host);
  const { game, run } = state.table;
  const turn = currentTurn(game);
  const [injecting, setInjecting] = useState(false);
  useInput(
    (input) => {
      if (input === 'q' || input === 'e') exit();
      if (input === 'i' && turn) {
        if (host.injectable().length) setInjecting(true);
        else say('not done: no actor no team plays has a move the talks accept now');
      }
      if (input === 'p') host.setPaused(!state.paused);
      const problem =
        input === 'w' ? host.waitForTeam() : input === 'x' ? host.dropNextEvent() : null;
      if (problem) say(`not done: ${problem}`);
      if (input === 'm') say(writeHandout(state.table.game, handoutPath, catalog));
    },
    { isActive: !injecting },
  );
  if (injecting && turn)
    return (
      <InjectDialog
        host={host}
        date={turn.date}
        width={width}
        height={height}
        onDone={(said) => {
          setInjecting(false);
          if (said) say(said);
        }}
      />
    );
  const [title = '', ...rest] = heading;
  const joins = rest.map((line) => {
    const team = [...host.codes.keys()].find((t) => line.endsWith(` --as ${t}`));
    return team && state.joined.has(team) ? `${line}  (joined)` : line;
  });
  const status = turn
    ? `${turnLine(game, turn, width)}${state.paused ? '  (paused)' : ''}`
    : 'The game is over: the record holds no more moves for the teams.';
  // Rows: title rule, the join lines, regions, turn, room lines, keys; the news takes the rest.
  const newsRows = Math.max(1, height - 2 - joins.length - 2 - 1 - ROOM_LINES - 1);
  const news = run.entries.slice(-newsRows).map((e) => e.step);
  return (
    <Box flexDirection="column" height={height}>
      <Panel title={`host: ${clean(title)}`} width={width} height={height} keys={KEYS}>
        {joins.map((line, i) => (
          <Line key={`join${i}`}>{fitWidth(clean(line), width)}</Line>
        ))}
        {news.map((s, i) => (
          <Line key={`news${run.entries.length - news.length + i}`}>
            {stepLine(game, s, width, catalog)}
          </Line>
        ))}
        <Blank rows={newsRows - news.length} />
        <Regions lines={regionLines(run)} width={width} />
        <Line tone="heading">{status}</Line>
        {Array.from({ length: ROOM_LINES }, (_, i) => (
          <Line key={`room${i}`} tone="dim">
            {fitWidth(clean(room[i] ?? ''), width)}
          </Line>
        ))}
      </Panel>
    </Box>
  );
}
