/**
 * Bundles the command (from tsc's output in dist/) into dist/bin/: parley.js, the worker thread
 * of simulations, and one chunk per command, loaded when used. Hundreds of small modules (Ink's
 * above all) were most of the player's time to its first frame; bundled and tree-shaken, they
 * load in a fraction of it.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Chunks of earlier builds would ship in the package, unused.
rmSync(new URL('../dist/bin', import.meta.url), { recursive: true, force: true });

/**
 * Ink loads React's devtools, a package parley does not ship, whenever the shell exports DEV=true
 * (it reads the variable through node:process, which no `define` reaches). The player must start
 * whatever a user's shell exports: in the bundle, Ink's test for it always says no.
 */
const withoutDevtools = {
  name: 'without-devtools',
  setup(build) {
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]utils\.js$/ }, () => ({
      contents: 'export const isDev = () => false;',
      loader: 'js',
    }));
  },
};

/**
 * string-width builds its emoji pattern and grapheme segmenter when it loads, tens of
 * milliseconds the player's first frame does not need: dist/text/width.js counts simple text
 * itself. So every import of string-width (Ink's, through its libraries, too) reaches
 * dist/text/width.js, and that module's own import gets string-width loaded on its first call
 * (a require() makes esbuild run the module only then). wrap-ansi keeps its own older copy.
 */
const WIDTH = fileURLToPath(new URL('../dist/text/width.js', import.meta.url));
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, (args) => {
      if (args.namespace === 'lazy' || args.importer.includes('/node_modules/wrap-ansi/'))
        return undefined;
      if (args.importer !== WIDTH) return { path: WIDTH };
      return { path: 'string-width', namespace: 'lazy' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "export default (...args) => require('string-width').default(...args);",
      loader: 'js',
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
    }));
  },
};

/**
 * zod's namespace `z` carries its error messages in sixty languages, a quarter of a megabyte the
 * bundle would compile at every start; parley speaks English only (zod's default, which zod
 * loads itself), so the namespace of locales holds English alone.
 */
const englishOnly = {
  name: 'english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes('/node_modules/zod/')
        ? { path: join(dirname(args.importer), '../locales/index.js'), namespace: 'english' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'english' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

await build({
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  // Two levels below the package root, like tsc's output, so paths found from a module still hold.
  entryPoints: { parley: 'dist/cli/main.js', simulateWorker: 'dist/engine/simulateWorker.js' },
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  external: ['react-devtools-core'],
  plugins: [withoutDevtools, lazyStringWidth, englishOnly],
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  // Some of Ink's dependencies are CommonJS and call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
