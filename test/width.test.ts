import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitWidth } from '../src/text/fit.js';
import width, { isSimple } from '../src/text/width.js';

/** Every character the counting path accepts, ASCII aside. */
const simpleCharacters = Array.from({ length: 0x2600 }, (_, i) =>
  String.fromCodePoint(i + 0x80),
).filter(isSimple);

describe('text width', () => {
  it('counts the player’s arrows, dashes, quotes and box lines one column each', () => {
    expect(width('→/← step — “quoted” · ─── …')).toBe(27);
    expect(simpleCharacters).toContain('→');
  });

  it('agrees with string-width on every character it counts, alone and side by side', () => {
    const graphemes = new Intl.Segmenter();
    for (const c of simpleCharacters) {
      expect(stringWidth(c), `U+${c.codePointAt(0)?.toString(16)}`).toBe(1);
      expect(stringWidth(`a${c}${c}b`)).toBe(4);
      expect([...graphemes.segment(`${c}${c}`)]).toHaveLength(2);
    }
  });

  it('counts coloured text as string-width does, without its colour codes', () => {
    for (const text of [
      '\u001B[46m\u001B[30m>scheduled \u001B[39m\u001B[49m\u001B[36m~delayed \u001B[39m',
      '\u001B[1m→ step\u001B[22m — “quoted”',
      '\u001B[38;5;208m·\u001B[0m',
    ])
      expect(width(text)).toBe(stringWidth(text));
    expect(width('\u001B[36m~delayed \u001B[39m')).toBe(9);
  });

  it('leaves wide characters, emoji, joiners and links to string-width', () => {
    for (const text of [
      '日内瓦',
      '👍🏽',
      '©\uFE0F',
      'e\u0301',
      'a\u200Db',
      '\u001B[31m日\u001B[39m',
      '\u001B]8;;https://example.org\u0007→\u001B]8;;\u0007',
    ]) {
      expect(isSimple(text)).toBe(false);
      expect(width(text)).toBe(stringWidth(text));
    }
  });

  it('cuts simple and wide text at the same columns string-width counts', () => {
    expect(fitWidth('Geneva — “talks” → resumed', 12)).toBe('Geneva — “t…');
    expect(fitWidth('日内瓦和谈', 6)).toBe('日内…');
  });
});
