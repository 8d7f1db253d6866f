// The few extension APIs the content script uses, straight from the browser (`browser` in Firefox, `chrome` in
// Chromium; both promise-based in Manifest V3). Not webextension-polyfill: evaluating it cost more than a millisecond
// on every page load, and the content script needs four calls.
import type { PortLike } from './background-port.ts';

type Listener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined;

interface RuntimeApi {
  id?: string;
  getURL(path: string): string;
  connect(info: { name: string }): PortLike;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(fn: Listener): void; removeListener(fn: Listener): void };
}

interface ExtensionApi {
  runtime: RuntimeApi;
  i18n?: { getUILanguage(): string };
}

function api(): ExtensionApi | undefined {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return g.browser?.runtime ? g.browser : g.chrome?.runtime ? g.chrome : undefined;
}

/** False once the extension was disabled, removed or reloaded (this script is then an orphan). */
export function alive(): boolean {
  try {
    return Boolean(api()?.runtime?.id);
  } catch {
    return false;
  }
}

/** A file of the package, as this script may fetch it: in Chromium the per-session URL of a web-accessible resource
 *  with `use_dynamic_url` (the page never learns it); in Firefox the extension's per-install URL. */
export function extensionUrl(path: string): string {
  const a = api();
  if (!a) throw new Error('No extension runtime.');
  return a.runtime.getURL(path);
}

export function connect(name: string): PortLike {
  const a = api();
  if (!a) throw new Error('No extension runtime.');
  return a.runtime.connect({ name });
}

export function sendToBackground(message: unknown): Promise<unknown> {
  const a = api();
  if (!a) return Promise.reject(new Error('No extension runtime.'));
  return a.runtime.sendMessage(message);
}

/** Listens for messages sent to this tab; `listener` answers with a promise, or undefined to leave the message to
 *  other listeners. Returns the removal. */
export function onTabMessage(listener: (message: unknown) => Promise<unknown> | undefined): () => void {
  const a = api();
  if (!a) return () => undefined;
  const wrapped: Listener = (message, _sender, sendResponse) => {
    const answer = listener(message);
    if (!answer) return false;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  a.runtime.onMessage.addListener(wrapped);
  return () => {
    try {
      a.runtime.onMessage.removeListener(wrapped);
    } catch {
      // The extension context is already gone.
    }
  };
}

export function uiLanguage(): string | undefined {
  try {
    return api()?.i18n?.getUILanguage();
  } catch {
    return undefined;
  }
}
