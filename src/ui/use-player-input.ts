/** The player's keys while no dialog is open. Each key names what it does; App decides how. */
import { useInput } from 'ink';
import type { Region } from '../model/domain.js';
import { REGIONS } from '../model/domain.js';

export type Dialog = 'help' | 'jump' | 'fork' | 'branches' | 'save' | 'quit';

export interface PlayerActions {
  readonly step: (by: 1 | -1) => void;
  readonly home: () => void;
  readonly end: () => void;
  readonly open: (dialog: Dialog) => void;
  readonly togglePlay: () => void;
  readonly speed: (by: 1 | -1) => void;
  readonly togglePredict: () => void;
  /** A predict-mode guess: the region that will change, or null for "nothing changes". */
  readonly guess: (region: Region | null) => void;
}

const DIALOG_KEYS: Record<string, Dialog> = { '?': 'help', g: 'jump', f: 'fork', b: 'branches', s: 'save', q: 'quit' };

export function usePlayerInput(actions: PlayerActions, isActive: boolean): void {
  useInput((input, key) => {
    if (key.rightArrow || input === ' ') actions.step(1);
    else if (key.leftArrow) actions.step(-1);
    else if (key.home) actions.home();
    else if (key.end) actions.end();
    else if (input === 'p') actions.togglePlay();
    else if (input === '+' || input === '=') actions.speed(1);
    else if (input === '-') actions.speed(-1);
    else if (input === 'k') actions.togglePredict();
    else if (/^[0-4]$/.test(input)) actions.guess(input === '0' ? null : REGIONS[Number(input) - 1]!);
    else if (DIALOG_KEYS[input]) actions.open(DIALOG_KEYS[input]);
  }, { isActive });
}
