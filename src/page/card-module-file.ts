// Where the hover card's module sits in the package: built by vite.config.ts, listed in the manifest's
// web_accessible_resources (manifest.config.ts; Chromium loads a content script's import() of an extension file only if
// it is listed), imported by src/page/main.ts.
export const CARD_MODULE_FILE = 'page/card.js';
