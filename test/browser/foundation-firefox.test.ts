// The Firefox build (dist-firefox/): it passes web-ext lint, Firefox ESR installs it, and its content script runs on a
// provincial paper. (Tests cannot open moz-extension:// pages, so the extension is checked through the page.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  launchFirefox, serveFixtures, countMarks, waitForMarks, waitFor, hoverFigure, closedShadowText, readBuiltManifest,
  DIST_FIREFOX, ROOT, type FirefoxWithExtension, type FixtureServer,
} from './support/index.ts';
import { cardEn, cardVi } from '../../src/page/card-strings.ts';

const DEMO = `${ROOT}demo`;
const ARTICLE_2023 = '/kinh-te/ben-tre-nam-2023-dat-19-22-chi-tieu.html';
const ARTICLE_2024 = '/kinh-te/ben-tre-nam-2024-tang-truong-7-05.html';

interface LintMessage { code: string; message: string; file?: string }
interface LintReport { summary: { errors: number; warnings: number }; errors: LintMessage[]; warnings: LintMessage[] }

test('web-ext lint reports no errors for dist-firefox/', () => {
  readBuiltManifest(DIST_FIREFOX);
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', DIST_FIREFOX, '--output', 'json', '--no-config-discovery'], {
    cwd: ROOT, encoding: 'utf8',
  });
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  const report = JSON.parse(json) as LintReport;
  const describe = (list: LintMessage[]) => list.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`).join('\n');
  assert.equal(report.summary.errors, 0, describe(report.errors));
  if (report.summary.warnings > 0) console.log(`web-ext lint warnings:\n${describe(report.warnings)}`);
});

test('the Firefox manifest uses background scripts, a gecko id and a minimum version', () => {
  const manifest = readBuiltManifest(DIST_FIREFOX) as {
    background?: { scripts?: string[]; service_worker?: string };
    browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
  };
  assert.ok(manifest.background?.scripts?.length, 'background.scripts is missing');
  assert.equal(manifest.background?.service_worker, undefined);
  assert.match(manifest.browser_specific_settings?.gecko?.id ?? '', /^[\w.-]+@[\w.-]+$/);
  assert.ok(Number.parseFloat(manifest.browser_specific_settings?.gecko?.strict_min_version ?? '0') >= 128);
});

describe('Firefox ESR with the built extension (dist-firefox/)', { timeout: 120_000 }, () => {
  let server: FixtureServer;
  let firefox: FirefoxWithExtension;

  before(async () => {
    server = await serveFixtures(DEMO, { byHost: true });
    firefox = await launchFirefox();
  });
  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('installs under its gecko id', () => {
    assert.equal(firefox.extensionId, (firefox.manifest.browser_specific_settings as { gecko: { id: string } }).gecko.id);
  });

  test('runs its content script on a provincial paper and highlights the figures', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('baodongkhoi.vn', ARTICLE_2024));
    const marks = await waitForMarks(page, 15_000);
    assert.ok(marks.ranges + marks.elements >= 5, `expected many figures marked, got ${JSON.stringify(marks)}`);
    await page.close();
  });

  test('the background answers the content script: the hover card shows what the library holds', async () => {
    // The card asks the background (compare-figures) once the content script has saved the article; until the answer
    // comes it says "looking for earlier figures", and without a saved article it says so.
    const page = await firefox.newPage();
    await page.goto(server.url('baodongkhoi.vn', ARTICLE_2023));
    await waitForMarks(page, 15_000);
    await page.goto(server.url('baodongkhoi.vn', ARTICLE_2024));
    await waitForMarks(page, 15_000);
    const figure = await page.evaluate(() => {
      let text = '';
      (globalThis.CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => {
        for (const r of h) if (!text && r.toString().includes('%')) text = r.toString().trim();
      });
      return text;
    });
    await hoverFigure(page, figure);
    const pending = [cardVi.loading, cardEn.loading];
    const card = await waitFor(async () => {
      const text = await closedShadowText(page, 'soi-so-card');
      return text && !pending.some((p) => text.includes(p)) ? text : '';
    }, 'the hover card to show the library\'s answer', 10_000);
    assert.ok(card.includes(cardVi.earlier) || card.includes(cardEn.earlier), `no history section in the card: ${card}`);
    assert.ok(!card.includes(cardVi.notSaved) && !card.includes(cardEn.notSaved), `the article was not saved: ${card}`);
    await page.close();
  });

  test('leaves other sites alone', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('example.org', `/baodongkhoi.vn${ARTICLE_2024}`));
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(await countMarks(page), { highlights: 0, ranges: 0, elements: 0 });
    await page.close();
  });
});
