// Reading the painted figures and the hover card from a Chromium page, as a reader would see them.
import type { BrowserContext, Page } from 'playwright-core';

export interface PaintedRange {
  layer: string;
  text: string;
  /** Starts and ends in different text nodes. */
  multiNode: boolean;
  /** Inside one of the given root selectors. */
  inside: boolean;
}

/** Every range in CSS.highlights (Highlight API) or every <soi-so-mark> group, from the page's main world. */
export async function paintedRanges(page: Page, roots: string[]): Promise<PaintedRange[]> {
  return page.evaluate((roots) => {
    const rootEls = roots.map((s) => document.querySelector(s)).filter((e): e is Element => Boolean(e));
    // No named inner functions here: tsx would wrap them in a __name() helper that the page does not have.
    const out: { layer: string; text: string; multiNode: boolean; inside: boolean }[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    registry?.forEach((h, name) => {
      if (name === 'soi-so-active') return;
      for (const r of h) out.push({ layer: name, text: r.toString(), multiNode: r.startContainer !== r.endContainer, inside: rootEls.some((e) => e.contains(r.commonAncestorContainer)) });
    });
    return out;
  }, roots);
}

/** The hover card's visible text, read through CDP because its shadow root is closed to the page. */
export async function cardText(context: BrowserContext, page: Page): Promise<string> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.nodeName === 'SOI-SO-CARD');
    if (!host?.shadowRoots?.[0]) return '';
    const hidden = (host.attributes ?? []).includes('hidden');
    if (hidden) return '';
    const parts: string[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
      if (n.nodeName === 'STYLE') return;
      for (const c of n.children ?? []) walk(c);
    };
    walk(host.shadowRoots[0]);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  } finally {
    await cdp.detach();
  }
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(n: CdpNode, pred: (n: CdpNode) => boolean): CdpNode | undefined {
  if (pred(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const f = findNode(c, pred);
    if (f) return f;
  }
  return undefined;
}

/** Centre of the first painted range whose text is `text`, in viewport coordinates (scrolled into view first). */
export async function rangeCentre(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((text) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, h] of registry) {
      if (name === 'soi-so-active') continue;
      for (const r of h) {
        if (r.toString() !== text) continue;
        (r.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
        const box = r.getClientRects()[0]!;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    throw new Error(`no painted range reads ${text}`);
  }, text);
}

/** The colour each modality's highlight shows over a white page (its translucent background blended on white). */
export const HIGHLIGHT_ON_WHITE = { actual: [255, 240, 193], estimate: [211, 240, 253], target: [219, 239, 220] } as const;

/** Counts pixels of a PNG screenshot (decoded by the page itself) within `tolerance` of `rgb`. */
export async function countColour(page: { evaluate<R, A>(fn: (a: A) => R | Promise<R>, a: A): Promise<R> }, png: Uint8Array, rgb: readonly number[], tolerance = 14): Promise<number> {
  const b64 = Buffer.from(png).toString('base64');
  return page.evaluate(async ([b64, rgb, tolerance]) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const x = c.getContext('2d')!;
    x.drawImage(img, 0, 0);
    const d = x.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (Math.abs(d[i]! - rgb[0]!) <= tolerance && Math.abs(d[i + 1]! - rgb[1]!) <= tolerance && Math.abs(d[i + 2]! - rgb[2]!) <= tolerance) n++;
    }
    return n;
  }, [b64, rgb, tolerance] as [string, readonly number[], number]);
}

/** Clicks the button labelled `label` inside the closed-shadow card, at its on-screen position (as a reader would). */
export async function clickInCard(context: BrowserContext, page: Page, label: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode & { nodeId: number } };
    const host = findNode(root, (n) => n.nodeName === 'SOI-SO-CARD');
    const button = host && findNode(host, (n) => n.nodeName === 'BUTTON' && (n.children ?? []).some((c) => c.nodeType === 3 && c.nodeValue === label));
    if (!button) throw new Error(`no "${label}" button in the card`);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: (button as unknown as { nodeId: number }).nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.move((x1 + x3) / 2, (y1 + y3) / 2);
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}
