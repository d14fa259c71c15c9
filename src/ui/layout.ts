/**
 * How the player's screen is shared out: the rows each panel gets and the columns of the two
 * side by side, at a terminal's size. Pure arithmetic, tested without Ink.
 */
import type { Size } from './useTerminalSize.js';

/** Below this the panels cannot fit; saying so beats drawing a frame taller than the screen. */
export const MIN_SIZE: Size = { columns: 60, rows: 20 };

/** The event panel's height at 80x24, and the most it grows to on a taller screen. */
const MIN_EVENT_ROWS = 7;
const MAX_EVENT_ROWS = 10;
/** What the timeline and the context below the event need to stay useful. */
const ROWS_BELOW_EVENT = 9;
/** The context column needs about this many characters; the timeline takes the rest. */
const CONTEXT_COLUMNS = 38;

export const isTooSmall = ({ columns, rows }: Size): boolean =>
  columns < MIN_SIZE.columns || rows < MIN_SIZE.rows;

export interface Layout {
  /** The whole frame's height. */
  readonly height: number;
  /** The event panel, the timeline and the context together; a dialog takes this and the footer. */
  readonly body: number;
  /** The status line, and in predict mode the score above it. */
  readonly footer: number;
  readonly event: number;
  /** The timeline and the context, side by side under the event. */
  readonly below: number;
  readonly timelineWidth: number;
  readonly contextWidth: number;
}

/**
 * The rows and columns of each panel: a header line, the statechart (`chartRows`, as its regions
 * wrap at this width), the body, then the footer.
 * @example layoutOf({ columns: 80, rows: 24 }, 5, false)
 * // { height: 23, body: 16, footer: 1, event: 7, below: 9, timelineWidth: 42, contextWidth: 38 }
 */
export function layoutOf({ columns, rows }: Size, chartRows: number, predict: boolean): Layout {
  // One line short of the screen: Ink redraws a frame as tall as the terminal by clearing it
  // (flicker).
  const height = rows - 1;
  const footer = 1 + Number(predict);
  const body = height - 1 - footer - chartRows;
  // A taller screen gives its extra rows to the event first: its quote and effects are cut least.
  const event = Math.max(MIN_EVENT_ROWS, Math.min(MAX_EVENT_ROWS, body - ROWS_BELOW_EVENT));
  const timelineWidth = columns - CONTEXT_COLUMNS;
  return {
    height,
    body,
    footer,
    event,
    below: body - event,
    timelineWidth,
    contextWidth: columns - timelineWidth,
  };
}
