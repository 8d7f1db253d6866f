// Finds the article on a page: its headline, publication date, site name and the text blocks of its body.
// Site adapters (sites/index.ts) say where a supported site keeps each part; other sites get the generic finder
// (schema.org/OpenGraph metadata, common article containers, then the element with the most paragraph text).
// DOM-agnostic: works on a page's document and on a happy-dom Document in Node (the CLI reads saved .html files).
import { parseDateline } from './dateline.ts';
import { adapterForHost, SITE_ADAPTERS, type SiteAdapter } from './sites/index.ts';
import { collectBlocks, joinBlocks, type ArticleText, type TextBlock } from './page-text.ts';
import { isListing } from './listing-page.ts';
import { isSkipped } from './skip-rules.ts';
import { squashSpaces } from './whitespace.ts';

export interface FoundArticle {
  url?: string;
  canonicalUrl?: string;
  headline?: string;
  /** YYYY-MM-DD. */
  published?: string;
  site: string;
  /** The adapter used, or 'generic'. */
  adapter: string;
  /** The place the site mostly writes about (its adapter's): the extractor's fallback for a page that names none. */
  homeLocality?: string;
  /** The article's root element (body text). */
  body: Element;
  /** Headline and lead elements scanned with the body when they sit outside it. */
  extras: Element[];
  /** Headline, lead and body blocks in reading order, joined as the extractor reads them. */
  article: ArticleText;
}

const GENERIC_BODY = [
  '[itemprop="articleBody"]', 'article .article-body', '.article-body', '.article-content', '.detail-content',
  '.content-detail', '.news-content', '.entry-content', '.post-content', '.fck_detail', '.story-body',
  'article', 'main', '[role="main"]',
];

function first(root: ParentNode, selectors: readonly string[] | undefined): Element | undefined {
  for (const s of selectors ?? []) {
    try {
      const el = root.querySelector(s);
      if (el) return el;
    } catch {
      // A selector this DOM cannot parse is skipped, not fatal.
    }
  }
  return undefined;
}

const squash = (s: string | null | undefined) => squashSpaces(s ?? '');

function meta(doc: Document, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = squash(el?.getAttribute('content'));
    if (v) return v;
  }
  return undefined;
}

/** schema.org NewsArticle/Article objects from JSON-LD scripts (top level, arrays and @graph). */
function jsonLdArticles(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      const t = o['@type'];
      const types = Array.isArray(t) ? t : [t];
      if (types.some((y) => typeof y === 'string' && /Article|BlogPosting|Report/.test(y))) out.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  return out;
}

function hostOf(doc: Document, url: string | undefined): string | undefined {
  if (!url) return undefined;
  // The page's own address is parsed already.
  if (doc.location && url === doc.location.href) return doc.location.hostname;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** Paragraph text under an element, counting only paragraphs not inside page furniture: the generic body score. */
function paragraphScore(el: Element): number {
  let score = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    let skip = false;
    for (let a: Element | null = p; a && a !== el; a = a.parentElement) {
      if (isSkipped(a, true)) {
        skip = true;
        break;
      }
    }
    if (!skip) score += (p.textContent ?? '').trim().length;
  }
  return score;
}

function genericBody(doc: Document): Element | undefined {
  const listed = first(doc, GENERIC_BODY);
  if (listed && paragraphScore(listed) > 200) return listed;
  // The element that directly holds the most paragraph text is the article; its parent if that spreads the text.
  const parents = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent) continue;
    let skip = false;
    for (let a: Element | null = parent; a; a = a.parentElement) {
      if (isSkipped(a, true)) {
        skip = true;
        break;
      }
    }
    if (skip) continue;
    parents.set(parent, (parents.get(parent) ?? 0) + (p.textContent ?? '').trim().length);
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, s] of parents) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best ?? listed;
}

/** The dateline near the headline when no adapter or metadata gives a date: the first date in the article header. */
function datelineNear(headline: Element | undefined, body: Element): string | undefined {
  const scope = headline?.parentElement ?? body.parentElement;
  if (!scope) return undefined;
  for (const el of Array.from(scope.querySelectorAll('time, .date, .time, [class*="date"], [class*="time"], span, p, div'))) {
    if (el === body || el.contains(body)) continue;
    const t = el.getAttribute('datetime') ?? el.textContent ?? '';
    if (t.length > 120) continue;
    const d = parseDateline(t);
    if (d) return d;
  }
  return undefined;
}

