// One config, two targets: `vite build` → dist/ (Chrome), `vite build --mode firefox` → dist-firefox/.
import { build, defineConfig, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.config.ts';
import { CARD_MODULE_FILE, LATER_MODULE_FILE } from './src/page/card-module-file.ts';

/** A module the content script imports later (`input`, e.g. the hover card's src/page/card-module.ts) as one
 *  self-contained ES module at `fileName`, built apart from the rest (as crxjs builds the content script apart) so it
 *  shares no chunk with the popup, the library page or another such module: the content script imports this one file
 *  on its first need (the card: the first hover). Emitted before crxjs checks that the manifest's
 *  web_accessible_resources exist in the bundle. Not crxjs's `?script&module` import: that emits the file as a chunk of
 *  the pages' build (sharing their chunks, each then web-accessible too), and in the content script's own IIFE build a
 *  literal import() is inlined. */
function pageModule(input: string, fileName: string): Plugin {
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
      this.emitFile({ type: 'asset', fileName, source: entry.code });
    },
  };
}

/** V8's explicit compile hint on the content script: `//# allFunctionsCalledOnLoad` as its first line makes Chromium
 *  (136+) compile every function of the file with the script itself instead of pre-parsing them and compiling each on
 *  its first call (BENCHMARKS.md, "Content script", session 17). crxjs emits the content script as an asset of its own
 *  IIFE build, so the line is added to that asset after crxjs's `generateBundle` (this plugin comes after crx() and
 *  runs post as it does). Other browsers read it as a comment. */
function contentScriptCompileHint(file: string): Plugin {
  return {
    name: 'soi-so:content-script-compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const asset = bundle[file];
      if (!asset) throw new Error(`No ${file} in the bundle to add the compile hint to`);
      const code = asset.type === 'asset' ? String(asset.source) : asset.code;
      const hinted = `//# allFunctionsCalledOnLoad\n${code}`;
      if (asset.type === 'asset') asset.source = hinted;
      else asset.code = hinted;
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      pageModule('src/page/card-module.ts', CARD_MODULE_FILE),
      pageModule('src/page/later-module.ts', LATER_MODULE_FILE),
      preact(),
      crx({
        manifest,
        browser: firefox ? 'firefox' : 'chrome',
        // The content script is one self-contained file, not a loader that imports chunks from the extension: it works
        // the same on sites the user allows at run time (scripting.registerContentScripts). Its two import()s are the
        // hover card's module and the later module (pageModule above), each a single web-accessible file behind a
        // per-session URL.
        contentScripts: { standaloneFiles: ['src/page/main.ts'] },
      }),
      contentScriptCompileHint('src/page/main.js'),
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
