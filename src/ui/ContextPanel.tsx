/** The context as a person reads it: confidence meter with its last change, each precondition in words, deadline, claims. */
import { Box } from 'ink';
import { Line, Rule } from './Line.js';
import type { ContextView } from './selectors.js';
import type { Theme } from './theme.js';


export function ContextPanel({ context, height, width, theme }: { readonly context: ContextView; readonly height: number; readonly width: number; readonly theme: Theme }) {
  const lines = [
    ...context.preconditions.map((p) => (
      <Line key={p.name} theme={theme} tone={p.met ? 'met' : p.demanded ? 'unmet' : 'dim'}>
        {`${p.met ? '[x]' : '[ ]'} ${p.name} ${p.met ? 'met' : p.demanded ? 'unmet' : 'not demanded'}`}
      </Line>
    )),
    <Line key="d" theme={theme} tone={context.deadline ? 'deadline' : 'dim'}>{context.deadline ?? 'no walkout deadline pending'}</Line>,
    ...(context.claims.length
      ? context.claims.map((c) => <Line key={c} theme={theme}>{c}</Line>)
      : [<Line key="n" theme={theme} tone="dim">nobody claims the talks started</Line>]),
  ];
  return (
    <Box flexDirection="column" width={width}>
      <Rule theme={theme} title={`confidence ${context.meter}${context.change ? `  ${context.change}` : ''}`} width={width} />
      {lines.slice(0, Math.max(0, height - 1))}
    </Box>
  );
}
