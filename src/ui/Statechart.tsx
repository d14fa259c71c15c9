/** The four regions with every top-level state: the current one marked `>`, the reachable ones `~`, each also coloured. */
import { Box, Text } from 'ink';
import { wrapItems } from './fit.js';
import type { RegionView } from './selectors.js';
import { usePaint } from './theme.js';

const LABEL_WIDTH = 15;

type Cell = RegionView['states'][number];
const cellText = (s: Cell): string => `${s.current ? '>' : s.next ? '~' : ' '}${s.name}${s.sub} `;

/** The lines each region takes at this width: the layout needs the height before drawing. */
export function statechartLines(regions: readonly RegionView[], width: number): Cell[][][] {
  return regions.map((r) => wrapItems(r.states, (s) => cellText(s).length, Math.max(10, width - LABEL_WIDTH)));
}

export function Statechart({ regions, width }: { readonly regions: readonly RegionView[]; readonly width: number }) {
  const paint = usePaint();
  const lines = statechartLines(regions, width);
  return (
    <Box flexDirection="column">
      {regions.map((r, i) => lines[i]!.map((cells, j) => (
        <Box key={`${r.region}-${j}`} height={1}>
          <Box width={LABEL_WIDTH} flexShrink={0}><Text {...paint('heading')}>{j === 0 ? r.region : ''}</Text></Box>
          <Text wrap="truncate-end">
            {cells.map((s) => <Text key={s.name} {...paint(s.current ? 'current' : s.next ? 'next' : 'dim')}>{cellText(s)}</Text>)}
          </Text>
        </Box>
      )))}
    </Box>
  );
}
