// Content script entry: wires the page controller to the extension's runtime. Everything else lives in modules that
// take their browser APIs as parameters, so they run in unit tests and benchmarks too.
import browser from 'webextension-polyfill';
import { PAGE_PORT_NAME } from '../messages/page-messages.ts';
import { sendMessage } from '../messages/send.ts';
import { BackgroundPort } from './background-port.ts';
import { PageController } from './controller.ts';

/** False once the extension was disabled, removed or reloaded (this script is then an orphan). */
function alive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

// Only the top document: iframes (ads, embeds, comment widgets) are never scanned.
if (window.top === window) {
  const background = new BackgroundPort({
    open: () => browser.runtime.connect({ name: PAGE_PORT_NAME }),
  });
  const controller = new PageController({
    doc: document,
    extract: background.extract,
    get extractorVersion() {
      return background.version;
    },
    send: sendMessage,
    uiLanguage: browser.i18n?.getUILanguage?.(),
    onTabMessage(listener) {
      const wrapped = (message: unknown) => listener(message);
      browser.runtime.onMessage.addListener(wrapped);
      return () => browser.runtime.onMessage.removeListener(wrapped);
    },
    alive,
    connect(onBreak) {
      background.connect(onBreak);
      return () => background.close();
    },
  });
  void controller.start();
}
