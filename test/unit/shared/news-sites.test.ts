import { describe, expect, test } from 'vitest';
import { NEWS_SITES, NEWS_SITE_MATCHES, findNewsSite, homeProvinceOf, matchPatternFor } from '../../../src/shared/news-sites.ts';
import { homeLocalityOn } from '../../../src/extractor/home-locality.ts';

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

describe('the home province of a page', () => {
  test("a provincial paper's or station's page is about its province when the page names no place", () => {
    expect(homeProvinceOf('https://baolamdong.vn/phapluat/202006/toi-pham-giam-3009618/')).toBe('Lâm Đồng');
    expect(homeProvinceOf('https://www.baodongkhoi.vn/a.html')).toBe('Bến Tre');
  });

  test('none for city dailies read nationwide, national outlets, unknown sites and what is no URL', () => {
    for (const url of ['https://nld.com.vn/a.htm', 'https://plo.vn/a.html', 'https://vnexpress.net/a.html', 'https://example.com/a', 'not a url', undefined]) {
      expect(homeProvinceOf(url), String(url)).toBeUndefined();
    }
  });

  test("every home province is a province or centrally-run city the extractor can spell", () => {
    for (const site of NEWS_SITES) {
      const home = homeProvinceOf(`https://${site.host}/`);
      if (home === undefined) continue;
      expect(homeLocalityOn(home), site.host).toMatch(/^(?:tỉnh|thành phố) /u);
    }
  });
});
