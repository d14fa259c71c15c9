/**
 * Join codes: one a team, drawn from the operating system's random source (not the game's seeded
 * generator, which a class could replay), in letters and digits no one misreads off a projector.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

export const joinCode = (): string =>
  Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** Whether `typed` is `code`, case aside, compared in constant time. */
export function sameCode(code: string, typed: string): boolean {
  const [a, b] = [Buffer.from(code), Buffer.from(typed.trim().toUpperCase())];
  return a.length === b.length && timingSafeEqual(a, b);
}
