/** Whether a path a user gave can name a file at all, asked before the disk is. */

/** The longest path and file name parley reads or writes: the usual limits of Linux and macOS. */
export const MAX_PATH_BYTES = 4096;
export const MAX_NAME_BYTES = 255;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * Why `path` cannot name a file parley reads or writes, or null.
 * @example pathProblem(`${'x'.repeat(300)}.yaml`) // 'the name is 305 bytes long; the limit is 255'
 */
export function pathProblem(path: string): string | null {
  const bytes = Buffer.byteLength(path);
  if (bytes > MAX_PATH_BYTES)
    return `the path is ${bytes} bytes long; the limit is ${MAX_PATH_BYTES}`;
  const long = path.split('/').find((part) => Buffer.byteLength(part) > MAX_NAME_BYTES);
  if (long !== undefined)
    return `the name is ${Buffer.byteLength(long)} bytes long; the limit is ${MAX_NAME_BYTES}`;
  // A name with a line break or an escape in it would garble every listing that shows it.
  return CONTROL.test(path)
    ? 'the name holds a control character (a line break, a tab, an escape)'
    : null;
}
