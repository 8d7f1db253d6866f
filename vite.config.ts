// One config, two targets: `vite build` → dist/ (Chrome), `vite build --mode firefox` → dist-firefox/.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.config.ts';

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      crx({
        manifest,
        browser: firefox ? 'firefox' : 'chrome',
        // The content script is one self-contained file, not a loader that imports chunks from the extension: nothing
        // has to be web-accessible (pages cannot probe for the extension), and the same file works on sites the user
        // allows at run time (scripting.registerContentScripts), which a web_accessible_resources list would not cover.
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