export interface FindOptions {
  adapters?: readonly SiteAdapter[];
}

/** The article on the page, or undefined when the page has no article text to scan. */
export function findArticle(doc: Document, url?: string, options: FindOptions = {}): FoundArticle | undefined {
  const pageUrl = url ?? (doc.location ? doc.location.href : undefined);
  const host = hostOf(doc, pageUrl);
  const adapter = host ? adapterForHost(host, options.adapters ?? SITE_ADAPTERS) : undefined;

  // JSON-LD only when an adapter and the page's own markup leave something open (parsing it is not free on pages
  // that embed large graphs).
  let ldRead: { first?: Record<string, unknown> } | undefined;
  const ld = () => (ldRead ??= { first: jsonLdArticles(doc)[0] }).first;

  const adapted = adapter && first(doc, adapter.body);
  const body = adapted ?? genericBody(doc);
  if (!body || (!adapted && isListing(doc, body, () => ld() !== undefined))) return undefined;
  const headlineEl = (adapter && first(doc, adapter.headline)) ?? first(doc, ['article h1', 'h1']);
  const headline =
    squash(headlineEl?.textContent) ||
    meta(doc, 'og:title', 'twitter:title') ||
    (typeof ld()?.headline === 'string' ? squash(ld()!.headline as string) : undefined) ||
    undefined;

  let published: string | undefined;
  if (adapter) {
    for (const s of adapter.date) {
      let els: Element[] = [];
      try {
        els = Array.from(doc.querySelectorAll(s));
      } catch {
        continue;
      }
      for (const el of els) {
        published = parseDateline(el.getAttribute('datetime') ?? el.textContent);
        if (published) break;
      }
      if (published) break;
    }
  }
  published ??=
    parseDateline(meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date.issued')) ??
    parseDateline(typeof ld()?.datePublished === 'string' ? (ld()!.datePublished as string) : undefined) ??
    parseDateline(doc.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ?? doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime')) ??
    parseDateline(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    datelineNear(headlineEl, body);

  const ldPublisher = () => ld()?.publisher as { name?: unknown } | undefined;
  const site =
    adapter?.name ?? meta(doc, 'og:site_name', 'application-name') ??
    (typeof ldPublisher()?.name === 'string' ? (ldPublisher()!.name as string) : undefined) ?? host?.replace(/^www\./, '') ?? '';

  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  let canonicalUrl: string | undefined;
  if (canonicalHref) {
    try {
      canonicalUrl = new URL(canonicalHref, pageUrl).href;
    } catch {
      canonicalUrl = undefined;
    }
  }

  const exclude = adapter?.exclude?.length ? adapter.exclude.join(', ') : undefined;
  const extras: Element[] = [];
  const blocks: TextBlock[] = [];
  // Headline and lead come first when they sit outside the body: their figures count like any other.
  for (const el of [headlineEl, adapter ? first(doc, adapter.lead ?? []) : undefined]) {
    if (el && !body.contains(el) && !el.contains(body) && !extras.includes(el)) {
      extras.push(el);
      blocks.push(...collectBlocks(el, { exclude }));
    }
  }
  blocks.push(...collectBlocks(body, { exclude }));

  return {
    url: pageUrl,
    canonicalUrl,
    headline,
    published,
    site,
    adapter: adapter?.id ?? 'generic',
    homeLocality: adapter?.locality,
    body,
    extras,
    article: joinBlocks(blocks),
  };
}

/** Re-reads the blocks of an article already found (after the page changed), keeping its elements. */
export function rereadBlocks(found: FoundArticle, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): ArticleText {
  const adapter = adapters.find((a) => a.id === found.adapter);
  const exclude = adapter?.exclude?.length ? adapter.exclude.join(', ') : undefined;
  const blocks: TextBlock[] = [];
  for (const el of found.extras) if (el.isConnected) blocks.push(...collectBlocks(el, { exclude }));
  blocks.push(...collectBlocks(found.body, { exclude }));
  return joinBlocks(blocks);
}
