/** Folders shipped with the package, found from this module whether it runs from src/ or dist/. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS_DIR = join(PACKAGE_ROOT, 'seeds');
export const SCENARIOS_DIR = join(PACKAGE_ROOT, 'scenarios');
