// A news site's home, section and search pages hold teasers of other articles, each with its own figures. Read as an
// article they would highlight and save other articles' figures under the listing's address. The generic finder asks
// this before it takes a body: site adapters only match article pages, so their bodies are trusted.
import { isSkipped } from './skip-rules.ts';

// Anchor text this long is a headline (a teaser), not a link inside a sentence ("theo Nghị quyết số 05").
const HEADLINE_LINK = 30;
// More headline links than an article's body holds when its related list is not marked as such.
const MAX_HEADLINE_LINKS = 6;
// Share of the body's text that sits in links.
const MAX_LINK_SHARE = 0.5;

/** Whether `body` (found by the generic finder) is a list of links to other articles rather than an article.
 *  `hasArticleData` says whether the page's JSON-LD describes an article (asked only of pages that look like lists). */
export function isListing(doc: Document, body: Element, hasArticleData: () => boolean): boolean {
  const total = (body.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (total === 0) return false;
  let linkText = 0;
  let headlines = 0;
  for (const a of Array.from(body.querySelectorAll('a[href]'))) {
    if (insideSkipped(a, body)) continue;
    const n = (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    linkText += n;
    if (n >= HEADLINE_LINK) headlines++;
  }
  if (headlines <= MAX_HEADLINE_LINKS && linkText / total <= MAX_LINK_SHARE) return false;
  return !declaresArticle(doc) && !hasArticleData();
}

/** OpenGraph or article metadata that says the page is one article. */
function declaresArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (og && /article/i.test(og)) return true;
  return doc.querySelector('meta[property="article:published_time"], [itemprop="articleBody"]') !== null;
}

function insideSkipped(el: Element, root: Element): boolean {
  for (let a: Element | null = el.parentElement; a && a !== root; a = a.parentElement) if (isSkipped(a, true)) return true;
  return false;
}
