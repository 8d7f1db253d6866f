// One config, two targets: `vite build` → dist/ (Chrome), `vite build --mode firefox` → dist-firefox/.
import { build, defineConfig, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.config.ts';
import { APP_MODULE_FILE, CARD_MODULE_FILE, LATER_MODULE_FILE } from './src/page/card-module-file.ts';

/** A module the content script imports later (`input`, e.g. the hover card's src/page/card-module.ts) as one
 *  self-contained ES module at `fileName`, built apart from the rest (as crxjs builds the content script apart) so it
 *  shares no chunk with the popup, the library page or another such module: the content script imports this one file
 *  on its first need (the card: the first hover). Emitted before crxjs checks that the manifest's
 *  web_accessible_resources exist in the bundle. Not crxjs's `?script&module` import: that emits the file as a chunk of
 *  the pages' build (sharing their chunks, each then web-accessible too), and in the content script's own IIFE build a
 *  literal import() is inlined.
 *  `compileHint`: V8's explicit compile hint as the file's first line, `//# allFunctionsCalledOnLoad`: Chromium (136+)
 *  then compiles every function of the file with the module itself, while it streams in off the main thread, instead of
 *  pre-parsing them and compiling each on the main thread at its first call (BENCHMARKS.md, "Content script", sessions
 *  17 and 19). For the page code (src/page/app.ts), which a first visit runs most of. Other browsers read a comment. */
function pageModule(input: string, fileName: string, compileHint = false): Plugin {
  let config: ResolvedConfig;
  return {
    name: `soi-so:page-module:${fileName}`,
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      const result = await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        logLevel: 'warn',
        plugins: [],
        build: {
          write: false,
          emptyOutDir: false,
          // Not lib mode: that leaves an ES module's whitespace unminified.
          rollupOptions: {
            input,
            preserveEntrySignatures: 'exports-only',
            output: { format: 'es', entryFileNames: fileName },
          },
          minify: config.build.minify,
          sourcemap: false,
          target: config.build.target,
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => (r as Rolldown.RolldownOutput).output);
      const entry = outputs.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!entry || outputs.length !== 1) throw new Error(`${input} must build to one file, got ${outputs.map((o) => o.fileName).join(', ')}`);
      this.emitFile({ type: 'asset', fileName, source: compileHint ? `//# allFunctionsCalledOnLoad\n${entry.code}` : entry.code });
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      pageModule('src/page/card-module.ts', CARD_MODULE_FILE),
      pageModule('src/page/later-module.ts', LATER_MODULE_FILE),
      pageModule('src/page/app.ts', APP_MODULE_FILE, true),
      preact(),
      crx({
        manifest,
        browser: firefox ? 'firefox' : 'chrome',
        // The content script is one self-contained file, not crxjs's loader of chunks: it works the same on sites the
        // user allows at run time (scripting.registerContentScripts). It is a loader of its own: its one import() is
        // the page code (src/page/app.ts, pageModule above), which imports the hover card's module and the later
        // module, each a single web-accessible file behind a per-session URL.
        contentScripts: { standaloneFiles: ['src/page/main.ts'] },
      }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Readable output: reviewers of an extension (and stores) read the built code; sizes are tracked in BENCHMARKS.md.
      minify: true,
      sourcemap: false,
      target: firefox ? 'firefox140' : 'chrome120',
    },
    // The dev server is for UI work only; tests and the demo always use the built output.
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
