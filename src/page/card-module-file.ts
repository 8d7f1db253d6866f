// Where the hover card's module sits in the package: built by vite.config.ts, listed in the manifest's
// web_accessible_resources (manifest.config.ts; Chromium loads a content script's import() of an extension file only if
// it is listed), imported by the page code, src/page/app.ts.
export const CARD_MODULE_FILE = 'page/card.js';

/** Where the module of what a page view does only on some pages sits (src/page/later-module.ts): built, listed and
 *  imported the same way, on the first need (a save's reply or notice to act on, a message from the popup or a
 *  keyboard command). */
export const LATER_MODULE_FILE = 'page/later.js';

/** Where the page code sits (src/page/app.ts): the content script (src/page/main.ts) is a loader that imports it. */
export const APP_MODULE_FILE = 'page/app.js';
