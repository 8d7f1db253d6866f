/// <reference types="vite/client" />
// The page code: wires the page controller to the extension's runtime. A module of its own in the package
// (APP_MODULE_FILE), imported by the content script, src/page/main.ts, in the top document only. Everything else lives
// in modules that take their browser APIs as parameters, so they run in unit tests and benchmarks too.
import { createSender } from '../messages/create-sender.ts';
import { PAGE_PORT_NAME } from '../messages/page-port-name.ts';
import { BackgroundPort } from './background-port.ts';
import type { CardModule } from './card-module.ts';
import { CARD_MODULE_FILE, LATER_MODULE_FILE } from './card-module-file.ts';
import type { LaterModule } from './later-module.ts';
import { PageController } from './controller.ts';
import { elementPainter } from './element-painter.ts';
import { hasHighlightApi } from './highlighter.ts';
import { alive, connect, extensionUrl, onTabMessage, sendToBackground, uiLanguage } from './runtime.ts';

// The painter for browsers without the CSS Custom Highlight API. Left out of the Chromium build: every Chromium it
// supports (minimum_chrome_version 132) has the API, which shipped in 105; a Chromium without it (the feature switched
// off) gets no content script. Firefox keeps it (a build-time constant: the bundler drops the import in the other).
const fallbackPainter = import.meta.env.MODE === 'firefox' ? elementPainter : undefined;

if (fallbackPainter || hasHighlightApi(window)) {
  const background = new BackgroundPort({ open: () => connect(PAGE_PORT_NAME) });
  const controller = new PageController({
    doc: document,
    // No pageStyles: every way this script reaches a page brings the manifest's CSS with it (the manifest's news
    // sites, the sites the user allowed in src/background/user-sites.ts, the popup's "read this page" in
    // src/popup/browser-env.ts).
    elementPainter: fallbackPainter,
    extract: background.extract,
    get extractorVersion() {
      return background.version;
    },
    // The typed sender of src/messages over the browser's own runtime.sendMessage.
    send: createSender(sendToBackground),
    get uiLanguage() {
      return uiLanguage();
    },
    onTabMessage,
    alive,
    connect(onBreak) {
      background.connect(onBreak);
      return () => background.close();
    },
    onSaved: (listener) => background.onSaved(listener),
    // The hover card is a module of its own in the package, loaded on the first hover or focus of a figure: a first
    // visit does not evaluate it (BENCHMARKS.md, session 16). A rejection (extension reloaded, file missing) is the
    // controller's to handle. (web-ext lint warns of any import() whose argument is not a literal: UNSAFE_VAR_ASSIGNMENT;
    // here it is always this file of the package.)
    loadCard: async () => (await import(/* @vite-ignore */ extensionUrl(CARD_MODULE_FILE))) as CardModule,
    // What a page view does only on some pages (a save's reply or notice to act on, the popup's and the keyboard
    // commands' messages), a module of its own loaded on the first such need, as the card is (BENCHMARKS.md, session 18).
    loadLater: async () => (await import(/* @vite-ignore */ extensionUrl(LATER_MODULE_FILE))) as LaterModule,
  });
  void controller.start();
}
