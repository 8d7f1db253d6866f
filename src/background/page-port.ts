// The content script's port: it breaks when the extension goes away (the page then cleans up), and it carries the
// page's extraction requests, so the extractor runs here, once warmed up, instead of on every page's main thread.
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { extract, EXTRACTOR_VERSION } from '../extractor/index.ts';
import { PAGE_PORT_NAME, PortRequestSchema, type PortResponse } from '../messages/page-messages.ts';

export function onPagePort(port: Runtime.Port): void {
  if (port.name !== PAGE_PORT_NAME) return;
  port.onMessage.addListener((message: unknown) => {
    const parsed = v.safeParse(PortRequestSchema, message);
    if (!parsed.success) {
      const id = typeof (message as { id?: unknown })?.id === 'number' ? (message as { id: number }).id : -1;
      port.postMessage({ id, ok: false, error: 'Malformed extraction request.' } satisfies PortResponse);
      return;
    }
    const { id, text, published, locality } = parsed.output;
    let reply: PortResponse;
    try {
      const result = extract(text, { published, locality });
      reply = { id, ok: true, version: EXTRACTOR_VERSION, figures: result.figures, published: result.published, locality: result.locality };
    } catch (e) {
      reply = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    try {
      port.postMessage(reply);
    } catch {
      // The page went away meanwhile.
    }
  });
}
