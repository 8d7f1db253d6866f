// The benchmark's stand-in for the background service worker: a Web Worker running the background's own port handler
// (src/background/page-port.ts) with the real extractor, so extraction runs off the page's main thread as in the
// extension.
import type { Runtime } from 'webextension-polyfill';
import { onPagePort } from '../src/background/page-port.ts';
import { machineFigureIds } from '../src/background/library/figure-id.ts';
import { PAGE_PORT_NAME } from '../src/messages/page-messages.ts';
import { normaliseUrl } from '../src/shared/url-normalise.ts';

const listeners: ((m: unknown) => void)[] = [];
const port = {
  name: PAGE_PORT_NAME,
  postMessage: (m: unknown) => postMessage(m),
  onMessage: { addListener: (fn: (m: unknown) => void) => void listeners.push(fn) },
};
// The library stands in as a save that succeeds with nothing of the reader's to apply (a first visit).
onPagePort(port as unknown as Runtime.Port, {
  save: async (request) => ({
    ok: true,
    data: {
      articleId: normaliseUrl(request.article.url), saved: true, added: request.figures.length, updated: 0, unchanged: 0, removed: 0,
      figureIds: machineFigureIds(normaliseUrl(request.article.url), request.figures.map((f) => f.anchor)), decided: [],
    },
  }),
});
addEventListener('message', (e) => {
  for (const fn of listeners) fn((e as MessageEvent).data);
});
