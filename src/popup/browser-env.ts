// The popup's environment in a real browser.
import browser from 'webextension-polyfill';
import { sendMessage } from '../messages/send.ts';
import { findNewsSite } from '../shared/news-sites.ts';
import type { PopupEnv, TabInfo } from './popup-env.ts';

// No port in the pattern: a match pattern without one covers every port.
const pattern = (origin: string) => `${origin}/*`;

export function browserPopupEnv(search: string = location.search): PopupEnv {
  const params = new URLSearchParams(search);
  const explicit = Number(params.get('tab'));
  // With ?tab= the popup was opened in a tab of its own (tests, people debugging): activeTab was never granted, so the
  // browser hides that tab's address from us; `url` supplies it. Clicking the toolbar button needs neither.
  const explicitUrl = params.get('url') ?? undefined;
  return {
    send: sendMessage,
    async currentTab(): Promise<TabInfo | undefined> {
      if (Number.isInteger(explicit) && explicit > 0) {
        const tab = await browser.tabs.get(explicit);
        return { id: tab.id, url: explicitUrl ?? tab.url };
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab ? { id: tab.id, url: tab.url } : undefined;
    },
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    // The manifest's news sites are read without asking; any other site needs the user's permission.
    canRead: async (origin) => Boolean(findNewsSite(new URL(origin).hostname)) || browser.permissions.contains({ origins: [pattern(origin)] }),
    requestRead: (origin) => browser.permissions.request({ origins: [pattern(origin)] }),
    async readNow(tabId) {
      // The same file the manifest's news sites get; later visits get it from user-sites.ts's registration.
      const script = browser.runtime.getManifest().content_scripts?.[0];
      const files = script?.js ?? [];
      // The highlight rules first: the script relies on them being there (it adds no sheet of its own).
      if (script?.css?.length) await browser.scripting.insertCSS({ target: { tabId }, files: script.css });
      if (files.length) await browser.scripting.executeScript({ target: { tabId }, files });
    },
    openLibrary: (series) => {
      if (!series) return void browser.runtime.openOptionsPage();
      const page = browser.runtime.getManifest().options_ui?.page ?? 'src/library/index.html';
      const query = new URLSearchParams({ indicator: series.indicator, locality: series.locality });
      void browser.tabs.create({ url: browser.runtime.getURL(`${page}?${query}`) });
    },
    uiLanguage: browser.i18n.getUILanguage(),
    storage: globalThis.localStorage,
  };
}
