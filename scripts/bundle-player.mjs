/**
 * Bundles the terminal player (its components, Ink and React) into dist/player/, so that
 * `parley play` loads a few tree-shaken files instead of hundreds of modules: the difference
 * between a first frame in about half a second and well under that. The rest of dist/ stays
 * as tsc wrote it.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['dist/ui/startPlayer.js'],
  outdir: 'dist/player',
  bundle: true,
  // Ink loads React's devtools only when DEV=true; a chunk of its own keeps it out of the way.
  splitting: true,
  external: ['react-devtools-core'],
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  // Some of Ink's dependencies are CommonJS and call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
