/**
 * Keys for the insert dialog's payload step: up/down between fields, Space ticks an option,
 * left/right change a value (a day, an option), typing edits text, Enter inserts, Esc goes back.
 */
import { useInput } from 'ink';
import type { FormEdit } from './payloadForm.js';
import { typedKeys } from './typing.js';

export function useFormInput(
  onEdit: (edit: FormEdit) => void,
  onAccept: () => void,
  onBack: () => void,
): void {
  useInput((input, key) => {
    if (key.upArrow) onEdit({ kind: 'move', by: -1 });
    else if (key.downArrow) onEdit({ kind: 'move', by: 1 });
    else if (key.leftArrow) onEdit({ kind: 'step', by: -1 });
    else if (key.rightArrow) onEdit({ kind: 'step', by: 1 });
    else if (key.return) onAccept();
    else if (key.escape) onBack();
    else if (key.backspace || key.delete) onEdit({ kind: 'erase' });
    else if (!key.ctrl && !key.meta) {
      // Keys typed fast or pasted arrive in one chunk: each acts in turn, up to an Enter.
      for (const typed of typedKeys(input)) {
        if (typed.kind === 'enter') return onAccept();
        onEdit(typed.kind === 'erase' ? { kind: 'erase' } : { kind: 'type', text: typed.char });
      }
    }
  });
}
