/** The context as a person reads it: confidence meter, each precondition in words, deadline, claims. */
import { Box } from 'ink';
import { Line, Rule } from './Line.js';
import type { ContextView } from './selectors.js';
import type { Theme } from './theme.js';

/** `confidence [#---------] 4  24 -> 4`, and the step that made the change when it was an earlier one and fits. */
function title(context: ContextView, width: number): string {
  const meter = `confidence ${context.meter}${context.change ? `  ${context.change}` : ''}`;
  const at = context.changedAt === null ? '' : ` (step ${context.changedAt})`;
  // The rule draws "── " before the title and a space after it.
  return `── ${meter}${at} `.length <= width ? meter + at : meter;
}

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
      <Rule theme={theme} title={title(context, width)} width={width} />
      {lines.slice(0, Math.max(0, height - 1))}
    </Box>
  );
}
