import { describe, expect, test } from 'vitest';
import { NEWS_SITES, NEWS_SITE_MATCHES, findNewsSite, matchPatternFor } from '../../../src/shared/news-sites.ts';

describe('findNewsSite', () => {
  test('knows a provincial paper by its bare name, www. or any subdomain, in any case', () => {
    for (const host of ['baodongkhoi.vn', 'www.baodongkhoi.vn', 'm.baodongkhoi.vn', 'WWW.BaoDongKhoi.VN', 'baodongkhoi.vn.']) {
      expect(findNewsSite(host)?.name, host).toBe('Báo Đồng Khởi');
    }
  });

  test('a name that only ends like a listed host is not that site', () => {
    expect(findNewsSite('notbaodongkhoi.vn')).toBeUndefined();
    expect(findNewsSite('baodongkhoi.vn.example.com')).toBeUndefined();
    expect(findNewsSite('example.com')).toBeUndefined();
  });

  test('every government portal counts, under gov.vn', () => {
    expect(findNewsSite('bentre.gov.vn')?.kind).toBe('government');
    expect(findNewsSite('www.tiengiang.gov.vn')?.kind).toBe('government');
    expect(findNewsSite('gov.vn.example.org')).toBeUndefined();
  });
});

describe('the match list', () => {
  test('one pattern per host, covering http and https and every subdomain', () => {
    expect(matchPatternFor('baoapbac.vn')).toBe('*://*.baoapbac.vn/*');
    expect(new Set(NEWS_SITE_MATCHES).size).toBe(NEWS_SITE_MATCHES.length);
    expect(NEWS_SITE_MATCHES).toContain('*://*.gov.vn/*');
    expect(NEWS_SITE_MATCHES).not.toContain('<all_urls>');
  });

  test('hosts are bare lower-case names (no scheme, www. or path), so patterns stay valid', () => {
    for (const site of NEWS_SITES) expect(site.host, site.name).toMatch(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  test('every province has its paper: the 63 provinces as before the 2025 merger', () => {
    const provinces = new Set(NEWS_SITES.filter((s) => s.kind === 'provincial').map((s) => s.province));
    expect(provinces.size).toBe(63);
    for (const p of ['Bến Tre', 'Tiền Giang', 'Cà Mau', 'Hà Giang', 'Lai Châu', 'TP. Hồ Chí Minh', 'Hà Nội']) expect(provinces).toContain(p);
  });
});
