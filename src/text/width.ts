/**
 * Terminal columns of a string, as string-width counts them, without its slow path where text
 * cannot need it. string-width splits any non-ASCII text into graphemes and tests each against
 * the Unicode emoji pattern; the first such test compiles that pattern and starts the segmenter,
 * which cost the player's first frame (arrows, dashes, quotes, box lines) about a tenth of a
 * second on every start. The bundle sends Ink's calls here too (scripts/bundle.mjs).
 */
import stringWidth from 'string-width';

/**
 * Characters one column wide that never join a neighbour into one grapheme and never draw as an
 * emoji: printable ASCII, Latin letters and signs (not the soft hyphen, nor the copyright and
 * registered signs, which some emoji patterns match), dashes, quotes, bullets and the ellipsis,
 * per mille and primes, the four arrows, box lines. test/width.test.ts checks each against
 * string-width.
 */
const SIMPLE =
  /^[\u0020-\u007E\u00A0-\u00A8\u00AA-\u00AC\u00AF-\u02FF\u2010-\u2027\u2030-\u203B\u2190-\u2193\u2500-\u257F]*$/;

/**
 * Colour codes as chalk writes them (ESC [ numbers m): string-width strips them before counting,
 * and its pattern for them matches each of these whole.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character starts every colour code
const COLOUR = /\u001B\[[0-9;]*m/g;

/** True when every character of `text` is one grapheme of one column. */
export const isSimple = (text: string): boolean => SIMPLE.test(text);

/** string-width's answer, found by counting when the text is simple. @example width('a → b') === 5 */
export default function width(text: string, options?: Parameters<typeof stringWidth>[1]): number {
  if (options !== undefined || typeof text !== 'string') return stringWidth(text, options);
  const plain = text.includes('\u001B') ? text.replace(COLOUR, '') : text;
  return SIMPLE.test(plain) ? plain.length : stringWidth(text);
}
