// Firefox smoke test: the built Firefox extension paints the article's figures on a fixture page, inside the article.
// Checked: Firefox ESR 153 has the CSS Custom Highlight API (it shipped in 140), so the page uses it there (asserted
// below); the <soi-so-mark> fallback is for browsers without it and is tested in page-fallback.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launchFirefox, serveFixtures, waitFor, waitForMarks, FIXTURES } from './support/index.ts';
import { expectedFor, texts } from './page-expected.ts';
import { countColour, HIGHLIGHT_ON_WHITE } from './page-probe.ts';

test('Firefox: the figures of a provincial article are highlighted, and only they', async (t) => {
  const server = await serveFixtures(join(FIXTURES, 'sites'));
  const ff = await launchFirefox();
  t.after(async () => {
    await ff.close();
    await server.close();
  });
  const page = await ff.newPage();
  const url = server.url('baoapbac.vn', '/baoapbac.html');
  await page.goto(url);
  const expected = expectedFor('baoapbac.html', url.replace(/:\d+/, ''));
  await waitForMarks(page, 20_000);
  const painted = await waitFor(async () => {
    const now = await page.evaluate((roots: string[]) => {
      const rootEls = roots.map((s) => document.querySelector(s)).filter((e): e is Element => Boolean(e));
      const out: { text: string; inside: boolean }[] = [];
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      registry?.forEach((h, name) => {
        if (name === 'soi-so-active') return;
        for (const r of h) out.push({ text: r.toString(), inside: rootEls.some((e) => e.contains(r.commonAncestorContainer)) });
      });
      if (out.length === 0) {
        // Fallback marks: consecutive marks of one figure are read together by their figure text.
        for (const m of Array.from(document.querySelectorAll('soi-so-mark'))) out.push({ text: m.textContent ?? '', inside: rootEls.some((e) => e.contains(m)) });
      }
      return out;
    }, expected.roots);
    return JSON.stringify(texts(now)) === JSON.stringify(texts(expected.figures)) ? now : undefined;
  }, 'the article figures to be painted', 20_000);
  assert.ok(painted.length > 0);
  assert.ok(painted.every((r) => r.inside), 'no highlight outside the article');
  const api = await page.evaluate(() => ({ marks: document.querySelectorAll('soi-so-mark').length, ranges: [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].reduce((n, h) => n + h.size, 0) }));
  assert.ok(api.ranges > 0 && api.marks === 0, `Firefox uses the Highlight API, not the fallback (${JSON.stringify(api)})`);
  // The highlight is really painted (Firefox has no highlight inheritance, so this checks its own rule form).
  const f = expected.figures.find((x) => (x.modality ?? 'actual') === 'actual' && !x.text.includes('\n'))!;
  const box = await page.evaluate((text: string) => {
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (name === 'soi-so-active') continue;
      for (const r of h) {
        if (r.toString() !== text) continue;
        (r.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        // Puppeteer's clip over WebDriver BiDi is in document coordinates.
        return { x: b.left + scrollX, y: b.top + scrollY, width: b.width, height: b.height };
      }
    }
    return undefined;
  }, f.text);
  assert.ok(box, `a box for ${f.text}`);
  const png = await page.screenshot({ clip: box!, encoding: 'binary' });
  const pixels = await countColour(page as never, png as Uint8Array, HIGHLIGHT_ON_WHITE.actual);
  assert.ok(pixels > 10, `"${f.text}" shows the highlight colour in Firefox (${pixels} pixels)`);
});
