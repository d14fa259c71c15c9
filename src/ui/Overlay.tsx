/** The dialog that has the keys: help, jump, fork, branches, save, quit. */
import { join } from 'node:path';
import { useInput } from 'ink';
import { useMemo, useState, type Dispatch } from 'react';
import { clean } from '../text/sanitize.js';
import { Confirm, Menu, Prompt, type Frame } from './Dialogs.js';
import { stateAt } from '../engine/branches.js';
import { DistributionView, type SimulationOptions } from './DistributionView.js';
import { ForkDialog } from './ForkDialog.js';
import { saveAtomically, saveProblem } from '../files/saveFile.js';
import { saveRefusal } from './saveTarget.js';
import { selectExplanation, type EventView } from './selectors.js';
import type { Catalog } from '../scenario/catalog.js';
import { wholeStepLines } from './EventPanel.js';
import type { Dialog, PlayerAction } from './playerState.js';
import { activeBranch, quitQuestion, type Session } from './session.js';
import { whatIfText } from '../scenario/whatIfFile.js';

export interface OverlayProps {
  readonly dialog: Dialog;
  readonly session: Session;
  /** A dialog's answer, or its closing, as an action of the player's state. */
  readonly dispatch: Dispatch<PlayerAction>;
  /** Down to the bottom row, which shows the keys of the dialog open. */
  readonly height: number;
  readonly width: number;
  readonly saveDir: string;
  /** The step shown, for the view of all of it. */
  readonly event: EventView | null;
  /** Where the "why?" view finds the sources it quotes. */
  readonly catalog: Catalog;
  /** The runs of the `d` view's simulations. */
  readonly simulation: SimulationOptions;
}

const HELP = [
  '→ or space   next step              ←       previous step',
  'Home / End   first / last step      g       jump to a step, date or event id',
  'Enter        the whole step: its quote, note and effects, when cut to fit',
  "w            why? each region's state and the outcome so far, each traced",
  '             back through its causes to the record, with sources and rules',
  'd            how the talks end from this step on this branch, over 10,000',
  '             runs, beside the record from this date; →/← still step',
  'p            autoplay on/off        + / -   faster / slower',
  'f            fork here: insert a move the state accepts, or replace/drop',
  '             the next event. Moves: type to filter by move or actor,',
  '             Backspace widens, Esc clears; then its payload: Space ticks,',
  '             ←/→ change a value, type text, Enter inserts, Esc back',
  'b            branches: the record and each fork; Enter switches',
  's            save this fork as a what-if file that extends the record',
  'k            predict mode: before each step that changes something, see',
  '             its date and actor and guess what it changes: 1-4 a region',
  '             (right if the step moves it), 0 no region, only the context:',
  '             confidence, conditions, deadline, claims (right if the step',
  '             moves no region); → again skips. A step that changes nothing',
  '             is shown unasked. The score sits beside what always giving the',
  '             commonest right answer and guessing at random would score.',
  'q, Ctrl-C    quit (asks first while a fork is unsaved)   Esc closes a dialog',
  '             Saving the file in an editor replays it here; Esc hides the',
  '             problems of a save that did not load',
  'Statechart:  > current state   ~ a state the next accepted move could lead to',
  'Timeline:    > current   x refused by the model',
  '             Not on the record: + what-if (added or changed by a what-if)',
  "             * rule (an actor's rule made it)   ! clock (a deadline passed)",
  '             ── fork ── where this branch leaves the run it was forked from',
];

/** A branch in the branches menu: `(shown) fork-1: 37 steps, unsaved`. */
function branchLabel(branch: Session['branches'][number], shown: boolean): string {
  const where = branch.file === null ? 'unsaved' : `file ${clean(branch.file)}`;
  return `${shown ? '(shown) ' : ''}${branch.name}: ${branch.run.entries.length} steps, ${where}`;
}

/** A list to read, which Enter or Esc closes. */
function Reading({
  lines,
  close,
  ...frame
}: Frame & {
  readonly keys: string;
  readonly lines: readonly string[];
  readonly close: () => void;
}) {
  return (
    <Menu {...frame} items={lines.map((label) => ({ label }))} onChoose={close} onCancel={close} />
  );
}

