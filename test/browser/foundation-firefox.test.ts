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

  test('the background answers the content script: the hover card shows the same figure from the earlier article', async () => {
    // The content script saves each article through the background, and the card asks the background what the library
    // holds for a figure (compare-figures): the 2023 figure can only be in the card if both messages were answered.
    const page = await firefox.newPage();
    await page.goto(server.url('baodongkhoi.vn', ARTICLE_2023));
    await waitForMarks(page, 15_000);
    await page.goto(server.url('baodongkhoi.vn', ARTICLE_2024));
    await waitForMarks(page, 15_000);
    // The 2024 poverty rate; the 2023 article, saved first, has the same indicator and province a year earlier.
    const figure = '1,28%';
    // A reader who points at a figure before the save has gone through is told the article is not saved yet; pointing
    // again later must show the library's answer. So: point, read, move away, and point again until it does.
    const pending = [cardVi.loading, cardEn.loading, cardVi.notSaved, cardEn.notSaved];
    const card = await waitFor(async () => {
      await page.mouse.move(1, 1);
      await hoverFigure(page, figure);
      await new Promise((r) => setTimeout(r, 300));
      const text = await closedShadowText(page, 'soi-so-card');
      if (!text || pending.some((p) => text.includes(p))) throw new Error(`the card reads: ${JSON.stringify(text)}`);
      return text;
    }, 'the hover card to show the library\'s answer', 15_000, 500);
    assert.ok(card.includes(cardVi.earlier) || card.includes(cardEn.earlier), `no history section in the card: ${card}`);
    assert.match(card, /1[.,]85\s?%/, `the 2023 poverty rate from the first article is not in the card: ${card}`);
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
