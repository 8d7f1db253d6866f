// The content script's port: it breaks when the extension goes away (the page then cleans up), and it carries the
// page's extraction requests, so the extractor runs here, once warmed up, instead of on every page's main thread.
// A request for a page view's whole article also saves it: the page then sends no save and waits for no reply.
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { extract, EXTRACTOR_VERSION } from '../extractor/index.ts';
import { anchorAt } from '../messages/anchor.ts';
import type { Request, Result } from '../messages/contract.ts';
import { PAGE_PORT_NAME, PortRequestSchema, type PortResponse, type PortSaved } from '../messages/page-messages.ts';
import type { SaveArticleResponse } from '../messages/responses.ts';
import { homeProvinceOf } from '../shared/news-sites.ts';
import { normaliseUrl } from '../shared/url-normalise.ts';
import { machineFigureIds } from './library/figure-id.ts';

export type SaveRequest = Extract<Request, { type: 'save-article' }>;

export interface PagePortDeps {
  /** Saves as a `save-article` message from this port's sender would be (checked and answered by the router). */
  save?(request: SaveRequest, sender: Runtime.MessageSender | undefined): Promise<Result<SaveArticleResponse>>;
}

export function onPagePort(port: Runtime.Port, deps: PagePortDeps = {}): void {
  if (port.name !== PAGE_PORT_NAME) return;
  const post = (message: PortResponse | PortSaved) => {
    try {
      port.postMessage(message);
    } catch {
      // The page went away meanwhile.
    }
  };
  port.onMessage.addListener((message: unknown) => {
    const parsed = v.safeParse(PortRequestSchema, message);
    if (!parsed.success) {
      const id = typeof (message as { id?: unknown })?.id === 'number' ? (message as { id: number }).id : -1;
      post({ id, ok: false, error: 'Malformed extraction request.' });
      return;
    }
    const { id, text, published, locality, homeLocality, save } = parsed.output;
    let reply: PortResponse;
    let saving: { request: SaveRequest; figureIds: string[] } | undefined;
    try {
      // A provincial paper's page that names no place of its own is about the paper's province.
      const result = extract(text, { published, locality, homeLocality: homeLocality ?? homeProvinceOf(port.sender?.url) });
      reply = { id, ok: true, version: EXTRACTOR_VERSION, figures: result.figures, published: result.published, locality: result.locality };
      if (save && deps.save) {
        const figures = result.figures.map((f) => ({ ...f, anchor: anchorAt(text, f.start, f.end) }));
        const request: SaveRequest = { type: 'save-article', article: save, figures, extractorVersion: EXTRACTOR_VERSION };
        // The ids the library gives these anchors (figure-id.ts): known before the write, so the answer need not wait.
        saving = { request, figureIds: machineFigureIds(normaliseUrl(save.url), figures.map((f) => f.anchor)) };
        reply.figureIds = saving.figureIds;
      }
    } catch (e) {
      reply = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    post(reply);
    if (saving && deps.save) void saveAfter(saving.request, saving.figureIds, deps.save, port.sender, post);
  });
}

async function saveAfter(request: SaveRequest, figureIds: string[], save: NonNullable<PagePortDeps['save']>,
  sender: Runtime.MessageSender | undefined, post: (m: PortSaved) => void): Promise<void> {
  let result: Result<SaveArticleResponse>;
  try {
    result = await save(request, sender);
  } catch (e) {
    result = { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  if (pageMustKnow(result, figureIds)) post({ notice: 'saved', url: request.article.url, result });
}

/** Whether the page has to hear how the save went: when it failed, wrote nothing, or the library holds anything the
 *  page did not just paint (the reader's dismissed, corrected or added figures, or an older save's ids). */
function pageMustKnow(result: Result<SaveArticleResponse>, figureIds: string[]): boolean {
  if (!result.ok || !result.data.saved) return true;
  const { decided = [], figureIds: saved } = result.data;
  if (saved.length !== figureIds.length || saved.some((id, i) => id !== figureIds[i])) return true;
  return decided.length > 0;
}
