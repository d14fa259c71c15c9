/** The player's keys while no dialog is open. Each key names what it does; App decides how. */
import { useInput } from 'ink';
import { CHOICES, type Choice } from './predict.js';

export type Dialog = 'help' | 'jump' | 'fork' | 'branches' | 'save' | 'quit' | 'step' | 'why';

export interface PlayerActions {
  readonly step: (by: 1 | -1) => void;
  readonly home: () => void;
  readonly end: () => void;
  readonly open: (dialog: Dialog) => void;
  readonly togglePlay: () => void;
  readonly speed: (by: 1 | -1) => void;
  readonly togglePredict: () => void;
  /** A predict-mode guess: a region the step moves, or 'context' for "no region, only the context". */
  readonly guess: (choice: Choice) => void;
}

const DIALOG_KEYS: Record<string, Dialog> = { '?': 'help', g: 'jump', f: 'fork', b: 'branches', s: 'save', q: 'quit', w: 'why' };

/** One typed character; true when it opened a dialog, which takes the keys after it. */
function typed(char: string, actions: PlayerActions): boolean {
  if (char === ' ') actions.step(1);
  else if (char === 'p') actions.togglePlay();
  else if (char === '+' || char === '=') actions.speed(1);
  else if (char === '-') actions.speed(-1);
  else if (char === 'k') actions.togglePredict();
  else if (/^[0-4]$/.test(char)) actions.guess(char === '0' ? 'context' : CHOICES[Number(char) - 1]!);
  else if (DIALOG_KEYS[char]) {
    actions.open(DIALOG_KEYS[char]);
    return true;
  }
  return false;
}

export function usePlayerInput(actions: PlayerActions, isActive: boolean): void {
  useInput((input, key) => {
    if (key.rightArrow) actions.step(1);
    else if (key.leftArrow) actions.step(-1);
    else if (key.home) actions.home();
    else if (key.end) actions.end();
    else if (key.return) actions.open('step');
    else if (key.ctrl || key.meta) return;
    // Keys pressed fast can arrive in one chunk ("   "): each counts, up to one that opens a dialog.
    else for (const char of input) if (typed(char, actions)) break;
  }, { isActive });
}
