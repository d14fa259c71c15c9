/**
 * Each way reading a scenario file can fail gets its own message, at line 1, column 1 of the
 * file: what the path names, why it cannot be read, what its bytes are if they are no UTF-8 text.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES, namedPath, readScenarioText } from '../src/scenario/readSource.js';
import { refusal } from './helpers/refusal.js';
import { scratchFiles } from './helpers/scratch.js';

const { dir, file } = scratchFiles('read');

describe('what a path names', () => {
  test('a missing file', () => {
    expect(refusal(join(dir, 'missing.yaml'))).toEqual([
      'no such file',
      'check the path; shipped scenarios are in scenarios/',
    ]);
  });

  test('a folder, a device', () => {
    mkdirSync(join(dir, 'folder.yaml'));
    expect(refusal(join(dir, 'folder.yaml'))).toEqual([
      'is a directory, not a scenario file',
      'name a .yaml file inside it',
    ]);
    expect(refusal('/dev/null')).toEqual(['is a device, not a scenario file', 'name a .yaml file']);
  });

  test('a path through a file, and a loop of links, say why they cannot be read', () => {
    const plain = file('plain.yaml', 'id: x\n');
    expect(refusal(join(plain, 'inside.yaml'))).toEqual([
      'cannot read the file: part of the path is not a folder (ENOTDIR)',
    ]);
    symlinkSync(join(dir, 'loop-b.yaml'), join(dir, 'loop-a.yaml'));
    symlinkSync(join(dir, 'loop-a.yaml'), join(dir, 'loop-b.yaml'));
    expect(refusal(join(dir, 'loop-a.yaml'))).toEqual([
      'cannot read the file: the path has too many symbolic links (a loop?) (ELOOP)',
    ]);
  });

  test('a name too long for any disk is refused before the disk is asked', () => {
    expect(refusal(join(dir, `${'x'.repeat(300)}.yaml`))).toEqual([
      'the name is 305 bytes long; the limit is 255',
      'move the file to a folder with a shorter path, or rename it',
    ]);
  });

  test('a socket', async () => {
    const path = join(dir, 'socket.yaml');
    const server = createServer();
    await new Promise<void>((listening) => server.listen(path, listening));
    try {
      expect(refusal(path)).toEqual(['is a socket, not a scenario file', 'name a .yaml file']);
    } finally {
      server.close();
    }
  });

  test('a named pipe that nothing writes to is refused at once', () => {
    const pipe = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [pipe]);
    expect(refusal(pipe)).toEqual([
      'is a pipe that nothing is writing to',
      'start the program that writes to pipe.yaml first, or give a file',
    ]);
  });

  test('standard input is named as such in messages, any other path as given', () => {
    expect(namedPath('-')).toBe('<stdin>');
    expect(namedPath('a/b.yaml')).toBe('a/b.yaml');
  });
});

describe('what the bytes are', () => {
  test('a file over the limit is refused with its size, before it is read', () => {
    const big = file('big.yaml', Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    expect(refusal(big)).toEqual([
      `file is ${MAX_FILE_BYTES + 1} bytes; the limit is ${MAX_FILE_BYTES}`,
      'split the scenario, or extend a base file',
    ]);
  });

  test('a file at the limit is read', () => {
    const text = `id: x\n${' '.repeat(MAX_FILE_BYTES - 6)}`;
    expect(readScenarioText(file('at-limit.yaml', text), 'shown.yaml')).toEqual({ text });
  });

  const UTF16 = [
    'is UTF-16 text; parley reads UTF-8',
    'save the file as UTF-8 (in most editors: Save with Encoding)',
  ];
  test.each([
    [
      'little-endian with its mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id: x\n', 'utf16le')]),
    ],
    ['big-endian with its mark', Buffer.from([0xfe, 0xff, 0, 0x69, 0, 0x64])],
    ['without a mark, as Windows tools write it', Buffer.from('id: x\ntitle: y\n', 'utf16le')],
  ])('UTF-16 text, %s', (_name, bytes) => {
    expect(refusal(file('utf16.yaml', bytes))).toEqual(UTF16);
  });

  test.each([
    ['little-endian', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Астана', 'utf16le')])],
    [
      'big-endian',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Астана', 'utf16le').swap16()]),
    ],
    ['nothing but its mark', Buffer.from([0xff, 0xfe])],
  ])('UTF-16 text with no zero byte, known by its mark alone: %s', (_name, bytes) => {
    expect(refusal(file('utf16-mark.yaml', bytes))).toEqual(UTF16);
  });

  test('UTF-16 without a mark, from two characters, one of them past ASCII', () => {
    expect(refusal(file('utf16-short.yaml', Buffer.from('ab', 'utf16le')))).toEqual(UTF16);
    expect(refusal(file('utf16-accent.yaml', Buffer.from('abĉ', 'utf16le')))).toEqual(UTF16);
    expect(refusal(file('utf16-be.yaml', Buffer.from('abĉ', 'utf16le').swap16()))).toEqual(UTF16);
  });

  test('a Latin-1 file that starts like a mark, and is not one', () => {
    const latin1 = ['is not UTF-8 text', 'save the file as UTF-8'];
    expect(refusal(file('y-umlaut.yaml', Buffer.from([0xff, 0x61, 0x3a, 0x20, 0x31])))).toEqual(
      latin1,
    );
    expect(refusal(file('thorn.yaml', Buffer.from([0xfe, 0x61, 0x3a, 0x20, 0x31])))).toEqual(
      latin1,
    );
    // A mark is two bytes: either one alone, in either place, is not one.
    expect(refusal(file('a-thorn.yaml', Buffer.from([0x61, 0xfe, 0x3a, 0x20, 0x31])))).toEqual(
      latin1,
    );
    expect(refusal(file('a-y-umlaut.yaml', Buffer.from([0x61, 0xff, 0x3a, 0x20, 0x31])))).toEqual(
      latin1,
    );
  });

  test('bytes that are no text', () => {
    expect(
      refusal(file('binary.yaml', Buffer.from([0x69, 0x64, 0x3a, 0, 0x78, 0x79, 0x7a, 0x7a]))),
    ).toEqual(['is a binary file, not YAML text']);
    // Zeros at every place are no UTF-16: that has them beside every other byte only.
    expect(refusal(file('zeros.yaml', Buffer.alloc(16)))).toEqual([
      'is a binary file, not YAML text',
    ]);
    expect(refusal(file('latin1.yaml', Buffer.from('title: caf\xe9\n', 'latin1')))).toEqual([
      'is not UTF-8 text',
      'save the file as UTF-8',
    ]);
  });

  test('an empty file, and one of blanks only', () => {
    const empty = ['is empty', 'copy a file from scenarios/ to start from'];
    expect(refusal(file('empty.yaml', ''))).toEqual(empty);
    expect(refusal(file('blank.yaml', ' \n\n\t\n'))).toEqual(empty);
  });

  test('UTF-8 text with a few zero-free characters is read as it is', () => {
    const text = 'id: x\ntitle: "Genève, Астана"\n';
    expect(readScenarioText(file('utf8.yaml', text), 'shown.yaml')).toEqual({ text });
    expect(readScenarioText(file('short.yaml', 'a\n'), 'shown.yaml')).toEqual({ text: 'a\n' });
  });
});
