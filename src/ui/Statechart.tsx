/**
 * The four regions with every top-level state: the current one marked `>`, the reachable ones
 * `~`, each also coloured.
 */
import { Box, Text } from 'ink';
import { wrapItems } from '../text/fit.js';
import type { RegionView } from './selectors.js';
import { usePaint } from './theme.js';

const LABEL_WIDTH = 15;

type Cell = RegionView['states'][number];
const cellText = (s: Cell): string => `${s.current ? '>' : s.next ? '~' : ' '}${s.name}${s.sub} `;

/** Each region's states, wrapped into the lines they take at this width. */
const regionLines = (
  regions: readonly RegionView[],
  width: number,
): { region: string; lines: Cell[][] }[] =>
  regions.map((r) => ({
    region: r.region,
    lines: wrapItems(r.states, (s) => cellText(s).length, Math.max(10, width - LABEL_WIDTH)),
  }));

/** The rows the statechart takes at this width: the layout needs the height before drawing. */
export const statechartRows = (regions: readonly RegionView[], width: number): number =>
  regionLines(regions, width).reduce((n, r) => n + r.lines.length, 0);

export function Statechart({
  regions,
  width,
}: {
  readonly regions: readonly RegionView[];
  readonly width: number;
}) {
  const paint = usePaint();
  return (
    <Box flexDirection="column">
      {regionLines(regions, width).map(({ region, lines }) =>
        lines.map((cells, j) => (
          <Box key={`${region}-${j}`} height={1}>
            <Box width={LABEL_WIDTH} flexShrink={0}>
              <Text {...paint('heading')}>{j === 0 ? region : ''}</Text>
            </Box>
            <Text wrap="truncate-end">
              {cells.map((s) => (
                <Text key={s.name} {...paint(s.current ? 'current' : s.next ? 'next' : 'dim')}>
                  {cellText(s)}
                </Text>
              ))}
            </Text>
          </Box>
        )),
      )}
    </Box>
  );
}
