// The demo: build the extension, serve the demo articles in demo/ on 127.0.0.1 under their news hostnames, and open
// Chromium (with a window) on the first article with the extension loaded in a throw-away profile.
// Without a display it says so, keeps serving, and prints how to load dist/ by hand.
import { spawnSync } from 'node:child_process';
import { launchChromium, serveFixtures, ROOT, DIST, type ChromiumWithExtension, type FixtureServer } from '../test/browser/support/index.ts';

const DEMO_DIR = `${ROOT}demo`;
const PREFERRED_PORT = Number(process.env.SOI_SO_DEMO_PORT ?? 8123);
const ARTICLES = [
  { host: 'baodongkhoi.vn', path: '/kinh-te/ben-tre-nam-2023-dat-19-22-chi-tieu.html', note: 'Báo Đồng Khởi, năm 2023' },
  { host: 'baodongkhoi.vn', path: '/kinh-te/ben-tre-nam-2024-tang-truong-7-05.html', note: 'Báo Đồng Khởi, năm 2024 (cùng chỉ tiêu, kỳ sau)' },
  { host: 'bentre.gov.vn', path: '/tin-tuc/bao-cao-kinh-te-xa-hoi-nam-2024.html', note: 'Cổng TTĐT tỉnh, năm 2024 (số liệu vênh với bài 2)' },
] as const;
const HOSTS = [...new Set(ARTICLES.map((a) => a.host))];

function build(): void {
  if (process.env.SOI_SO_SKIP_BUILD === '1') return;
  console.log('Soi Số demo: building the extension (npm run build)…');
  const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed; the demo needs dist/. Fix the error above and run `npm start` again.');
    process.exit(result.status ?? 1);
  }
}

async function serve(): Promise<FixtureServer> {
  try {
    return await serveFixtures(DEMO_DIR, { byHost: true, port: PREFERRED_PORT });
  } catch {
    // The preferred port is taken: any free one will do, the URLs below carry it.
    return serveFixtures(DEMO_DIR, { byHost: true });
  }
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function printUrls(server: FixtureServer): void {
  console.log('\nDemo articles (served from demo/ on 127.0.0.1, under news hostnames):');
  ARTICLES.forEach((a, i) => console.log(`  ${i + 1}. ${server.url(a.host, a.path)}   ${a.note}`));
}

function printManualSteps(server: FixtureServer, reason: string): void {
  const rules = HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ');
  console.log(`
${reason}
The demo server keeps running. To try the extension by hand:
  • Chromium, one command (throw-away profile, extension loaded, news hostnames pointed at this machine):
      chromium --user-data-dir="$(mktemp -d)" --load-extension="${DIST}" --host-resolver-rules="${rules}" ${server.url(ARTICLES[0].host, ARTICLES[0].path)}
  • Any Chromium or Chrome: open chrome://extensions, turn on "Developer mode", click "Load unpacked" and choose
      ${DIST}
    then point the demo hostnames at this machine in /etc/hosts:  127.0.0.1 ${HOSTS.join(' ')}
  • Firefox: \`npm run build:firefox\`, then about:debugging → This Firefox → Load Temporary Add-on → dist-firefox/manifest.json.
Open the articles above: figures are highlighted; the toolbar button opens the comparison popup.
Press Ctrl+C to stop.`);
}

build();
const server = await serve();
printUrls(server);
let browser: ChromiumWithExtension | undefined;
let stopping = false;
/** One way out: close the browser (which removes its throw-away profile), then the server. */
const stop = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  await browser?.close();
  await server.close();
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

if (!hasDisplay() || process.env.SOI_SO_DEMO_NO_BROWSER === '1') {
  printManualSteps(server, hasDisplay() ? 'SOI_SO_DEMO_NO_BROWSER=1: not opening a browser.' : 'No display here (DISPLAY is not set), so Chromium cannot open a window.');
} else {
  try {
    browser = await launchChromium({ headless: false, resolveToLocalhost: HOSTS, args: ['--start-maximized'] });
    const { context } = browser;
    const first = context.pages()[0] ?? (await context.newPage());
    await first.goto(server.url(ARTICLES[0].host, ARTICLES[0].path));
    // The other two articles open in tabs behind it, so the library already holds all three and the popup and the
    // hover card have earlier periods and a conflict to show.
    for (const article of ARTICLES.slice(1)) await (await context.newPage()).goto(server.url(article.host, article.path));
    await first.bringToFront();
    if (process.env.SOI_SO_DEMO_SCREENSHOT) {
      // For checking the demo on a machine without a screen (e.g. under xvfb-run): a picture of what the reader sees.
      await first.waitForTimeout(3000);
      await first.screenshot({ path: process.env.SOI_SO_DEMO_SCREENSHOT });
      console.log(`Screenshot: ${process.env.SOI_SO_DEMO_SCREENSHOT}`);
    }
    console.log(`\nChromium is open on article 1 (articles 2 and 3 in the tabs behind it) with Soi Số loaded`);
    console.log(`(extension id ${browser.extensionId}, throw-away profile). Close the browser or press Ctrl+C to stop the demo.`);
    context.on('close', () => void stop(0));
  } catch (error) {
    printManualSteps(server, `Could not start Chromium: ${error instanceof Error ? error.message : String(error)}`);
  }
}
