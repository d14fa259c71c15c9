/**
 * The fork dialog: insert, replace or drop; then the move, from the legal moves grouped by actor
 * and narrowed by typing; then its payload, with the defaults set, so Enter at each step forks.
 */
import { useMemo, useRef, useState, type Dispatch } from 'react';
import { previewStep, previewedMoves, type PreviewedMove } from '../engine/movePreview.js';
import type { RunState, Step } from '../engine/step.js';
import { payloadFields } from '../model/payloadFields.js';
import { meaningOf } from '../model/vocabulary.js';
import { effectLines } from '../report/describe.js';
import { clean } from '../text/sanitize.js';
import type { Scenario } from '../scenario/types.js';
import { nextEvent, stateAt, type ForkMode } from '../engine/branches.js';
import { Menu, Panel, type Frame } from './Dialogs.js';
import { fitLines, fitWidth, windowAround } from '../text/fit.js';
import { Line } from './Line.js';
import { moveRows, type MoveRow } from './moveList.js';
import {
  conditionStatus,
  dateNote,
  editForm,
  fieldChoices,
  fieldText,
  fieldTicks,
  formPayload,
  formProblem,
  newPayloadForm,
  type FormEdit,
  type FormRow,
  type PayloadForm,
} from './payloadForm.js';
import type { ForkMove, PlayerAction } from './playerState.js';
import { activeBranch, type Session } from './session.js';
import { useFilterInput, type Filtered } from './useFilterInput.js';
import { useFormInput } from './useFormInput.js';

/** The lines under the move list: what the chosen move means, and what it does. */
const DETAIL_ROWS = 4;

/**
 * What a move's step does, a phrase a line: `opposition: attending -> walkedOut`,
 * `confidence 30 -> 40`.
 */
function doesOf(scenario: Scenario, step: Step): string[] {
  return step.accepted
    ? effectLines(scenario, step)
    : [`REFUSED by the model: ${step.reason ?? ''}`];
}

const FILTER_HINT = 'type a move or an actor to narrow the list';
const MOVE_KEYS = '↑/↓ choose  type to filter  Enter picks  Esc back';
const PAYLOAD_KEYS = 'Enter inserts  ↑/↓ field  Space ticks  ←/→ change  type text  Esc back';
/** For a window narrower than PAYLOAD_KEYS: the help (?) says that typing edits text. */
const FEW_PAYLOAD_KEYS = 'Enter inserts  ↑/↓ field  Space ticks  ←/→ change  Esc back';

export function ForkDialog({
  session,
  dispatch,
  close,
  height,
  width,
}: Omit<Frame, 'title'> & {
  readonly session: Session;
  readonly dispatch: Dispatch<PlayerAction>;
  readonly close: () => void;
}) {
  const [mode, setMode] = useState<ForkMode | null>(null);
  // The move list's filter and cursor, kept while its payload is set: Esc there comes back to them.
  const [filtered, setFiltered] = useState<Filtered>({ query: '', selected: 0 });
  const [chosen, setChosen] = useState<PreviewedMove | null>(null);
  const branch = activeBranch(session);
  const { run, cursor } = branch;
  const state = stateAt(run, cursor);
  const moves = useMemo(() => previewedMoves(state, run.scenario), [state, run.scenario]);
  const next = nextEvent(run, cursor);
  const frame = { width, height };
  const fork = (forkMode: ForkMode, move: ForkMove | null): void =>
    dispatch({ type: 'fork', mode: forkMode, move });
  if (mode === null) {
    const modes: [ForkMode, string][] = next
      ? [
          ['insert', `insert a move before the next event (${next.type})`],
          ['replace', `replace the next event (${next.type}) with a move`],
          ['drop', `drop the next event (${next.type})`],
        ]
      : [['insert', 'add a move after the last event']];
    return (
      <Menu
        key="modes"
        {...frame}
        title={`fork at step ${cursor} (${state.date})`}
        keys="↑/↓ choose  Enter picks  Esc back"
        onCancel={close}
        items={modes.map(([, label]) => ({ label }))}
        onChoose={(i) => {
          const [chosenMode] = modes[i] ?? [];
          if (chosenMode === 'drop') fork('drop', null);
          else if (chosenMode) setMode(chosenMode);
        }}
      />
    );
  }
  if (chosen) {
    return (
      <PayloadStep
        {...frame}
        title={`${mode} ${chosen.type} by ${clean(chosen.actor)} on ${state.date}`}
        move={chosen}
        state={state}
        scenario={run.scenario}
        onInsert={(payload) => fork(mode, { ...chosen, payload })}
        onBack={() => setChosen(null)}
      />
    );
  }
  return (
    // Its own key: the cursor must not carry over from the menu before (a stray Enter would fork
    // with the second move).
    <MoveChooser
      key={mode}
      {...frame}
      title={`${mode}: moves the current state accepts`}
      moves={moves}
      scenario={run.scenario}
      initial={filtered}
      onBack={() => {
        // Another mode's list opens at its top, unfiltered.
        setFiltered({ query: '', selected: 0 });
        setMode(null);
      }}
      onChoose={(move, at) => {
        setFiltered(at);
        // A move with nothing to set is inserted at once.
        if (payloadFields(move.type).length) setChosen(move);
        else fork(mode, move);
      }}
    />
  );
}

