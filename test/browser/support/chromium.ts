// Launches Debian's Chromium with the built extension loaded, as ../../../../shared/spec/BROWSER-TESTS.md describes:
// a persistent context in a throw-away profile, headless, the extension's service worker found by its URL.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './browsers.ts';
import { readBuiltManifest, type BuiltManifest } from './manifest.ts';
import { DIST } from './paths.ts';

export interface LaunchChromiumOptions {
  /** Built extension folder; default dist/. */
  dist?: string;
  /** Default true. The demo launches with a window. */
  headless?: boolean;
  /**
   * Hostnames that resolve to 127.0.0.1, so fixture pages are served under real news names.
   * Default ['*']: every name, which also keeps the browser off the network.
   */
  resolveToLocalhost?: readonly string[];
  /** Extra command-line switches. */
  args?: readonly string[];
  /** Keep the profile folder after close (to look at it); default false. */
  keepProfile?: boolean;
}

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  manifest: BuiltManifest;
  profileDir: string;
  /** The extension's service worker, asked for again each time (Chromium stops idle workers and starts new ones). */
  worker(): Promise<Worker>;
  /** chrome-extension://ID/<path in dist> */
  extensionUrl(path: string): string;
  /** Path of the popup page inside dist, from the built manifest. */
  popupPath: string;
  /** Path of the library (options) page inside dist, from the built manifest. */
  libraryPath: string;
  /** Opens the popup page in a tab (extension pages cannot be opened as real popups headless). */
  openPopup(): Promise<Page>;
  /** Opens the library page in a tab. */
  openLibrary(): Promise<Page>;
  /**
   * Sends `message` to the background with chrome.runtime.sendMessage from an extension page, as the popup does, and
   * returns the reply. The page is the built manifest.json (an extension page that runs no code of its own, so no UI
   * sends messages of its own alongside), opened on first use and reused.
   */
  sendMessage<T = unknown>(message: unknown): Promise<T>;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

export function hostResolverRules(hosts: readonly string[]): string {
  return hosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ');
}

export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<ChromiumWithExtension> {
  const dist = options.dist ?? DIST;
  const manifest = readBuiltManifest(dist);
  const executablePath = await ensureChromium();
  const profileDir = await mkdtemp(join(tmpdir(), 'soi-so-chromium-'));
  const args = [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    ...CHROMIUM_ARGS,
    `--host-resolver-rules=${hostResolverRules(options.resolveToLocalhost ?? ['*'])}`,
    ...(options.args ?? []),
  ];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: options.headless ?? true,
      args,
      viewport: options.headless === false ? null : { width: 1280, height: 900 },
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }

  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  async function worker(): Promise<Worker> {
    const running = context.serviceWorkers().find(isOurs);
    if (running) return running;
    return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
  }

  let extensionId: string;
  try {
    extensionId = new URL((await worker()).url()).host;
  } catch (error) {
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
    throw new Error(`The extension in ${dist} did not start a service worker in Chromium: ${String(error)}`);
  }

  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  const popupPath = manifest.action?.default_popup ?? '';
  const libraryPath = manifest.options_ui?.page ?? manifest.options_page ?? '';
  async function open(path: string): Promise<Page> {
    if (!path) throw new Error('The built manifest names no such page.');
    const page = await context.newPage();
    await page.goto(extensionUrl(path));
    return page;
  }

  let messenger: Promise<Page> | undefined;
  return {
    context,
    extensionId,
    manifest,
    profileDir,
    worker,
    extensionUrl,
    popupPath,
    libraryPath,
    openPopup: () => open(popupPath),
    openLibrary: () => open(libraryPath),
    async sendMessage<T>(message: unknown): Promise<T> {
      messenger ??= (async () => {
        // Opening a tab makes it the active one; give that back to the page the test opened last, so code that asks
        // for "the active tab" (popup, keyboard commands) still finds the article.
        const previous = context.pages().at(-1);
        const page = await open('manifest.json');
        await previous?.bringToFront();
        return page;
      })();
      const page = await messenger;
      return page.evaluate(
        (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
        message,
      ) as Promise<T>;
    },
    async close() {
      await context.close().catch(() => {});
      if (!options.keepProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Origins of the extension isolated worlds living in `page`'s main frame: a content script that Chromium injected
 * shows up as one (origin chrome-extension://ID), whatever the script then does.
 */
export async function isolatedWorldOrigins(context: BrowserContext, page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: ctx }) => {
    const aux = ctx.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && ctx.origin.startsWith('chrome-extension://')) origins.push(ctx.origin);
  });
  // Enabling the domain reports every context that already exists.
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.disable');
  await cdp.detach();
  return origins;
}
