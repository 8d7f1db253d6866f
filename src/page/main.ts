// Content script entry: a loader. The page code itself (src/page/app.ts) is a module of its own in the package
// (APP_MODULE_FILE, built by vite.config.ts, web-accessible like the card's), imported from here: the browser fetches
// it as a resource and V8 compiles it off the page's main thread while it streams in (a manifest content script is
// compiled on the main thread, as an inline script is). BENCHMARKS.md, "Content script", session 19.
// (web-ext lint warns of any import() whose argument is not a literal, UNSAFE_VAR_ASSIGNMENT: here it is always this
// file of the package, as for the card's and the later module's imports in app.ts.)
import { APP_MODULE_FILE } from './card-module-file.ts';
import { extensionUrl } from './runtime.ts';

// Only the top document: iframes (ads, embeds, comment widgets) are never scanned.
if (window.top === window) {
  void import(/* @vite-ignore */ extensionUrl(APP_MODULE_FILE)).catch(() => undefined);
}