function MoveChooser({
  moves,
  scenario,
  initial,
  onChoose,
  onBack,
  ...frame
}: Frame & {
  readonly moves: readonly PreviewedMove[];
  readonly scenario: Scenario;
  readonly initial: Filtered;
  readonly onChoose: (move: PreviewedMove, at: Filtered) => void;
  readonly onBack: () => void;
}) {
  const rows = (query: string) => moveRows(moves, scenario, query);
  // The moves a query leaves, in the list's order.
  const picks = (query: string): PreviewedMove[] =>
    rows(query).flatMap((r) => (r.kind === 'move' ? moves.slice(r.move, r.move + 1) : []));
  const listRows = Math.max(1, frame.height - 3 - DETAIL_ROWS);
  const choose = (i: number, q: string): void => {
    const picked = picks(q)[i];
    if (picked) onChoose(picked, { query: q, selected: i });
  };
  const { query, selected } = useFilterInput(
    (q) => picks(q).length,
    listRows,
    choose,
    onBack,
    initial,
  );
  const shownRows = rows(query);
  const move = picks(query)[selected] ?? null;
  const isChosen = (row: MoveRow): boolean => row.kind === 'move' && moves[row.move] === move;
  const { first, shown } = windowAround(
    shownRows,
    Math.max(0, shownRows.findIndex(isChosen)),
    listRows,
  );
  const detail = move ? [meaningOf(move.type), ...doesOf(scenario, move.preview)] : [];
  // The last detail line takes what does not fit, cut to the width.
  const details =
    detail.length > DETAIL_ROWS
      ? [...detail.slice(0, DETAIL_ROWS - 1), detail.slice(DETAIL_ROWS - 1).join('; ')]
      : detail;
  const count = picks(query).length;
  return (
    <Panel {...frame} keys={`${MOVE_KEYS}  (${count ? selected + 1 : 0}/${count})`}>
      <Line>{`filter: ${query}_  ${query ? 'Backspace widens, Esc clears' : FILTER_HINT}`}</Line>
      {count === 0 ? <Line>{`  no move matches "${query}"`}</Line> : null}
      {shown.map((row, i) => {
        if (row.kind === 'actor')
          return (
            <Line key={first + i} tone="heading">
              {fitWidth(` ${row.label}`, frame.width)}
            </Line>
          );
        const current = isChosen(row);
        return (
          <Line
            key={first + i}
            tone={current ? 'current' : null}
          >{`${current ? '>' : ' '}   ${row.label}`}</Line>
        );
      })}
      {Array.from(
        { length: Math.max(0, listRows - shown.length - Number(count === 0)) },
        (_, i) => (
          <Line key={`pad${i}`}> </Line>
        ),
      )}
      {details.map((line, i) => (
        <Line key={`detail${i}`} tone="heading">
          {fitWidth(`  ${line}`, frame.width)}
        </Line>
      ))}
    </Panel>
  );
}

