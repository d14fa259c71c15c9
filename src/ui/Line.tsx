/** One terminal line: never wraps, so panel heights stay what the layout computed. */
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { usePaint, type Tone } from './theme.js';

export function Line({
  tone = null,
  children,
}: {
  readonly tone?: Tone | null;
  readonly children: ReactNode;
}) {
  const paint = usePaint();
  return (
    <Text wrap="truncate-end" {...paint(tone)}>
      {children}
    </Text>
  );
}

/** A heading rule: `── title ──────`, filled to the width. */
export function Rule({ title, width }: { readonly title: string; readonly width: number }) {
  const head = `── ${title} `;
  return <Line tone="heading">{head + '─'.repeat(Math.max(0, width - head.length))}</Line>;
}
