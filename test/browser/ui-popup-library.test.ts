// The popup and the library page in Chromium, against the built extension: three fixture articles report the same
// indicators for tỉnh Bến Tre (2022, 2023, and a 2023 article with a different budget figure). The popup on the
// 2023 article shows the previous value, the change and the conflict; the library filters to the series and draws
// its chart. Screenshots go to test-results/ for people to look at; axe-core finds no serious violations.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchChromium, serveFixtures, waitFor, FIXTURES, ROOT, type ChromiumWithExtension, type FixtureServer } from './support/index.ts';

const RESULTS = `${ROOT}test-results`;
const HOST = 'baodongkhoi.vn';
const PAGES = {
  y2022: '/kinh-te/nam-2022.html',
  rival: '/kinh-te/nam-2023-so-lieu-khac.html',
  y2023: '/kinh-te/nam-2023.html',
};

interface Reply<T> { ok: boolean; data?: T; error?: string }
interface AxeResult { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[] }

const text = (page: Page, selector: string) => page.locator(selector).first().innerText().then((s) => s.replace(/\s+/g, ' ').trim());

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // evaluate() runs through the DevTools protocol, so the extension page's CSP does not block the injected axe.
  await page.evaluate(source);
  const result = await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run());
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
}

describe('Chromium: popup and library page', { timeout: 180_000 }, () => {
  let server: FixtureServer;
  let ext: ChromiumWithExtension;
  let articleTab: Page;

  before(async () => {
    await mkdir(RESULTS, { recursive: true });
    server = await serveFixtures(`${FIXTURES}/ui`);
    ext = await launchChromium();
    // The UI speaks Vietnamese unless the browser is English (this one is) or the user chose: choose Vietnamese.
    const helper = await ext.openPopup();
    await helper.evaluate(() => localStorage.setItem('soi-so-lang', 'vi'));
    await helper.close();
    // Read in this order: last year, the article that disagrees, then the one the popup is opened on.
    for (const path of [PAGES.y2022, PAGES.rival, PAGES.y2023]) {
      const page = await ext.context.newPage();
      const url = server.url(HOST, path);
      await page.goto(url);
      await waitFor(async () => {
        const r = await ext.sendMessage<Reply<{ figures: unknown[] } | null>>({ type: 'get-article', url });
        return r.ok && r.data;
      }, `the content script to save ${path}`, 15_000);
      if (path === PAGES.y2023) articleTab = page;
      else await page.close();
    }
  });
  after(async () => {
    await ext?.close();
    await server?.close();
  });

  test('the popup on the 2023 article shows the previous value, the change and the conflict', async () => {
    const url = server.url(HOST, PAGES.y2023);
    // The article's tab: the only open tab whose content script answers (tab addresses are hidden without activeTab).
    const tabId = await (await ext.worker()).evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      for (const tab of await c.tabs.query({})) {
        const answer = await c.tabs.sendMessage(tab.id, { type: 'next-figure' }).catch(() => undefined) as { count?: number } | undefined;
        if (answer && typeof answer.count === 'number') return tab.id;
      }
      return undefined;
    });
    assert.ok(tabId, 'the article tab was not found');

    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    const t0 = Date.now();
    await popup.goto(ext.extensionUrl(`${ext.popupPath}?tab=${tabId}&url=${encodeURIComponent(url)}`));
    await popup.locator('.figure').first().waitFor({ timeout: 10_000 });
    const renderMs = Date.now() - t0;
    // The figures show first, their comparisons a moment later.
    await popup.waitForFunction(() => !document.body.innerText.includes('Đang so sánh'), undefined, { timeout: 10_000 });

    const budget = popup.locator('.group', { has: popup.locator('h3', { hasText: 'Thu ngân sách' }) }).locator('.figure');
    assert.equal(await budget.count(), 1, 'one budget figure on the 2023 article');
    assert.equal(await text(popup, '.group:has(h3:text("Thu ngân sách")) .figure-value'), '1.400 tỉ đồng');
    const previous = await budget.locator('.previous').innerText();
    assert.match(previous, /1\.200 tỉ đồng/, `previous value: ${previous}`);
    assert.match(previous, /năm 2022/);
    assert.equal(await budget.locator('.change').innerText(), 'tăng 200 tỉ đồng (+16,67%)');
    const conflict = budget.locator('.conflict a');
    assert.match(await conflict.innerText(), /ghi 1\.450 tỉ đồng$/);
    assert.ok((await conflict.getAttribute('href'))?.endsWith(PAGES.rival), 'the conflict links to the article that disagrees');

    const poverty = popup.locator('.group', { has: popup.locator('h3', { hasText: 'Tỷ lệ hộ nghèo' }) }).locator('.figure');
    assert.equal(await poverty.locator('.change').innerText(), 'giảm 0,51 điểm %', 'a rate changes by points, not percent');
    assert.equal(await poverty.locator('.conflict').count(), 0);

    await popup.screenshot({ path: `${RESULTS}/ui-popup.png`, fullPage: true });
    assert.deepEqual(await seriousAxeViolations(popup), []);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: `${RESULTS}/ui-popup-dark.png`, fullPage: true });
    assert.deepEqual(await seriousAxeViolations(popup), [], 'dark mode');

    // Clicking a figure asks the page to scroll to it: the page opens that figure's card.
    await budget.locator('.figure-main').click();
    console.log(`# popup rendered its figures ${renderMs} ms after navigation`);

    // Pausing saving for the site goes to the background and shows in the popup.
    await popup.locator('.saving input[type="checkbox"]').uncheck();
    await waitFor(async () => {
      const r = await ext.sendMessage<Reply<{ saving: boolean }>>({ type: 'get-site-settings', site: HOST });
      return r.ok && r.data?.saving === false;
    }, 'saving paused for the site');
    assert.match(await text(popup, '.saving.paused'), /Đang tạm dừng lưu số liệu của baodongkhoi\.vn\./);
    await popup.locator('.saving input[type="checkbox"]').check();
    await popup.close();

    // A site outside the manifest's list: the popup says it may not read it and offers to ask.
    const other = await ext.context.newPage();
    await other.goto(ext.extensionUrl(`${ext.popupPath}?tab=${tabId}&url=${encodeURIComponent(server.url('tin-tuc.example', '/bai.html'))}`));
    const ask = other.locator('[data-state="not-readable"] button');
    await ask.waitFor({ timeout: 10_000 });
    assert.equal(await ask.innerText(), 'Cho phép đọc tin-tuc.example');
    await other.close();
    void articleTab;
  });

  test('the library filters to the series and charts it, each point linking to its article', async () => {
    const lib = await ext.openLibrary();
    await lib.setViewportSize({ width: 1280, height: 900 });
    await lib.locator('.figures-table tbody tr:not(.spacer)').first().waitFor({ timeout: 10_000 });
    await lib.selectOption('#f-indicator', 'budget_revenue');
    await lib.selectOption('#f-locality', 'tỉnh Bến Tre');
    const points = lib.locator('svg.chart a.point');
    await points.first().waitFor({ timeout: 10_000 });
    assert.equal(await points.count(), 3, 'three budget figures: 2022, and 2023 from two articles');
    const hrefs = await points.evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.some((h) => h?.endsWith(PAGES.y2022)) && hrefs.some((h) => h?.endsWith(PAGES.rival)) && hrefs.some((h) => h?.endsWith(PAGES.y2023)),
      `points link to their articles: ${hrefs.join(', ')}`);
    const labels = await points.evaluateAll((els) => els.map((a) => a.getAttribute('aria-label')));
    assert.ok(labels.some((l) => l?.startsWith('1.200 tỉ đồng, năm 2022, thực hiện')), labels.join(' | '));
    assert.match(await text(lib, '.counts'), /^3 \/ \d+ số liệu/);

    // Conflicts only: the two 2023 budget figures that disagree.
    await lib.check('#f-conflicts');
    await waitFor(async () => (await lib.locator('.figures-table tbody tr:not(.spacer)').count()) === 2, 'two conflicting rows');

    await lib.uncheck('#f-conflicts');
    await lib.screenshot({ path: `${RESULTS}/ui-library.png`, fullPage: true });
    assert.deepEqual(await seriousAxeViolations(lib), []);
    await lib.emulateMedia({ colorScheme: 'dark' });
    await lib.screenshot({ path: `${RESULTS}/ui-library-dark.png`, fullPage: true });
    assert.deepEqual(await seriousAxeViolations(lib), [], 'dark mode');

    // Export is a download made by the page; a foreign file is refused with a reason and changes nothing.
    const [download] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: 'Xuất JSON' }).click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { format: string; figures: unknown[] };
    assert.equal(exported.format, 'soi-so-library');
    assert.equal(exported.figures.length, 5);
    await lib.locator('input[type="file"]').setInputFiles({ name: 'khac.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    const alert = lib.locator('.status[role="alert"]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /^Không nhập được: /);
    assert.match(await text(lib, '.counts'), /^3 \/ 5 số liệu/);

    // Keyboard: the sort buttons and chart points are reachable and work with Enter.
    await lib.locator('th button.sort').first().focus();
    await lib.keyboard.press('Enter');
    assert.equal(await lib.locator('th[aria-sort="ascending"]').count(), 1);
    await lib.close();
  });
});
