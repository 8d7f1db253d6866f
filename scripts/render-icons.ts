// Renders icons/icon.svg (and icon-small.svg for 16 px) to the PNGs the manifest names, with headless Chromium.
// Run after editing the SVGs: `npx tsx scripts/render-icons.ts`; the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from '../test/browser/support/browsers.ts';

const iconsDir = fileURLToPath(new URL('../icons/', import.meta.url));
const SIZES = [16, 32, 48, 128] as const;

const browser = await chromium.launch({ executablePath: await ensureChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const svg = await readFile(`${iconsDir}${size <= 16 ? 'icon-small.svg' : 'icon.svg'}`, 'utf8');
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(`${iconsDir}icon-${size}.png`, png);
    await page.close();
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
