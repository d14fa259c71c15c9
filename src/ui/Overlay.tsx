/** The dialog that has the keys: help, jump, fork, branches, save, quit. */
import { join } from 'node:path';
import { useInput } from 'ink';
import { useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { clean } from '../text/sanitize.js';
import { cursorFor, stateAt } from '../engine/branches.js';
import { Confirm, Menu, Prompt } from './Dialogs.js';
import { ForkDialog } from './ForkDialog.js';
import { saveAtomically, saveProblem } from '../files/saveFile.js';
import { saveRefusal } from './saveTarget.js';
import { selectExplanation, type EventView } from './selectors.js';
import type { Catalog } from '../scenario/catalog.js';
import { wholeStepLines } from './EventPanel.js';
import { activeBranch, markSaved, moveTo, quitQuestion, switchTo, withMessage, type Session } from './session.js';
import type { Theme } from './theme.js';
import type { Dialog } from './use-player-input.js';
import { whatIfText } from '../scenario/whatIfFile.js';

export interface OverlayProps {
  readonly dialog: Dialog;
  readonly session: Session;
  readonly setSession: Dispatch<SetStateAction<Session>>;
  readonly close: () => void;
  readonly exit: () => void;
  /** Down to the bottom row, which shows the keys of the dialog open. */
  readonly height: number;
  readonly width: number;
  readonly theme: Theme;
  readonly saveDir: string;
  /** The step shown, for the view of all of it. */
  readonly event: EventView | null;
  /** Where the "why?" view finds the sources it quotes. */
  readonly catalog: Catalog;
}

const HELP = [
  '→ or space   next step              ←       previous step',
  'Home / End   first / last step      g       jump to a step, date or event id',
  'Enter        the whole step: its quote, note and effects, when cut to fit',
  'w            why? each region\'s state and the outcome so far, each traced',
  '             back through its causes to the record, with sources and rules',
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
  'Statechart:  > current state   ~ a state the next accepted move could lead to',
  'Timeline:    > current   x refused by the model',
  '             Not on the record: + what-if (added or changed by a what-if)',
  '             * rule (an actor\'s rule made it)   ! clock (a deadline passed)',
  '             ── fork ── where this branch leaves the run it was forked from',
];

export function Overlay(props: OverlayProps) {
  const { dialog, session, setSession, close, exit, height, width, theme } = props;
  const frame = { width, theme, height };
  const done = (change: (s: Session) => Session): void => {
    setSession(change);
    close();
  };
  switch (dialog) {
    case 'step': {
      const lines = props.event ? wholeStepLines(props.event, width - 2) : ['Before the first event: nothing to show yet.'];
      return <Menu {...frame} title="the whole step" keys="↑/↓ scroll  Esc closes" items={lines.map((label) => ({ label }))} onChoose={close} onCancel={close} />;
    }
    case 'why':
      return <WhyDialog {...props} />;
    case 'help':
      return <Menu {...frame} title="help" keys="↑/↓ scroll  Esc closes" items={HELP.map((label) => ({ label }))} onChoose={close} onCancel={close} />;
    case 'jump':
      return (
        <Prompt {...frame} title="jump" label="step number, date (YYYY-MM-DD) or event id:" initial="" keys="Enter jumps  Esc cancels" onCancel={close}
          onSubmit={(text) => done((s) => {
            if (!text.trim()) return s;
            const cursor = cursorFor(activeBranch(s).run, text);
            if (cursor !== null) return moveTo(s, cursor);
            const looksLikeDate = /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(text);
            return withMessage(s, looksLikeDate ? `${clean(text.trim())} is not a real date` : `nothing matches "${clean(text)}"`);
          })} />
      );
    case 'fork':
      return <ForkDialog {...props} />;
    case 'branches':
      return (
        // The cursor starts on the branch shown, so a stray Enter keeps it.
        <Menu {...frame} title="branches" keys="↑/↓ choose  Enter switches  Esc back" onCancel={close} initial={session.active}
          items={session.branches.map((b, i) => ({
            label: `${i === session.active ? '(shown) ' : ''}${b.name}: ${b.run.entries.length} steps, ${b.file === null ? 'unsaved' : `file ${clean(b.file)}`}`,
            tone: b.file === null ? 'whatIf' : undefined,
          }))}
          onChoose={(i) => done((s) => switchTo(s, i))} />
      );
    case 'save':
      return <SaveDialog {...props} />;
    case 'quit':
      return <Confirm {...frame} title="quit" question={quitQuestion(session)} onYes={exit} onNo={close} />;
  }
}

/** The explanation of the state at the cursor; `w` closes it as it opened it. */
function WhyDialog({ session, close, height, width, theme, catalog }: OverlayProps) {
  const { run, cursor } = activeBranch(session);
  const lines = useMemo(() => selectExplanation(run, cursor, catalog, width - 2), [run, cursor, catalog, width]);
  useInput((input) => {
    if (input === 'w') close();
  });
  return (
    <Menu width={width} theme={theme} height={height} title={`why? the state at step ${cursor} (${stateAt(run, cursor).date})`}
      keys="↑/↓ scroll  w or Esc closes  in full: parley explain FILE" items={lines.map((label) => ({ label }))} onChoose={close} onCancel={close} />
  );
}

function SaveDialog({ session, setSession, close, height, width, theme, saveDir }: OverlayProps) {
  const [existing, setExisting] = useState<string | null>(null);
  const branch = activeBranch(session);
  const record = session.branches[0]!.run.scenario;
  const frame = { width, theme, height };
  if (session.active === 0) {
    return (
      <Menu {...frame} title="save" keys="Esc closes" onChoose={close} onCancel={close}
        items={[{ label: 'The record is a file already: fork it first (f), then save the fork.' }]} />
    );
  }
  const notSaved = (problem: string): void => {
    // The fork stays in the session, unsaved: the person can pick another name or folder, or free space, and save again.
    setSession((s) => withMessage(s, `not saved: ${clean(problem)}`));
    close();
  };
  const save = (path: string, overwrite: boolean): void => {
    const refusal = saveRefusal(session, path);
    if (refusal) return notSaved(refusal);
    try {
      if (saveAtomically(path, whatIfText(record, branch.run.scenario, branch.name, path, branch.run.seed), overwrite) === 'exists') {
        setExisting(path);
        return;
      }
    } catch (error) {
      const problem = saveProblem(path, error);
      if (!problem) throw error;
      return notSaved(problem);
    }
    setSession((s) => markSaved(s, path));
    close();
  };
  if (existing) {
    return <Confirm {...frame} title="save" question={`${clean(existing)} exists. Overwrite it?`} onYes={() => save(existing, true)} onNo={() => setExisting(null)} />;
  }
  return (
    <Prompt {...frame} title={`save ${branch.name}`} label="file:" initial={branch.file ?? join(saveDir, `${record.id}-${branch.name}.yaml`)} keys="Enter saves  Esc cancels"
      onCancel={close} onSubmit={(path) => (path.trim() ? save(path.trim(), false) : close())} />
  );
}
