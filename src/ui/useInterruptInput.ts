/**
 * Ctrl-C, read whatever has the other keys: a dialog, the too-small screen or the player. Ink's
 * own exit on Ctrl-C is off (startPlayer), so the player can ask first; `interrupt` in
 * playerState decides.
 */
import { useInput } from 'ink';

export function useInterruptInput(onInterrupt: () => void): void {
  useInput((input, key) => {
    if (key.ctrl && input === 'c') onInterrupt();
  });
}
