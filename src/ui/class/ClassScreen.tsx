/**
 * The hot-seat screen of `parley class`: the news (the record's events with their sources, the
 * rules' moves, the deadlines), how each region stands, whose turn it is and the team's moves.
 * ↑/↓ choose, Enter chooses (a move with fields opens the player's payload form first), w waits.
 */
import { Box, useApp, useInput } from 'ink';
import { useState } from 'react';
import { currentTurn } from '../../engine/game.js';
import type { Game } from '../../engine/game.js';
import { latestState } from '../../engine/run.js';
import { payloadFields } from '../../model/payloadFields.js';
import { meaningOf } from '../../model/vocabulary.js';
import { optionLines, regionLines, stepLine, turnLine } from '../../report/gameText.js';
import type { Catalog } from '../../scenario/catalog.js';
import { clean } from '../../text/sanitize.js';
import { fitWidth } from '../../text/fit.js';
import { Panel } from '../Dialogs.js';
import { PayloadStep } from '../ForkDialog.js';
import { Line } from '../Line.js';
import { useTerminalSize, type Size } from '../useTerminalSize.js';
import { Blank, Options, Regions, rowsFor } from './GameParts.js';
import { useClassGame } from './useClassGame.js';

const KEYS = '↑/↓ choose  Enter chooses  w waits  q quits';

export function ClassScreen({
  game: start,
  path,
  catalog,
  size,
}: {
  readonly game: Game;
  readonly path: string;
  readonly catalog: Catalog;
  readonly size?: Size;
}) {
  const { columns: width, rows: height } = useTerminalSize(size);
  const { exit } = useApp();
  const { view, choose } = useClassGame(start, path);
  const [selected, setSelected] = useState(0);
  const [editing, setEditing] = useState(false);
  const { game, run, moves } = view;
  const turn = currentTurn(game);
  const move = moves[Math.min(selected, moves.length - 1)] ?? null;
  useInput(
    (input, key) => {
      if (input === 'q') exit();
      if (!turn) return;
      if (key.upArrow) setSelected((s) => Math.max(0, s - 1));
      if (key.downArrow) setSelected((s) => Math.min(moves.length - 1, s + 1));
      if (input === 'w') {
        choose({ kind: 'wait' });
        setSelected(0);
      }
      if (key.return && move) {
        if (payloadFields(move.type).length) setEditing(true);
        else {
          choose({ kind: 'move', actor: move.actor, type: move.type, payload: move.payload });
          setSelected(0);
        }
      }
    },
    { isActive: !editing },
  );
  const title = `class: ${clean(game.scenario.title)}`;
  if (editing && move && turn)
    return (
      <PayloadStep
        title={`${clean(turn.team.name)}: ${move.type} on ${turn.date}`}
        width={width}
        height={height}
        move={move}
        state={{ ...latestState(run), date: turn.date }}
        scenario={game.scenario}
        onInsert={(payload) => {
          setEditing(false);
          setSelected(0);
          choose({ kind: 'move', actor: move.actor, type: move.type, payload });
        }}
        onBack={() => setEditing(false)}
      />
    );
  const options = turn ? [...optionLines(game.scenario, moves, width), '  w wait'] : [];
  const detail = move && turn ? fitWidth(`  ${meaningOf(move.type)}`, width) : '';
  // Rows: title, two of regions, turn, the options, detail, keys, message; the news takes the rest.
  const { optionRows, newsRows } = rowsFor(height, 7, options.length);
  const at = Math.min(selected, moves.length - 1);
  const news = view.steps.slice(-newsRows);
  const freshFrom = view.steps.length - view.fresh;
  return (
    <Box flexDirection="column" height={height}>
      <Panel
        title={title}
        width={width}
        height={height - 1}
        keys={turn ? KEYS : 'the game is over  q quits'}
      >
        {news.map((s, i) => {
          const index = view.steps.length - news.length + i;
          return (
            <Line key={`news${index}`} tone={index >= freshFrom ? 'next' : null}>
              {stepLine(game, s, width, catalog)}
            </Line>
          );
        })}
        <Blank rows={newsRows - news.length} />
        <Regions lines={regionLines(run)} width={width} />
        <Line tone="heading">
          {turn
            ? turnLine(game, turn, width)
            : 'The game is over: the record holds no more moves for the teams.'}
        </Line>
        <Options options={options} at={at} rows={optionRows} width={width} />
        <Line>{detail}</Line>
      </Panel>
      <Line tone="dim">{fitWidth(clean(view.message ?? ''), width)}</Line>
    </Box>
  );
}
