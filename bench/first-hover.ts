// npx tsx bench/first-hover.ts [DIST] — the first hover's latency in Chromium with a built extension (default dist/):
// on RUNS (default 7) fresh tabs of the baoapbac.vn fixture article, the pointer moves onto the first painted figure,
// and the page's own clock gives the time from that pointermove to the card shown (its <soi-so-card> host un-hidden) and
// to the frame after that. Listeners in the page's main world only watch (an init script); nothing of the extension is
// touched. Wall time: on a loaded machine it stretches with the load. Session 14 (BENCHMARKS.md) measured it to have a
// baseline for any build that loads the card lazily. VIA=command: instead of the pointer, the first keyboard command
// ("next figure", sent to the tab by the service worker as the background's commands.ts does) opens the first figure's
// card; the time is from that message to the card shown (page clock: the message's arrival is not seen by the page, so
// it is taken from the worker's round trip: sent → answered, printed beside it).
import { join } from 'node:path';
import { launchChromium, serveFixtures, waitForMarks, FIXTURES } from '../test/browser/support/index.ts';
import { rangeCentre } from '../test/browser/page-probe.ts';

const dist = process.argv[2] ?? 'dist';
const runs = Number(process.env.RUNS ?? 7);

// Strings, not functions: tsx's transform would put helpers the page does not have into a serialised function.
const WATCH = `(() => {
  const w = window;
  w.__firstHover = { moves: [], shown: 0, framed: 0 };
  addEventListener('pointermove', (e) => w.__firstHover.moves.push(e.timeStamp), { capture: true });
  new MutationObserver(() => {
    const host = document.querySelector('soi-so-card');
    if (!host || host.hidden || w.__firstHover.shown) return;
    w.__firstHover.shown = performance.now();
    requestAnimationFrame(() => setTimeout(() => (w.__firstHover.framed = performance.now()), 0));
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
})()`;
const FIRST_FIGURE = `(() => {
  for (const [name, h] of CSS.highlights) { if (name === 'soi-so-active') continue; for (const r of h) return r.toString(); }
})()`;

const server = await serveFixtures(join(FIXTURES, 'sites'));
const ext = await launchChromium({ dist });
const viaCommand = process.env.VIA === 'command';
const shown: number[] = [];
const answered: number[] = [];
const framed: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const page = await ext.context.newPage();
    await page.addInitScript(WATCH);
    await page.goto(server.url('baoapbac.vn', '/baoapbac.html'));
    await waitForMarks(page);
    await page.waitForTimeout(800);
    const { x, y } = await rangeCentre(page, (await page.evaluate(FIRST_FIGURE)) as string);
    await page.waitForTimeout(300);
    await page.evaluate('window.__firstHover.moves.length = 0');
    if (viaCommand) {
      // The page's clock at the send, from the page itself just before (the worker's clock is another).
      const sentAt = (await page.evaluate('performance.now()')) as number;
      const worker = await ext.worker();
      const roundTrip = await worker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
        const t0 = performance.now();
        await Promise.all((await c.tabs.query({})).map((t) => c.tabs.sendMessage(t.id, { type: 'next-figure' }).catch(() => undefined)));
        return performance.now() - t0;
      });
      await page.waitForFunction('window.__firstHover.framed > 0', undefined, { timeout: 10_000 });
      const r = (await page.evaluate('({ ...window.__firstHover })')) as { shown: number; framed: number };
      answered.push(roundTrip);
      shown.push(r.shown - sentAt);
      framed.push(r.framed - sentAt);
      await page.close();
      continue;
    }
    await page.mouse.move(x - 3, y);
    await page.mouse.move(x, y);
    await page.waitForFunction('window.__firstHover.framed > 0', undefined, { timeout: 10_000 });
    const r = (await page.evaluate('({ ...window.__firstHover })')) as { moves: number[]; shown: number; framed: number };
    shown.push(r.shown - r.moves[0]!);
    framed.push(r.framed - r.moves[0]!);
    await page.close();
  }
} finally {
  await ext.close();
  await server.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const list = (xs: number[]) => xs.map((v) => v.toFixed(1)).join(', ');
if (viaCommand) console.log(`${dist}, ${runs} fresh tabs: first command's round trip (worker), median ${median(answered).toFixed(1)} ms (${list(answered)})`);
console.log(`${dist}, ${runs} fresh tabs: first ${viaCommand ? 'command (page clock, from just before the send)' : 'hover'} → card shown, median ${median(shown).toFixed(1)} ms (${list(shown)}); → the frame after, median ${median(framed).toFixed(1)} ms`);
