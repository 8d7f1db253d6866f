import { describe, expect, it } from 'vitest';
import { normaliseUrl, siteOf, tryNormaliseUrl } from '../../../src/shared/url-normalise.ts';

describe('normaliseUrl: one id per article', () => {
  it('drops tracking parameters, the fragment, www and the scheme difference', () => {
    const id = 'https://baodongkhoi.vn/kinh-te/thu-ngan-sach-a123.html';
    for (const u of [
      'https://baodongkhoi.vn/kinh-te/thu-ngan-sach-a123.html',
      'http://www.BaoDongKhoi.vn/kinh-te/thu-ngan-sach-a123.html#comments',
      'https://baodongkhoi.vn/kinh-te/thu-ngan-sach-a123.html?utm_source=fb&utm_medium=social&fbclid=IwAR0',
      'https://baodongkhoi.vn:443/kinh-te/thu-ngan-sach-a123.html?zarsrc=10&gclid=x',
    ]) expect(normaliseUrl(u)).toBe(id);
  });

  it('keeps parameters that choose the article, in a fixed order', () => {
    expect(normaliseUrl('https://x.vn/news?id=7&cat=2&utm_campaign=a')).toBe('https://x.vn/news?cat=2&id=7');
    expect(normaliseUrl('https://x.vn/news?id=7')).not.toBe(normaliseUrl('https://x.vn/news?id=8'));
  });

  it('keeps path case and drops a trailing slash', () => {
    expect(normaliseUrl('https://x.vn/Tin/ABC/')).toBe('https://x.vn/Tin/ABC');
    expect(normaliseUrl('https://x.vn/')).toBe('https://x.vn/');
  });

  it('refuses what is not a web page', () => {
    expect(tryNormaliseUrl('chrome://settings')).toBeUndefined();
    expect(tryNormaliseUrl('not a url')).toBeUndefined();
    expect(() => normaliseUrl('file:///etc/passwd')).toThrow(/Not a web page/);
    expect(siteOf('https://www.baodongkhoi.vn/a')).toBe('baodongkhoi.vn');
  });
});
