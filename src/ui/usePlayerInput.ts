/**
 * The player's keys while no dialog is open: each key is an action, which playerState carries
 * out.
 */
import { useInput } from 'ink';
import type { Dialog, PlayerAction } from './playerState.js';
import { CHOICES } from './predict.js';

const DIALOG_KEYS: Record<string, Dialog> = {
  '?': 'help',
  g: 'jump',
  f: 'fork',
  b: 'branches',
  s: 'save',
  q: 'quit',
  w: 'why',
  d: 'distribution',
};

/** The action of one typed character, or null for a key that does nothing here. */
function typedAction(char: string): PlayerAction | null {
  if (char === ' ') return { type: 'step', by: 1 };
  if (char === 'p') return { type: 'togglePlay' };
  if (char === '+' || char === '=') return { type: 'speed', by: 1 };
  if (char === '-') return { type: 'speed', by: -1 };
  if (char === 'k') return { type: 'togglePredict' };
  // A predict-mode guess: 1-4 a region the step moves, 0 "no region, only the context".
  const choice =
    char === '0' ? 'context' : /^[1-4]$/.test(char) ? CHOICES[Number(char) - 1] : undefined;
  if (choice) return { type: 'guess', choice };
  const dialog = DIALOG_KEYS[char];
  return dialog ? { type: 'open', dialog } : null;
}

export function usePlayerInput(dispatch: (action: PlayerAction) => void, isActive: boolean): void {
  useInput(
    (input, key) => {
      if (key.rightArrow) dispatch({ type: 'step', by: 1 });
      else if (key.leftArrow) dispatch({ type: 'step', by: -1 });
      else if (key.home) dispatch({ type: 'home' });
      else if (key.end) dispatch({ type: 'end' });
      else if (key.return) dispatch({ type: 'open', dialog: 'step' });
      else if (key.escape) dispatch({ type: 'hideProblems' });
      else if (key.ctrl || key.meta) return;
      else {
        // Keys pressed fast can arrive in one chunk ("   "): each counts, up to one that opens a
        // dialog, which takes the keys after it.
        for (const char of input) {
          const action = typedAction(char);
          if (action) dispatch(action);
          if (action?.type === 'open') break;
        }
      }
    },
    { isActive },
  );
}
