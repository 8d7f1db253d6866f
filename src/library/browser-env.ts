// The library page's environment in a real browser.
import browser from 'webextension-polyfill';
import { exportLibrary, importLibrary } from '../messages/library-transfer.ts';
import { sendMessage } from '../messages/send.ts';
import type { LibraryEnv } from './library-env.ts';

/** A download made in the page itself (Blob + <a download>): no downloads permission needed. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function browserLibraryEnv(): LibraryEnv {
  return {
    send: sendMessage,
    exportLibrary,
    importLibrary,
    download: downloadBlob,
    confirm: (message) => window.confirm(message),
    uiLanguage: browser.i18n.getUILanguage(),
    storage: globalThis.localStorage,
    search: location.search,
  };
}
