/** One terminal line: never wraps, so panel heights stay what the layout computed. */
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { paint, type Theme, type Tone } from './theme.js';

export function Line({ theme, tone = null, children }: { readonly theme: Theme; readonly tone?: Tone | null; readonly children: ReactNode }) {
  return <Text wrap="truncate-end" {...paint(theme, tone)}>{children}</Text>;
}

/** A heading rule: `── title ──────`, filled to the width. */
export function Rule({ theme, title, width }: { readonly theme: Theme; readonly title: string; readonly width: number }) {
  const head = `── ${title} `;
  return <Line theme={theme} tone="heading">{head + '─'.repeat(Math.max(0, width - head.length))}</Line>;
}
