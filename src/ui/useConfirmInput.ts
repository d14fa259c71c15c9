/** Keys for a yes/no question: y says yes; n or Esc says no. */
import { useInput } from 'ink';

export function useConfirmInput(onYes: () => void, onNo: () => void): void {
  useInput((input, key) => {
    if (input.toLowerCase() === 'y') onYes();
    else if (input.toLowerCase() === 'n' || key.escape) onNo();
  });
}
