// The page code in Chromium without the extension, once with the Highlight API and once with the fallback painter
// (<soi-so-mark> elements, for browsers without the API): both paint exactly the article's figures, neither moves
// the page's layout, and stopping leaves the page's text as it was.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium, hostResolverRules, serveFixtures, waitFor, FIXTURES, ROOT, type FixtureServer } from './support/index.ts';
import { expectedFor } from './page-expected.ts';

let browser: Browser;
let server: FixtureServer;
let code: string;

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: false, lib: { entry: join(ROOT, 'test/browser/page-fallback-entry.ts'), formats: ['iife'], name: 'soiSoPageTest' } },
  });
  const result = Array.isArray(out) ? out[0]! : out;
  return (result as { output: { type: string; code?: string }[] }).output.find((o) => o.type === 'chunk')!.code!;
}

const layout = (page: Page) =>
  page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    boxes: Array.from(document.querySelectorAll('p, h1, h2, li, td, div')).map((e) => {
      const r = e.getBoundingClientRect();
      return [Math.round(r.left * 2), Math.round(r.top * 2), Math.round(r.width * 2), Math.round(r.height * 2)].join(',');
    }),
  }));

describe('page code without the extension', () => {
  before(async () => {
    code = await bundle();
    server = await serveFixtures(join(FIXTURES, 'sites'));
    browser = await chromium.launch({ executablePath: await ensureChromium(), headless: true, args: [...CHROMIUM_ARGS, `--host-resolver-rules=${hostResolverRules(['*'])}`] });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const painter of ['highlight-api', 'elements'] as const) {
    test(`${painter}: exactly the article's figures, no layout change, clean stop`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const url = server.url('baodongkhoi.vn', '/baodongkhoi.html');
      await page.goto(url);
      const expected = expectedFor('baodongkhoi.html', url.replace(/:\d+/, ''));
      const before = await layout(page);
      const text = await page.evaluate(() => document.body.textContent);
      await page.addScriptTag({ content: code });
      await page.evaluate((p) => (globalThis as unknown as { soiSoPage: { start(p: string): Promise<void> } }).soiSoPage.start(p), painter);
      // In document order, the painted text runs are exactly the figures' texts.
      const painted = await waitFor(async () => {
        const runs = await page.evaluate((painter) => {
          if (painter === 'elements') {
            // Marks of one figure split by inline markup are consecutive pieces; read them as one string.
            return Array.from(document.querySelectorAll('soi-so-mark')).map((m) => m.textContent ?? '').join('');
          }
          const ranges: Range[] = [];
          (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
            if (name !== 'soi-so-active') for (const r of h) ranges.push(r);
          });
          ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
          return ranges.map((r) => r.toString()).join('');
        }, painter);
        return runs === expected.figures.map((f) => f.text).join('') ? runs : undefined;
      }, 'the figures to be painted');
      assert.ok(painted.length > 0);
      assert.deepEqual(await layout(page), before, 'no element moved or changed size');
      assert.equal(await page.evaluate(() => document.body.textContent), text, 'the text is unchanged');
      if (painter === 'elements') {
        assert.equal(await page.evaluate(() => customElements.get('soi-so-mark')), undefined, 'the mark element is never registered');
      }
      await page.evaluate(() => (globalThis as unknown as { soiSoStop: () => void }).soiSoStop());
      const left = await page.evaluate(() => ({
        marks: document.querySelectorAll('soi-so-mark').length,
        highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
        text: document.body.textContent,
      }));
      assert.deepEqual(left, { marks: 0, highlights: 0, text });
      assert.deepEqual(await layout(page), before);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