export function Overlay(props: OverlayProps) {
  const { dialog, session, dispatch, height, width } = props;
  const frame = { width, height };
  const close = (): void => dispatch({ type: 'close' });
  switch (dialog) {
    case 'step': {
      const lines = props.event
        ? wholeStepLines(props.event, width - 2)
        : ['Before the first event: nothing to show yet.'];
      return (
        <Reading
          {...frame}
          title="the whole step"
          keys="↑/↓ scroll  Esc closes"
          lines={lines}
          close={close}
        />
      );
    }
    case 'why':
      return <WhyDialog {...props} close={close} />;
    case 'distribution':
      return <DistributionView {...props} />;
    case 'help':
      return (
        <Reading {...frame} title="help" keys="↑/↓ scroll  Esc closes" lines={HELP} close={close} />
      );
    case 'jump':
      return (
        <Prompt
          {...frame}
          title="jump"
          label="step number, date (YYYY-MM-DD) or event id:"
          initial=""
          keys="Enter jumps  Esc cancels"
          onCancel={close}
          onSubmit={(query) => dispatch({ type: 'jump', query })}
        />
      );
    case 'fork':
      return <ForkDialog session={session} dispatch={dispatch} close={close} {...frame} />;
    case 'branches':
      return (
        // The cursor starts on the branch shown, so a stray Enter keeps it.
        <Menu
          {...frame}
          title="branches"
          keys="↑/↓ choose  Enter switches  Esc back"
          onCancel={close}
          initial={session.active}
          items={session.branches.map((b, i) => ({
            label: branchLabel(b, i === session.active),
            tone: b.file === null ? 'whatIf' : undefined,
          }))}
          onChoose={(index) => dispatch({ type: 'switchBranch', index })}
        />
      );
    case 'save':
      return <SaveDialog {...props} close={close} />;
    case 'quit':
      return (
        <Confirm
          {...frame}
          title="quit"
          question={quitQuestion(session)}
          onYes={() => dispatch({ type: 'quit' })}
          onNo={close}
        />
      );
  }
}

/** The explanation of the state at the cursor; `w` closes it as it opened it. */
function WhyDialog({
  session,
  close,
  height,
  width,
  catalog,
}: OverlayProps & { readonly close: () => void }) {
  const { run, cursor } = activeBranch(session);
  const lines = useMemo(
    () => selectExplanation(run, cursor, catalog, width - 2),
    [run, cursor, catalog, width],
  );
  useInput((input) => {
    if (input === 'w') close();
  });
  return (
    <Reading
      width={width}
      height={height}
      title={`why? the state at step ${cursor} (${stateAt(run, cursor).date})`}
      keys="↑/↓ scroll  w or Esc closes  in full: parley explain FILE"
      lines={lines}
      close={close}
    />
  );
}

function SaveDialog({
  session,
  dispatch,
  close,
  height,
  width,
  saveDir,
}: OverlayProps & { readonly close: () => void }) {
  const [existing, setExisting] = useState<string | null>(null);
  const branch = activeBranch(session);
  const record = session.branches[0].run.scenario;
  const frame = { width, height };
  if (session.active === 0) {
    const lines = ['The record is a file already: fork it first (f), then save the fork.'];
    return <Reading {...frame} title="save" keys="Esc closes" lines={lines} close={close} />;
  }
  /** Writes the file: saved, refused with the reason, or 'exists' to ask before overwriting. */
  const write = (path: string, overwrite: boolean): PlayerAction | 'exists' => {
    const refusal = saveRefusal(session, path, saveDir);
    if (refusal) return { type: 'notSaved', problem: refusal };
    try {
      const text = whatIfText(record, branch.run.scenario, branch.name, path, branch.run.seed);
      if (saveAtomically(path, text, overwrite) === 'exists') return 'exists';
    } catch (error) {
      const problem = saveProblem(path, error);
      if (!problem) throw error;
      return { type: 'notSaved', problem };
    }
    return { type: 'saved', file: path };
  };
  const save = (path: string, overwrite: boolean): void => {
    const done = write(path, overwrite);
    if (done === 'exists') setExisting(path);
    else dispatch(done);
  };
  if (existing) {
    return (
      <Confirm
        {...frame}
        title="save"
        question={`${clean(existing)} exists. Overwrite it?`}
        onYes={() => save(existing, true)}
        onNo={() => setExisting(null)}
      />
    );
  }
  const offered = branch.file ?? join(saveDir, `${record.id}-${branch.name}.yaml`);
  return (
    <Prompt
      {...frame}
      title={`save ${branch.name}`}
      label="file:"
      initial={offered}
      keys="Enter saves  Esc cancels"
      onCancel={close}
      onSubmit={(path) => (path.trim() ? save(path.trim(), false) : close())}
    />
  );
}
