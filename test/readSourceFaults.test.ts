/**
 * Reading when the system misbehaves: a permission refused, a disk error, a path swapped for a
 * device after it was checked, a pipe whose writer is slow, a source that never ends, and standard
 * input. The file system is wrapped so a test can make each call fail as the system would.
 */
import * as fs from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MAX_FILE_BYTES, readScenarioText } from '../src/scenario/readSource.js';
import { refusal } from './helpers/refusal.js';
import { scratchFiles } from './helpers/scratch.js';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    statSync: vi.fn(real.statSync),
    fstatSync: vi.fn(real.fstatSync),
    openSync: vi.fn(real.openSync),
    readSync: vi.fn(real.readSync),
    closeSync: vi.fn(real.closeSync),
  };
});

const { file } = scratchFiles('read-faults');
const failing = (code?: string): Error =>
  Object.assign(new Error(`${code ?? 'no code'}: injected`), code ? { code } : {});
/** A call that fails as the system would, with `code`. */
const throwing = (code?: string) => (): never => {
  throw failing(code);
};
/** The stat of `path`, told it is a named pipe. */
const asPipe = (path: fs.PathLike): fs.Stats =>
  Object.assign(fs.statSync(path), { isFIFO: () => true });
/** Each read from now on gives what `give` writes into the part of the buffer it was asked to fill. */
const reading = (give: (fd: number, into: Buffer) => number) =>
  vi
    .mocked(fs.readSync)
    .mockImplementation((fd, buffer, ...at: unknown[]) =>
      give(fd, Buffer.from(buffer.buffer, buffer.byteOffset + Number(at[0]), Number(at[1]))),
    );
/** A read that fails once as a pipe with a writer that has written nothing yet. */
const notYet = () => vi.mocked(fs.readSync).mockImplementationOnce(throwing('EAGAIN'));

afterEach(() => {
  for (const call of [fs.statSync, fs.fstatSync, fs.openSync, fs.readSync, fs.closeSync])
    vi.mocked(call).mockReset();
  vi.restoreAllMocks();
});

describe('the system refuses', () => {
  test.each(['EACCES', 'EPERM'])('%s: permission denied, with a hint to check it', (code) => {
    vi.mocked(fs.statSync).mockImplementationOnce(throwing(code));
    expect(refusal(file('private.yaml', 'id: x\n'))).toEqual([
      `cannot read the file: permission denied (${code})`,
      'check its permissions',
    ]);
  });

  test('opening is refused after the path was found', () => {
    vi.mocked(fs.openSync).mockImplementationOnce(throwing('EACCES'));
    expect(refusal(file('closed.yaml', 'id: x\n'))).toEqual([
      'cannot read the file: permission denied (EACCES)',
      'check its permissions',
    ]);
  });

  test('an error the system gives no code for', () => {
    vi.mocked(fs.statSync).mockImplementationOnce(throwing());
    expect(refusal(file('odd.yaml', 'id: x\n'))).toEqual([
      'cannot read the file: it could not be opened (unknown error)',
    ]);
  });

  test('a disk error while reading is told, and the file is closed', () => {
    vi.mocked(fs.readSync).mockImplementationOnce(throwing('EIO'));
    expect(refusal(file('bad-disk.yaml', 'id: x\n'))).toEqual([
      'cannot read the file: the disk reported an error (EIO)',
    ]);
    expect(fs.closeSync).toHaveBeenCalledTimes(1);
    expect(fs.closeSync).toHaveBeenCalledWith(vi.mocked(fs.openSync).mock.results[0]?.value);
  });

  test('a path swapped for a device between the check and the opening is refused, and closed', () => {
    vi.mocked(fs.fstatSync).mockImplementationOnce(() => fs.statSync('/dev/null'));
    expect(refusal(file('swapped.yaml', 'id: x\n'))).toEqual([
      'is a device, not a scenario file',
      'name a .yaml file',
    ]);
    expect(fs.closeSync).toHaveBeenCalledTimes(1);
  });
});

describe('a named pipe', () => {
  test('whose writer is slow to start is read once it writes', () => {
    const path = file('slow.yaml', 'id: x\n');
    vi.mocked(fs.statSync).mockImplementationOnce(asPipe);
    notYet();
    expect(readScenarioText(path, 'shown.yaml')).toEqual({ text: 'id: x\n' });
  });

  test('whose writer closes without a word is empty, not a pipe nothing writes to', () => {
    const path = file('silent.yaml', '');
    vi.mocked(fs.statSync).mockImplementationOnce(asPipe);
    notYet();
    expect(refusal(path)).toEqual(['is empty', 'copy a file from scenarios/ to start from']);
  });
});

describe('a source that never ends', () => {
  test('is refused once it passes the limit, having read at most one byte more', () => {
    let requested = 0;
    reading((_fd, into) => {
      requested += into.length;
      return into.fill(0x61).length;
    });
    expect(refusal(file('endless.yaml', 'id: x\n'))).toEqual([
      `the file is larger than the limit of ${MAX_FILE_BYTES} bytes`,
      'split the scenario, or extend a base file',
    ]);
    expect(requested).toBe(MAX_FILE_BYTES + 1);
  });
});

describe('standard input', () => {
  /** A fresh module, since standard input is read once a process; `chunks` are what fd 0 gives. */
  const fromStdin = async (chunks: (string | Error)[], tty = false) => {
    vi.resetModules();
    const { readScenarioText: read } = await import('../src/scenario/readSource.js');
    reading((fd, into) => {
      if (fd !== 0) throw new Error(`fd ${fd} read`);
      const next = chunks.shift();
      if (next instanceof Error) throw next;
      return next === undefined ? 0 : into.write(next);
    });
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(
      Object.assign(Object.create(process.stdin), { isTTY: tty }),
    );
    const said = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
    return { read, said };
  };

  test('is read by the name -, once: a second - gets the same text', async () => {
    const { read, said } = await fromStdin(['id: ', 'x\n']);
    expect(read('-', '<stdin>')).toEqual({ text: 'id: x\n' });
    expect(read('-', '<stdin>')).toEqual({ text: 'id: x\n' });
    expect(fs.readSync).toHaveBeenCalledTimes(3);
    expect(said).not.toHaveBeenCalled();
  });

  test('from a keyboard, says how to end it', async () => {
    const { read, said } = await fromStdin(['id: x\n'], true);
    expect(read('-', '<stdin>')).toEqual({ text: 'id: x\n' });
    expect(said).toHaveBeenCalledWith(
      'parley: reading the scenario from standard input; end it with Ctrl-D\n',
    );
  });

  test('in non-blocking mode waits for its text', async () => {
    const { read } = await fromStdin([failing('EAGAIN'), 'id: x\n']);
    expect(read('-', '<stdin>')).toEqual({ text: 'id: x\n' });
  });

  test('empty, or failing, gets a message naming it', async () => {
    const empty = await fromStdin([]);
    expect(empty.read('-', '<stdin>')).toEqual({
      error: {
        file: '<stdin>',
        line: 1,
        col: 1,
        message: 'is empty',
        hint: 'copy a file from scenarios/ to start from',
      },
    });
    const broken = await fromStdin([failing('EIO')]);
    expect(broken.read('-', '<stdin>')).toMatchObject({
      error: { file: '<stdin>', message: 'cannot read the file: the disk reported an error (EIO)' },
    });
  });
});
