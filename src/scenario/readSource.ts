/**
 * Reading a scenario file, or standard input, with a positioned message for each way that can
 * fail. Reading is bounded whatever the path is: at most one byte over the limit is ever read,
 * because `stat` says nothing true of a device (size 0), a pipe, or a file that grows while read.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { pathProblem } from '../files/pathLimits.js';
import type { Diagnostic } from './diagnostics.js';

/** Larger files are refused before parsing: no scenario needs more. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The name a command line gives standard input, and how messages name it. */
export const STDIN = '-';
export const STDIN_SHOWN = '<stdin>';

/** A path as messages name it: standard input by name, any other path as given. */
export const namedPath = (path: string): string => (path === STDIN ? STDIN_SHOWN : path);

export type ReadResult = { readonly text: string } | { readonly error: Diagnostic };

type Fail = (message: string, hint?: string) => ReadResult;

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'part of the path is not a folder',
  ELOOP: 'the path has too many symbolic links (a loop?)',
  ENAMETOOLONG: 'the path is too long',
  EIO: 'the disk reported an error',
  ENXIO: 'nothing is connected to it',
};

function cannotRead(fail: Fail, error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  if (code === 'ENOENT')
    return fail('no such file', 'check the path; shipped scenarios are in scenarios/');
  return fail(
    `cannot read the file: ${REASONS[code] ?? 'it could not be opened'} (${code})`,
    code === 'EACCES' || code === 'EPERM' ? 'check its permissions' : undefined,
  );
}

/** What a path names when it is no file of text at all: a folder, a device, a socket. */
function notAFile(stat: Stats): [string, string] | null {
  if (stat.isDirectory())
    return ['is a directory, not a scenario file', 'name a .yaml file inside it'];
  if (stat.isCharacterDevice() || stat.isBlockDevice())
    return ['is a device, not a scenario file', 'name a .yaml file'];
  if (stat.isSocket()) return ['is a socket, not a scenario file', 'name a .yaml file'];
  return null;
}

let stdinText: ReadResult | null = null;

/**
 * The text of a scenario file, or the one message that says why there is none. `-` reads standard
 * input (once: a second `-` on the same command line gets the same text).
 */
export function readScenarioText(path: string, shown: string): ReadResult {
  const fail: Fail = (message, hint) => ({
    error: { file: shown, line: 1, col: 1, message, ...(hint ? { hint } : {}) },
  });
  if (path === STDIN) return (stdinText ??= readStandardInput(fail));
  const tooLong = pathProblem(path);
  if (tooLong) return fail(tooLong, 'move the file to a folder with a shorter path, or rename it');
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    return cannotRead(fail, error);
  }
  const not = notAFile(stat);
  if (not) return fail(...not);
  if (stat.size > MAX_FILE_BYTES) return tooLarge(fail, stat.size);
  let fd: number;
  try {
    // Not blocking: opening a named pipe with nothing writing to it would wait for ever.
    fd = openSync(path, constants.O_RDONLY | (stat.isFIFO() ? constants.O_NONBLOCK : 0));
  } catch (error) {
    return cannotRead(fail, error);
  }
  try {
    // Checked again on what was opened: the path may have been swapped for a device meanwhile.
    const opened = notAFile(fstatSync(fd));
    if (opened) return fail(...opened);
    const bytes = readBounded(fd);
    if (stat.isFIFO() && bytes === 'nothing yet')
      return fail(
        'is a pipe that nothing is writing to',
        `start the program that writes to ${basename(path)} first, or give a file`,
      );
    return decode(fail, bytes === 'nothing yet' ? Buffer.alloc(0) : bytes);
  } catch (error) {
    return cannotRead(fail, error);
  } finally {
    closeSync(fd);
  }
}

function readStandardInput(fail: Fail): ReadResult {
  // A person at the keyboard would otherwise see the command hang without a word.
  if (process.stdin.isTTY)
    process.stderr.write('parley: reading the scenario from standard input; end it with Ctrl-D\n');
  try {
    const bytes = readBounded(0);
    return decode(fail, bytes === 'nothing yet' ? Buffer.alloc(0) : bytes);
  } catch (error) {
    return cannotRead(fail, error);
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));
const CHUNK_BYTES = 256 * 1024;

/**
 * At most MAX_FILE_BYTES + 1 bytes from `fd`, whatever it is. 'nothing yet' when a pipe opened
 * without blocking had no writer: reading it would have been waiting for one.
 */
function readBounded(fd: number): Buffer | 'nothing yet' {
  const chunks: Buffer[] = [];
  let used = 0;
  let waited = false;
  while (used <= MAX_FILE_BYTES) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, MAX_FILE_BYTES + 1 - used));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // A writer is there but has written nothing yet, or standard input is in non-blocking mode.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      waited = true;
      Atomics.wait(pause, 0, 0, 10);
      continue;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    used += n;
  }
  return used === 0 && !waited ? 'nothing yet' : Buffer.concat(chunks, used);
}

function tooLarge(fail: Fail, size: number | null): ReadResult {
  const what =
    size === null
      ? 'the file is larger than the limit'
      : `file is ${size} bytes; the limit is ${MAX_FILE_BYTES}`;
  return fail(
    size === null ? `${what} of ${MAX_FILE_BYTES} bytes` : what,
    'split the scenario, or extend a base file',
  );
}

function decode(fail: Fail, bytes: Buffer): ReadResult {
  // Only a file that grew after `stat`, a device or a pipe gets here over the limit.
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(fail, null);
  if (isUtf16(bytes))
    return fail(
      'is UTF-16 text; parley reads UTF-8',
      'save the file as UTF-8 (in most editors: Save with Encoding)',
    );
  if (bytes.includes(0)) return fail('is a binary file, not YAML text');
  // Not fatal: a byte that is no UTF-8 becomes U+FFFD, found just below.
  const text = new TextDecoder().decode(bytes);
  if (text.includes('\uFFFD')) return fail('is not UTF-8 text', 'save the file as UTF-8');
  if (!text.trim()) return fail('is empty', 'copy a file from scenarios/ to start from');
  return { text };
}

/** A byte-order mark, or ASCII text with a zero byte beside every character, as Windows tools write it. */
function isUtf16(bytes: Buffer): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return true;
  const head = bytes.subarray(0, 64);
  const zeros = (parity: number): number =>
    head.filter((b, i) => i % 2 === parity && b === 0).length;
  return (
    head.length >= 4 &&
    Math.max(zeros(0), zeros(1)) >= head.length / 2 - 1 &&
    Math.min(zeros(0), zeros(1)) === 0
  );
}
