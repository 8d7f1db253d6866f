// Content script entry: wires the page controller to the extension's runtime. Everything else lives in modules that
// take their browser APIs as parameters, so they run in unit tests and benchmarks too.
import browser from 'webextension-polyfill';
import { extract, EXTRACTOR_VERSION } from '../extractor/index.ts';
import { PAGE_PORT_NAME } from '../messages/page-messages.ts';
import { sendMessage } from '../messages/send.ts';
import { PageController } from './controller.ts';

/** False once the extension was disabled, removed or reloaded (this script is then an orphan). */
function alive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Keeps a port to the background open. The browser breaks it when the extension goes away (→ onGone) and also
 *  when an idle service worker stops (→ open a new one, a few times at most in a row). */
function connect(onGone: () => void): () => void {
  let closed = false;
  let quickFailures = 0;
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    if (closed) return;
    if (!alive()) return onGone();
    const opened = Date.now();
    try {
      port = browser.runtime.connect({ name: PAGE_PORT_NAME });
    } catch {
      return onGone();
    }
    port.onDisconnect.addListener(() => {
      if (closed) return;
      if (!alive()) return onGone();
      quickFailures = Date.now() - opened < 2000 ? quickFailures + 1 : 0;
      if (quickFailures < 3) retry = setTimeout(open, 1000);
    });
  };
  open();
  return () => {
    closed = true;
    if (retry) clearTimeout(retry);
    try {
      port?.disconnect();
    } catch {
      // Already gone.
    }
  };
}

// Only the top document: iframes (ads, embeds, comment widgets) are never scanned.
if (window.top === window) {
  const controller = new PageController({
    doc: document,
    extract,
    extractorVersion: EXTRACTOR_VERSION,
    send: sendMessage,
    uiLanguage: browser.i18n?.getUILanguage?.(),
    onTabMessage(listener) {
      const wrapped = (message: unknown) => listener(message);
      browser.runtime.onMessage.addListener(wrapped);
      return () => browser.runtime.onMessage.removeListener(wrapped);
    },
    connect,
  });
  void controller.start();
}
