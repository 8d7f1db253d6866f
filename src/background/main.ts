// Service worker entry. It keeps no state of its own: every request opens (or reuses) the library and writes in
// one transaction, so the browser may stop and restart the worker at any moment without losing anything.
import browser, { type Runtime } from 'webextension-polyfill';
import { getLibraryDb } from './db/open-db.ts';
import { route } from './router.ts';
import { showStorageState, type ActionLike } from './storage-notice.ts';
import { handleTransferPort, type PortWithSender } from './transfer.ts';
import './commands.ts';
import './user-sites.ts';

// Only runtime.onMessage: no onMessageExternal listener and no externally_connectable, so web pages cannot reach us.
browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
  const result = await route(message, sender, {
    extensionId: browser.runtime.id,
    extensionUrl: browser.runtime.getURL(''),
    db: getLibraryDb,
  });
  if ((message as { type?: unknown })?.type === 'save-article' || !result.ok) {
    await showStorageState(browser.action as unknown as ActionLike, result, browser.i18n.getMessage('actionTitle'));
  }
  return result;
});

// Exports and imports too large for one message travel in chunks over a port (see ../messages/transfer.ts).
browser.runtime.onConnect.addListener((port) =>
  handleTransferPort(port as unknown as PortWithSender, {
    extensionId: browser.runtime.id,
    extensionUrl: browser.runtime.getURL(''),
    db: getLibraryDb,
  }));
