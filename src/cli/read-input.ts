// Reads one input file as text: .txt as is, .html through the same article finder the content script uses.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { homeProvinceOf } from '../shared/news-sites.ts';

export interface InputText {
  text: string;
  published?: string;
  /** The site's home place (its adapter's, or its provincial paper's province): the page's place when it names none. */
  homeLocality?: string;
}

export class InputError extends Error {}

export async function readInput(path: string): Promise<InputText> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(e)})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('not UTF-8 text (convert it first, e.g. iconv -f WINDOWS-1258 -t UTF-8)');
  }
  if (/\.x?html?$/i.test(extname(path)) || /^\s*(?:<!doctype html|<html)/i.test(text.slice(0, 500))) return fromHtml(text);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

async function fromHtml(html: string): Promise<InputText> {
  // happy-dom gives the article finder a Document without a browser; scripts never run.
  const { Window } = await import('happy-dom');
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    window.document.write(html);
    const { findArticle } = await import('../page/find-article.ts');
    const url = canonicalOf(html);
    const found = findArticle(window.document as unknown as Document, url);
    if (!found) throw new InputError('no article text found in this HTML page');
    // As in the extension: a provincial paper's page that names no place of its own is about the paper's province.
    return { text: found.article.text, published: found.published, homeLocality: found.homeLocality ?? homeProvinceOf(url) };
  } finally {
    await window.happyDOM.close();
  }
}

function canonicalOf(html: string): string | undefined {
  const m = /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html) ?? /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html);
  return m?.[1];
}
