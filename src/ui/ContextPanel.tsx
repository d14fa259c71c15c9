/**
 * The context as a person reads it: confidence meter with its last change, each precondition in
 * words, deadline, claims.
 */
import { Box } from 'ink';
import { Line, Rule } from './Line.js';
import type { ContextView } from './selectors.js';

export function ContextPanel({
  context,
  height,
  width,
}: {
  readonly context: ContextView;
  readonly height: number;
  readonly width: number;
}) {
  const lines = [
    ...context.preconditions.map((p) => {
      const status = p.met ? 'met' : p.demanded ? 'unmet' : 'not demanded';
      return (
        <Line key={p.name} tone={p.met ? 'met' : p.demanded ? 'unmet' : 'dim'}>
          {`${p.met ? '[x]' : '[ ]'} ${p.name} ${status}`}
        </Line>
      );
    }),
    <Line key="d" tone={context.deadline ? 'deadline' : 'dim'}>
      {context.deadline ?? 'no walkout deadline pending'}
    </Line>,
    ...(context.claims.length
      ? context.claims.map((c) => <Line key={c}>{c}</Line>)
      : [
          <Line key="n" tone="dim">
            nobody claims the talks started
          </Line>,
        ]),
  ];
  return (
    <Box flexDirection="column" width={width}>
      <Rule
        title={`confidence ${context.meter}${context.change ? `  ${context.change}` : ''}`}
        width={width}
      />
      {lines.slice(0, Math.max(0, height - 1))}
    </Box>
  );
}
