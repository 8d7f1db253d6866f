// Service worker entry. It keeps no state of its own: every request opens (or reuses) the library and writes in
// one transaction, so the browser may stop and restart the worker at any moment without losing anything.
import browser, { type Runtime } from 'webextension-polyfill';
import type { Result } from '../messages/contract.ts';
import type { SaveArticleResponse } from '../messages/responses.ts';
import { getLibraryDb } from './db/open-db.ts';
import { onPagePort } from './page-port.ts';
import { route, type RouterContext } from './router.ts';
import { showStorageState, type ActionLike } from './storage-notice.ts';
import { handleTransferPort, type PortWithSender } from './transfer.ts';
import './commands.ts';
import './user-sites.ts';

const context = (): RouterContext => ({
  extensionId: browser.runtime.id,
  extensionUrl: browser.runtime.getURL(''),
  db: getLibraryDb,
});

/** Every request, whichever way it came: routed (sender checked, validated, handled) and, for saves and failures,
 *  shown on the toolbar button when storage is full. */
async function answer(message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> {
  const result = await route(message, sender, context());
  if ((message as { type?: unknown })?.type === 'save-article' || !result.ok) {
    await showStorageState(browser.action as unknown as ActionLike, result, browser.i18n.getMessage('actionTitle'));
  }
  return result;
}

// Only runtime.onMessage: no onMessageExternal listener and no externally_connectable, so web pages cannot reach us.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => answer(message, sender));

// The content script's port (extraction, and the save that comes with a page view's first extraction).
browser.runtime.onConnect.addListener((port) =>
  onPagePort(port, { save: (request, sender) => answer(request, sender ?? {}) as Promise<Result<SaveArticleResponse>> }));

// Exports and imports too large for one message travel in chunks over a port (see ../messages/transfer.ts).
browser.runtime.onConnect.addListener((port) => handleTransferPort(port as unknown as PortWithSender, context()));
