// Launches Debian's Firefox ESR through puppeteer-core (WebDriver BiDi) and installs the built Firefox extension as a
// temporary add-on. Test pages cannot open moz-extension:// pages here; check the extension through the pages it runs on.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ensureFirefox } from './browsers.ts';
import { readBuiltManifest, type BuiltManifest } from './manifest.ts';
import { DIST_FIREFOX } from './paths.ts';

export interface LaunchFirefoxOptions {
  /** Built extension folder; default dist-firefox/. */
  dist?: string;
  headless?: boolean;
  /** Extra about:config preferences. */
  prefs?: Record<string, unknown>;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The gecko id the add-on was installed under. */
  extensionId: string;
  manifest: BuiltManifest;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Every hostname resolves to 127.0.0.1 (fixture pages under real news names, and no traffic off this machine);
 * plain http stays plain http. */
export const FIREFOX_PREFS: Record<string, unknown> = {
  'network.dns.forceResolve': '127.0.0.1',
  'network.dns.disableIPv6': true,
  'network.proxy.type': 0,
  'dom.security.https_first': false,
  'dom.security.https_first_pbm': false,
  'dom.security.https_only_mode': false,
  'network.stricttransportsecurity.preloadlist': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
};

export async function launchFirefox(options: LaunchFirefoxOptions = {}): Promise<FirefoxWithExtension> {
  const dist = options.dist ?? DIST_FIREFOX;
  const manifest = readBuiltManifest(dist);
  const executablePath = await ensureFirefox();
  // Puppeteer makes (and removes) a throw-away profile of its own.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    extraPrefsFirefox: { ...FIREFOX_PREFS, ...options.prefs },
  });
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(dist);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox refused the extension in ${dist}: ${String(error)}`);
  }
  return {
    browser,
    extensionId,
    manifest,
    newPage: () => browser.newPage(),
    close: () => browser.close().catch(() => {}),
  };
}

interface BidiNode {
  type: string;
  value?: { nodeType?: number; nodeValue?: string; localName?: string; attributes?: Record<string, string>; children?: BidiNode[]; shadowRoot?: BidiNode | null };
}
interface BidiSession { send(method: string, params: unknown): Promise<{ result: { nodes: BidiNode[] } }> }
interface BidiFrameInternals { browsingContext: { id: string; userContext: { browser: { session: BidiSession } } } }

/**
 * Visible text inside the (possibly closed) shadow root of the first element matching `selector`, '' when there is
 * none or it is hidden. Closed shadow roots are out of reach of page scripts; WebDriver BiDi serialises them
 * (browsingContext.locateNodes with includeShadowTree "all"). Reaches into puppeteer-core's BiDi session, which has no
 * public accessor: pinned by package-lock.
 */
export async function closedShadowText(page: Page, selector: string): Promise<string> {
  const context = (page.mainFrame() as unknown as BidiFrameInternals).browsingContext;
  const { result } = await context.userContext.browser.session.send('browsingContext.locateNodes', {
    context: context.id,
    locator: { type: 'css', value: selector },
    maxNodeCount: 1,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: null },
  });
  const host = result.nodes[0];
  if (!host?.value?.shadowRoot || host.value.attributes?.hidden !== undefined) return '';
  const parts: string[] = [];
  const walk = (node: BidiNode) => {
    if (node.value?.nodeType === 3) parts.push(node.value.nodeValue ?? '');
    if (node.value?.localName === 'style') return;
    for (const child of node.value?.children ?? []) walk(child);
  };
  walk(host.value.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
