/**
 * A team's screen of `parley join`: the news, how the talks stand, whose turn it is and, at the
 * team's turn, its moves. The team's briefing comes first (any key leaves it, b brings it back);
 * then ↑/↓ choose, Enter sends the move (with its default payload), w waits. Everything drawn came over the network: it is cleaned first.
 */
import { Box, useApp, useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { join, type Joined, type Seat } from '../../net/client.js';
import type { HostMessage } from '../../net/protocol.js';
import type { TeamView } from '../../report/teamView.js';
import { clean } from '../../text/sanitize.js';
import { fitWidth } from '../../text/fit.js';
import { Panel } from '../Dialogs.js';
import { Line } from '../Line.js';
import { useTerminalSize, type Size } from '../useTerminalSize.js';
import { Blank, Options, Regions, rowsFor } from './GameParts.js';

const KEYS = '↑/↓ choose  Enter sends  w waits  b briefing  q quits';

/** The connection and the last view; `problem` once it fails. */
function useSeat(seat: Seat, onClosed: (problem: string | null) => void) {
  const [view, setView] = useState<TeamView | null>(null);
  const [message, setMessage] = useState(
    `joining ${seat.address.host}:${seat.address.port} as ${seat.team}`,
  );
  const joined = useRef<Joined | null>(null);
  useEffect(() => {
    let seen = false;
    let goodbye: string | null = null;
    const connection = join(seat, {
      message: (m: HostMessage) => {
        if (m.t === 'view') {
          if (!seen) setMessage(`joined as ${seat.team}`);
          seen = true;
          setView(m.view);
        } else if (m.t === 'refused') setMessage(`refused: ${m.problem}`);
        else if (m.t === 'taken') setMessage('sent');
        else {
          goodbye = m.reason;
          setMessage(`the host: ${m.reason}`);
        }
      },
      closed: (problem) =>
        onClosed(problem ?? (seen ? null : (goodbye ?? 'the host closed the connection'))),
    });
    joined.current = connection;
    return () => connection.close();
  }, [seat, onClosed]);
  return { view, message, decide: (line: string) => joined.current?.decide(line) };
}

export function JoinScreen({
  seat,
  onClosed,
  size,
}: {
  readonly seat: Seat;
  readonly onClosed: (problem: string | null) => void;
  readonly size?: Size;
}) {
  const { columns: width, rows: height } = useTerminalSize(size);
  const { exit } = useApp();
  const { view, message, decide } = useSeat(seat, onClosed);
  const [selected, setSelected] = useState(0);
  // The briefing first: what the team plays, before the news.
  const [briefing, setBriefing] = useState(true);
  const options = view?.options ?? [];
  useInput((input, key) => {
    if (input === 'q') return exit();
    if (briefing || input === 'b') return setBriefing(!briefing);
    if (!view?.yours) return;
    if (key.upArrow) setSelected((s) => Math.max(0, s - 1));
    if (key.downArrow) setSelected((s) => Math.min(options.length - 1, s + 1));
    if (input === 'w') decide('wait');
    if (key.return && options.length) decide(String(Math.min(selected, options.length - 1) + 1));
    if (input === 'w' || key.return) setSelected(0);
  });
  const title = `team ${clean(seat.team)}`;
  const status = <Line tone="dim">{fitWidth(clean(message), width)}</Line>;
  if (!view || briefing)
    return (
      <Box flexDirection="column" height={height}>
        <Panel
          title={`${title}: briefing`}
          width={width}
          height={height - 1}
          keys="any key: the game  q quits"
        >
          {(view?.briefing ?? []).slice(0, height - 3).map((line, i) => (
            <Line key={`brief${i}`}>{fitWidth(clean(line), width)}</Line>
          ))}
        </Panel>
        {status}
      </Box>
    );
  const turn = `${view.turn}${view.paused ? '  (paused by the facilitator)' : ''}`;
  // Rows: title, news, two of regions, turn, options, the chosen one's meaning, keys, status.
  const { optionRows, newsRows } = rowsFor(height, 7, options.length);
  const at = Math.min(selected, options.length - 1);
  const news = view.news.slice(-newsRows);
  return (
    <Box flexDirection="column" height={height}>
      <Panel
        title={title}
        width={width}
        height={height - 1}
        keys={view.yours ? KEYS : 'b briefing  q quits'}
      >
        {news.map((line, i) => (
          <Line key={`news${view.news.length - news.length + i}`}>
            {fitWidth(clean(line), width)}
          </Line>
        ))}
        <Blank rows={newsRows - news.length} />
        <Regions lines={view.regions} width={width} />
        <Line tone="heading">{fitWidth(clean(turn), width)}</Line>
        <Options options={options} at={at} rows={optionRows} width={width} />
        <Line>{fitWidth(clean(view.yours ? `  ${view.meanings[at] ?? ''}` : ''), width)}</Line>
      </Panel>
      {status}
    </Box>
  );
}
