/** Keys for a one-line text prompt: type, Backspace, Enter to submit, Esc to cancel. */
import { useInput } from 'ink';
import { useRef, useState } from 'react';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;
const ERASE = new Set(['\u007F', '\b']);

export function usePromptInput(initial: string, onSubmit: (text: string) => void, onCancel: () => void): string {
  // The ref, not the state, is read on Enter: pasted text and Enter can arrive before a re-render.
  const text = useRef(initial);
  const [shown, setShown] = useState(initial);
  const set = (next: string): void => {
    text.current = next;
    setShown(next);
  };
  useInput((input, key) => {
    if (key.return) onSubmit(text.current);
    else if (key.escape) onCancel();
    else if (key.backspace || key.delete) set(text.current.slice(0, -1));
    else if (!key.ctrl && !key.meta) {
      // Keys typed fast or pasted arrive in one chunk: the Backspaces and the Enter inside it act
      // in turn, as they would one by one.
      let next = text.current;
      for (const char of input) {
        if (char === '\r' || char === '\n') {
          set(next);
          onSubmit(next);
          return;
        }
        if (ERASE.has(char)) next = next.slice(0, -1);
        else if (!CONTROL.test(char)) next += char;
      }
      set(next);
    }
  });
  return shown;
}
