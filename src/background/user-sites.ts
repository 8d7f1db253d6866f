// Sites the user allowed at run time (the popup's "Cho phép đọc …" button → permissions.request for one origin):
// the content script is registered for each of them, and unregistered when the permission is taken back.
// The manifest's own news sites are left alone; the catch-all optional pattern is never registered.
import browser, { type Permissions } from 'webextension-polyfill';

const ID_PREFIX = 'user-site:';
const CATCH_ALL = new Set(['*://*/*', '<all_urls>', 'http://*/*', 'https://*/*']);

function manifestScript(): { js: string[]; css: string[]; matches: Set<string> } {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return {
    js: scripts[0]?.js ?? [],
    css: scripts[0]?.css ?? [],
    matches: new Set(scripts.flatMap((s) => s.matches ?? [])),
  };
}

/** Origins granted by the user beyond what the manifest covers. */
export function userOrigins(granted: readonly string[], manifestMatches: ReadonlySet<string>): string[] {
  return granted.filter((o) => !CATCH_ALL.has(o) && !manifestMatches.has(o) && /^(https?|\*):\/\//.test(o));
}

/** Brings the registered scripts in line with the granted origins (run at start-up and on every change). */
export async function syncUserSites(): Promise<void> {
  const { js, css, matches } = manifestScript();
  if (js.length === 0) return;
  const wanted = new Set(userOrigins((await browser.permissions.getAll()).origins ?? [], matches));
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(ID_PREFIX));
  const have = new Set(registered.map((s) => s.id.slice(ID_PREFIX.length)));
  const stale = registered.filter((s) => !wanted.has(s.id.slice(ID_PREFIX.length))).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted].filter((o) => !have.has(o));
  if (missing.length) {
    await browser.scripting.registerContentScripts(missing.map((origin) => ({
      id: `${ID_PREFIX}${origin}`, matches: [origin], js, ...(css.length ? { css } : {}), runAt: 'document_idle' as const, persistAcrossSessions: true,
    })));
  }
}

function resync(_: Permissions.Permissions): void {
  syncUserSites().catch((e: unknown) => console.warn('Soi Số: could not update the sites you allowed', e));
}

browser.permissions.onAdded.addListener(resync);
browser.permissions.onRemoved.addListener(resync);
resync({});
