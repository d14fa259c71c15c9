/** Reading a scenario file from disk, with a positioned message for each way that can fail. */
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from './diagnostics.js';

/** Larger files are refused before parsing: no scenario needs more. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { readonly text: string } | { readonly error: Diagnostic };

export function readScenarioText(path: string, shown: string): ReadResult {
  const fail = (message: string, hint?: string): ReadResult => ({ error: { file: shown, line: 1, col: 1, message, ...(hint ? { hint } : {}) } });
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fail('is a directory, not a scenario file', 'name a .yaml file inside it');
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('no such file', 'check the path; shipped scenarios are in scenarios/');
    return fail(`cannot read the file (${code ?? 'unknown error'})`);
  }
  if (size > MAX_FILE_BYTES) return fail(`file is ${size} bytes; the limit is ${MAX_FILE_BYTES}`, 'split the scenario, or extend a base file');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fail(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, 'check its permissions');
  }
  if (isUtf16(bytes)) return fail('is UTF-16 text; parley reads UTF-8', 'save the file as UTF-8 (in most editors: Save with Encoding)');
  if (bytes.includes(0)) return fail('is a binary file, not YAML text');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) return fail('is not UTF-8 text', 'save the file as UTF-8');
  if (!text.trim()) return fail('is empty', 'copy a file from scenarios/ to start from');
  return { text };
}

/** A byte-order mark, or ASCII text with a zero byte beside every character, as Windows tools write it. */
function isUtf16(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const head = bytes.subarray(0, 64);
  const zeros = (parity: number): number => head.filter((b, i) => i % 2 === parity && b === 0).length;
  return head.length >= 4 && Math.max(zeros(0), zeros(1)) >= head.length / 2 - 1 && Math.min(zeros(0), zeros(1)) === 0;
}
