// The extension's manifest, generated for Chrome (default) or Firefox (`vite build --mode firefox`).
// Why each permission is here is written down in README.md ("Permissions"); keep the two in step.
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import { NEWS_SITE_MATCHES } from './src/shared/news-sites.ts';
import { DECLARED_CSS } from './src/page/declared-styles.ts';
import { APP_MODULE_FILE, CARD_MODULE_FILE, LATER_MODULE_FILE } from './src/page/card-module-file.ts';

/** Firefox 140 (an ESR line) is the first with the CSS Custom Highlight API, which the page highlights with,
 * and with `data_collection_permissions`; 128 already has `optional_host_permissions` and module backgrounds. */
export const FIREFOX_MIN_VERSION = '140.0';
export const GECKO_ID = 'soi-so@soi-so.extension';

const ICONS = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };

export default defineManifest(({ mode, command }) => {
  const firefox = mode === 'firefox';
  return {
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'vi',
    icons: ICONS,
    action: { default_title: '__MSG_actionTitle__', default_popup: 'src/popup/index.html', default_icon: ICONS },
    options_ui: { page: 'src/library/index.html', open_in_tab: true },
    background: firefox
      ? { scripts: ['src/background/main.ts'] }
      : { service_worker: 'src/background/main.ts', type: 'module' },
    // The highlight rules come as declared CSS: the browser adds them before the page's first style calculation, so
    // painting the first figure does not restyle the page (src/page/declared-styles.ts).
    content_scripts: [{
      matches: [...NEWS_SITE_MATCHES], js: ['src/page/main.ts'], css: [firefox ? DECLARED_CSS.firefox : DECLARED_CSS.chromium], run_at: 'document_idle',
    }],
    // The page code (src/page/app.ts), which the content script, a loader, imports at once (BENCHMARKS.md, session 19),
    // the hover card's module, which the page code imports on the first hover or focus of a figure, and the
    // later module, which it imports on the first need of what a page view does only on some pages (a save's reply or
    // notice to act on, a message from the popup or a keyboard command). Chromium loads an extension file into a
    // content script only if it is listed here, for the pages it runs on: every
    // http(s) page, because the content script also runs on sites the user grants at run time and, through activeTab,
    // on any page the popup is asked to read, and a manifest cannot name those sites. With use_dynamic_url the file
    // answers only at a URL that changes per browser session and that only the content script learns, so a page
    // cannot probe for the extension by it; Firefox has no use_dynamic_url, its extension URLs carry a random
    // per-install id already (README.md, "Permissions").
    // Only built packages have the files (vite.config.ts builds them); under the dev server, which is for UI work, the
    // content script does nothing.
    ...(command === 'build'
      ? { web_accessible_resources: [{ resources: [APP_MODULE_FILE, CARD_MODULE_FILE, LATER_MODULE_FILE], matches: ['*://*/*'], ...(firefox ? {} : { use_dynamic_url: true }) }] }
      : {}),
    permissions: ['unlimitedStorage', 'activeTab', 'scripting'],
    // Other sites: asked for one by one at run time (chrome.permissions.request), never granted up front.
    optional_host_permissions: ['*://*/*'],
    commands: {
      'next-figure': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNextFigure__' },
      'previous-figure': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandPreviousFigure__' },
    },
    ...(firefox
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              // Everything stays on the reader's machine: the extension sends nothing anywhere.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      // 132: before 130 Chromium ignores the card's use_dynamic_url (a page could probe the fixed id), and 130's first
      // implementation refused a content script's import of such a file (Chromium issue 363027634; reported working in 132).
      : { minimum_chrome_version: '132' }),
  };
});
