// The benchmark's stand-in for the background service worker: a Web Worker running the background's own port handler
// (src/background/page-port.ts) with the real extractor, so extraction runs off the page's main thread as in the
// extension.
import type { Runtime } from 'webextension-polyfill';
import { onPagePort } from '../src/background/page-port.ts';
import { PAGE_PORT_NAME } from '../src/messages/page-messages.ts';

const listeners: ((m: unknown) => void)[] = [];
const port = {
  name: PAGE_PORT_NAME,
  postMessage: (m: unknown) => postMessage(m),
  onMessage: { addListener: (fn: (m: unknown) => void) => void listeners.push(fn) },
};
onPagePort(port as unknown as Runtime.Port);
addEventListener('message', (e) => {
  for (const fn of listeners) fn((e as MessageEvent).data);
});
