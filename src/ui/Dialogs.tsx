/** The overlays that take the keys for a moment: a list to choose from, a text prompt, a yes/no. */
import { Box } from 'ink';
import { windowAround } from './fit.js';
import { Line, Rule } from './Line.js';
import type { Theme, Tone } from './theme.js';
import { useConfirmInput } from './use-confirm-input.js';
import { useListInput } from './use-list-input.js';
import { usePromptInput } from './use-prompt-input.js';

interface Frame {
  readonly title: string;
  readonly width: number;
  readonly theme: Theme;
}

export interface MenuItem {
  readonly label: string;
  readonly tone?: Tone;
}

export function Menu({ title, width, theme, items, initial, height, hint, onChoose, onCancel }: Frame & {
  readonly items: readonly MenuItem[];
  /** The item the cursor starts on. */
  readonly initial?: number;
  readonly height: number;
  readonly hint: string;
  readonly onChoose: (index: number) => void;
  readonly onCancel: () => void;
}) {
  const rows = Math.max(1, height - 2);
  const selected = useListInput(items.length, rows, onChoose, onCancel, initial);
  const { first, shown } = windowAround(items, selected, rows);
  return (
    <Box flexDirection="column" height={height}>
      <Rule theme={theme} title={title} width={width} />
      {shown.map((item, i) => {
        const current = first + i === selected;
        return <Line key={first + i} theme={theme} tone={current ? 'current' : item.tone ?? null}>{`${current ? '>' : ' '} ${item.label}`}</Line>;
      })}
      <Line theme={theme} tone="dim">{`${hint}  (${selected + 1}/${items.length})`}</Line>
    </Box>
  );
}

export function Prompt({ title, width, theme, label, initial, onSubmit, onCancel }: Frame & {
  readonly label: string;
  readonly initial: string;
  readonly onSubmit: (text: string) => void;
  readonly onCancel: () => void;
}) {
  const text = usePromptInput(initial, onSubmit, onCancel);
  return (
    <Box flexDirection="column">
      <Rule theme={theme} title={title} width={width} />
      <Line theme={theme}>{`${label} ${text}_`}</Line>
      <Line theme={theme} tone="dim">Enter to confirm, Esc to cancel</Line>
    </Box>
  );
}

export function Confirm({ title, width, theme, question, onYes, onNo }: Frame & {
  readonly question: string;
  readonly onYes: () => void;
  readonly onNo: () => void;
}) {
  useConfirmInput(onYes, onNo);
  return (
    <Box flexDirection="column">
      <Rule theme={theme} title={title} width={width} />
      <Line theme={theme}>{`${question} (y/n)`}</Line>
    </Box>
  );
}