/**
 * A field's row: `> [x] endAirStrikes   demanded, unmet`,
 * `  intensity   limited [major] massive`.
 */
function rowText(
  form: PayloadForm,
  row: FormRow,
  state: RunState,
  current: boolean,
  width: number,
): string {
  const { name, kind, optional } = row.field;
  const label = (text: string) => `${current ? '>' : ' '} ${text}`;
  if (row.kind === 'list')
    return `  ${name}: ${optional ? 'tick any, or none' : 'tick at least one'}`;
  if (row.kind === 'option') {
    const ticked = fieldTicks(form, name).includes(row.option);
    const status = conditionStatus(state.machine.context, row.option);
    return label(`  [${ticked ? 'x' : ' '}] ${row.option.padEnd(19)} ${status}`);
  }
  const text = fieldText(form, name);
  const head = name.padEnd(12);
  if (kind === 'choice' || kind === 'actor') {
    const options = fieldChoices(form, name);
    const inline = options.map((o) => (o === text ? `[${o}]` : o)).join(' ');
    // All the options where they fit on the line, else the one chosen and where it is among them.
    const where = `< ${text || '(none)'} >  ${options.indexOf(text) + 1} of ${options.length}`;
    return label(`${head} ${head.length + inline.length + 3 <= width ? inline : where}`);
  }
  const typed = `${text}${current ? '_' : ''}`;
  if (kind === 'date')
    return label(
      `${head} ${typed}  ${text ? dateNote(text, form.move.date) : optional ? '(optional)' : ''}`,
    );
  return label(`${head} ${typed}${!text && optional ? '  (optional)' : ''}`);
}

export function PayloadStep({
  move,
  state,
  scenario,
  onInsert,
  onBack,
  ...frame
}: Frame & {
  readonly move: PreviewedMove;
  readonly state: RunState;
  readonly scenario: Scenario;
  readonly onInsert: (payload: PreviewedMove['payload']) => void;
  readonly onBack: () => void;
}) {
  const setting = { date: state.date, context: state.machine.context, actors: scenario.actors };
  // The ref, not the state, is read on Enter: keys typed ahead can arrive before a re-render.
  const form = useRef<PayloadForm>(newPayloadForm(move, setting));
  const [shown, setShown] = useState(form.current);
  const edit = (change: FormEdit): void => {
    form.current = editForm(form.current, change);
    setShown(form.current);
  };
  useFormInput(
    edit,
    () => {
      if (!formProblem(form.current)) onInsert(formPayload(form.current));
    },
    onBack,
  );
  const problem = formProblem(shown);
  const payload = formPayload(shown);
  // The preview follows the payload as it is set.
  const key = JSON.stringify(payload);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the payload is a new object each frame; its text is the key
  const effect = useMemo(
    () => (problem ? [] : doesOf(scenario, previewStep(state, scenario, { ...move, payload }))),
    [key, problem],
  );
  const does = problem
    ? [`cannot insert yet: ${problem}`]
    : fitLines(`does: ${effect.join('; ')}`, frame.width - 2, 3);
  const room = Math.max(1, frame.height - 3 - does.length);
  const { first, shown: rows } = windowAround(shown.rows, shown.at, room);
  return (
    <Panel {...frame} keys={frame.width > PAYLOAD_KEYS.length ? PAYLOAD_KEYS : FEW_PAYLOAD_KEYS}>
      <Line>{fitWidth(meaningOf(move.type), frame.width)}</Line>
      {rows.map((row, i) => (
        <Line
          key={first + i}
          tone={first + i === shown.at ? 'current' : row.kind === 'list' ? 'heading' : null}
        >
          {fitWidth(
            clean(rowText(shown, row, state, first + i === shown.at, frame.width)),
            frame.width,
          )}
        </Line>
      ))}
      {does.map((line, i) => (
        <Line key={`does${i}`} tone={problem ? 'refused' : 'heading'}>{`  ${line}`}</Line>
      ))}
    </Panel>
  );
}
