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
  if (bytes.includes(0)) return fail('is a binary file, not YAML text');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) return fail('is not UTF-8 text', 'save the file as UTF-8');
  if (!text.trim()) return fail('is empty', 'copy a file from scenarios/ to start from');
  return { text };
}
