/** Shared by the hardening tests: the hostile fixtures, and what a terminal must never receive. */
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';

export const HOSTILE = join(PACKAGE_ROOT, 'test/fixtures/hostile');
export const hostile = (name: string): string => join(HOSTILE, name);

/** Any control character a terminal acts on: ESC, CSI, BEL, backspace, carriage return, C1. Newline and tab are layout. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

export { scratchDir } from '../helpers/scratch.js';
