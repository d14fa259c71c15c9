/**
 * The facilitator's "this happens now" (`i` on the host's screen): one of the moves the actors no
 * team plays may make, with the payload form where the move has fields; the host checks it again
 * and tells the teams as news.
 */
import { useState } from 'react';
import type { PreviewedMove } from '../../engine/movePreview.js';
import { latestState } from '../../engine/run.js';
import { payloadFields } from '../../model/payloadFields.js';
import type { Host } from '../../net/host.js';
import { effectLines, shortActorLabel } from '../../report/describe.js';
import { clean } from '../../text/sanitize.js';
import { Menu } from '../Dialogs.js';
import { PayloadStep } from '../ForkDialog.js';

export function InjectDialog({
  host,
  date,
  width,
  height,
  onDone,
}: {
  readonly host: Host;
  /** The day the move happens: the turn's. */
  readonly date: string;
  readonly width: number;
  readonly height: number;
  /** Called with what to tell the facilitator, or null when nothing was made to happen. */
  readonly onDone: (said: string | null) => void;
}) {
  const [moves] = useState(() => host.injectable());
  const [editing, setEditing] = useState<PreviewedMove | null>(null);
  const { game, run } = host.state().table;
  const made = (move: PreviewedMove, payload: PreviewedMove['payload']): void => {
    const problem = host.injectMove({ kind: 'move', actor: move.actor, type: move.type, payload });
    onDone(problem ? `not done: ${problem}` : `made to happen: ${move.actor} ${move.type}`);
  };
  if (editing)
    return (
      <PayloadStep
        title={`this happens on ${date}: ${editing.type}`}
        width={width}
        height={height}
        move={editing}
        state={{ ...latestState(run), date }}
        scenario={game.scenario}
        onInsert={(payload) => made(editing, payload)}
        onBack={() => setEditing(null)}
      />
    );
  return (
    <Menu
      title={`this happens on ${date}: a move of an actor no team plays`}
      width={width}
      height={height}
      keys="↑/↓ choose  Enter chooses  Esc back"
      items={moves.map((m) => ({
        label: clean(`${shortActorLabel(game.scenario, m.actor)} ${m.type}`),
        detail: [clean(effectLines(game.scenario, m.preview).join('; '))],
      }))}
      onChoose={(i) => {
        const move = moves[i];
        if (!move) return;
        if (payloadFields(move.type).length) setEditing(move);
        else made(move, move.payload);
      }}
      onCancel={() => onDone(null)}
    />
  );
}
