/** The overlays that take the keys for a moment: a list to choose from, a text prompt, a yes/no. */
import { Box } from 'ink';
import type { ReactNode } from 'react';
import { windowAround } from '../text/fit.js';
import { Line, Rule } from './Line.js';
import type { Tone } from './theme.js';
import { useConfirmInput } from './useConfirmInput.js';
import { useListInput } from './useListInput.js';
import { usePromptInput } from './usePromptInput.js';

export interface Frame {
  readonly title: string;
  readonly width: number;
  /**
   * Rows down to the screen's bottom row, which shows the dialog's keys in place of the status
   * line.
   */
  readonly height: number;
}

/**
 * The title and body from the top; on the bottom row, where the status line always is, the keys
 * that work here.
 */
export function Panel({
  title,
  width,
  height,
  keys,
  children,
}: Frame & { readonly keys: string; readonly children: ReactNode }) {
  return (
    <Box flexDirection="column" height={height}>
      <Box flexDirection="column" flexGrow={1}>
        <Rule title={title} width={width} />
        {children}
      </Box>
      <Line tone="dim">{keys}</Line>
    </Box>
  );
}

export interface MenuItem {
  readonly label: string;
  readonly tone?: Tone;
  /** Lines said under the list while the item is chosen: what a short label leaves out. */
  readonly detail?: readonly string[];
}

export function Menu({
  items,
  initial,
  keys,
  onChoose,
  onCancel,
  ...frame
}: Frame & {
  readonly items: readonly MenuItem[];
  /** The item the cursor starts on. */
  readonly initial?: number;
  readonly keys: string;
  readonly onChoose: (index: number) => void;
  readonly onCancel: () => void;
}) {
  // Room for the longest detail, so the list does not jump as the cursor moves.
  const detailRows = Math.max(0, ...items.map((item) => item.detail?.length ?? 0));
  const rows = Math.max(1, frame.height - 2 - detailRows);
  const selected = useListInput(items.length, rows, onChoose, onCancel, initial);
  const { first, shown } = windowAround(items, selected, rows);
  return (
    <Panel {...frame} keys={`${keys}  (${selected + 1}/${items.length})`}>
      {shown.map((item, i) => {
        const current = first + i === selected;
        return (
          <Line
            key={first + i}
            tone={current ? 'current' : (item.tone ?? null)}
          >{`${current ? '>' : ' '} ${item.label}`}</Line>
        );
      })}
      {(items[selected]?.detail ?? []).map((line, i) => (
        <Line key={`detail${i}`} tone="heading">{`  ${line}`}</Line>
      ))}
    </Panel>
  );
}

export function Prompt({
  label,
  initial,
  keys,
  onSubmit,
  onCancel,
  ...frame
}: Frame & {
  readonly label: string;
  readonly initial: string;
  readonly keys: string;
  readonly onSubmit: (text: string) => void;
  readonly onCancel: () => void;
}) {
  const text = usePromptInput(initial, onSubmit, onCancel);
  return (
    <Panel {...frame} keys={keys}>
      <Line>{`${label} ${text}_`}</Line>
    </Panel>
  );
}

export function Confirm({
  question,
  onYes,
  onNo,
  ...frame
}: Frame & {
  readonly question: string;
  readonly onYes: () => void;
  readonly onNo: () => void;
}) {
  useConfirmInput(onYes, onNo);
  return (
    <Panel {...frame} keys="y yes  n or Esc no">
      <Line>{`${question} (y/n)`}</Line>
    </Panel>
  );
}
