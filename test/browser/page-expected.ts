// What the page SHOULD show, computed in Node from the same fixture file: the article as findArticle reads it (happy-dom)
// and the figures extract() returns for its text. Browser tests compare the painted highlights with this, so they keep
// holding as the extractor grows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { extract } from '../../src/extractor/index.ts';
import type { Figure } from '../../src/extractor/figure.ts';
import { findArticle } from '../../src/page/find-article.ts';
import { adapterForHost } from '../../src/page/sites/index.ts';
import { homeProvinceOf } from '../../src/shared/news-sites.ts';
import { FIXTURES } from './support/index.ts';

export interface Expected {
  figures: Figure[];
  /** Figures whose text spans more than one DOM text node (split by <b>, <em> …). */
  split: Figure[];
  /** Selectors of the elements the article was read from (body, headline, lead). */
  roots: string[];
}

export function loadDocument(html: string, url: string): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

export function expectedFor(file: string, url: string, html = readFileSync(join(FIXTURES, 'sites', file), 'utf8')): Expected {
  const doc = loadDocument(html, url);
  const found = findArticle(doc, url);
  if (!found) throw new Error(`findArticle found no article in ${file}`);
  // As the extension does: the adapter's home place, else (in the background) the sender's provincial paper's province.
  const result = extract(found.article.text, { published: found.published, homeLocality: found.homeLocality ?? homeProvinceOf(url) });
  const split: Figure[] = [];
  for (const f of result.figures) {
    let nodes = 0;
    found.article.blocks.forEach((b, i) => {
      const off = found.article.offsets[i]!;
      b.nodes.forEach((n, k) => {
        const s = off + b.starts[k]!;
        if (s < f.end && s + n.data.length > f.start) nodes++;
      });
    });
    if (nodes > 1) split.push(f);
  }
  const adapter = adapterForHost(new URL(url).hostname);
  const roots = adapter ? [...adapter.body, ...adapter.headline, ...(adapter.lead ?? [])] : ['h1', '.story', 'article', 'main'];
  return { figures: result.figures, split, roots };
}

/** Figure texts as a sorted list (a multiset), whitespace as the page reads it. */
export const texts = (list: { text: string }[]) => list.map((f) => f.text.replace(/\s+/g, ' ')).sort();
