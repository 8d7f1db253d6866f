// The supported sites. Selectors are modelled on each site's article layout; add a site by adding an entry.
import type { SiteAdapter } from './site-adapter.ts';

export type { SiteAdapter } from './site-adapter.ts';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  {
    id: 'baodongkhoi',
    name: 'Báo Đồng Khởi',
    hosts: ['baodongkhoi.vn'],
    headline: ['.detail-title h1', 'h1.title', 'h1'],
    date: ['.detail-time', '.post-date', 'time'],
    dateline: { example: '11/12/2023 - 06:47', date: '2023-12-11' },
    lead: ['.detail-sapo'],
    body: ['.detail-content', '#content-detail', 'article .content'],
    exclude: ['.tin-lien-quan', '.related-news', '.box-ads', '.detail-share'],
    locality: 'tỉnh Bến Tre',
  },
  {
    id: 'baoapbac',
    name: 'Báo Ấp Bắc',
    hosts: ['baoapbac.vn'],
    headline: ['h1.article-title', '.article-header h1', 'h1'],
    date: ['.article-date', '.date-time', 'time'],
    dateline: { example: 'Cập nhật: 10:33, 31/01/2024 (GMT+7)', date: '2024-01-31' },
    lead: ['.article-summary'],
    body: ['.article-body', '.article-content'],
    exclude: ['.article-related', '.article-tags', '.adv-caption'],
    locality: 'tỉnh Tiền Giang',
  },
  {
    id: 'baolongan',
    name: 'Báo Long An',
    hosts: ['baolongan.vn'],
    headline: ['.news-detail h1', 'h1.news-title', 'h1'],
    date: ['.news-date', '.time-post', 'time'],
    dateline: { example: 'Thứ Tư, ngày 10/07/2024 | 08:16', date: '2024-07-10' },
    lead: ['.news-sapo'],
    body: ['.news-detail-content', '.news-content'],
    exclude: ['.news-other', '.box-related', '.quang-cao'],
    locality: 'tỉnh Long An',
  },
  {
    id: 'vnexpress',
    name: 'VnExpress',
    hosts: ['vnexpress.net'],
    headline: ['h1.title-detail', 'h1'],
    date: ['span.date', '.header-content .date'],
    dateline: { example: 'Chủ nhật, 6/10/2024, 10:15 (GMT+7)', date: '2024-10-06' },
    lead: ['p.description'],
    body: ['article.fck_detail', '.fck_detail'],
    exclude: ['.box-tinlienquanv2', '.banner-ads', '.list-news', '.width_common.box-tags'],
  },
  {
    id: 'bentre-gov',
    name: 'Cổng thông tin điện tử tỉnh Bến Tre',
    hosts: ['bentre.gov.vn'],
    headline: ['.ms-rtestate-field h1', '.news-title', 'h1'],
    date: ['.news-date', '.ngay-dang', '.date'],
    dateline: { example: 'Ngày đăng: 17/06/2023', date: '2023-06-17' },
    lead: ['.news-summary'],
    body: ['.news-content', '.ms-rtestate-field', '#ctl00_PlaceHolderMain_Content'],
    exclude: ['.other-news', '.tin-khac', '.rating'],
    locality: 'tỉnh Bến Tre',
  },
  {
    id: 'tiengiang-gov',
    name: 'Cổng thông tin điện tử tỉnh Tiền Giang',
    hosts: ['tiengiang.gov.vn'],
    headline: ['.news-title', 'h1'],
    date: ['.news-date', '.date'],
    dateline: { example: 'Ngày 05/03/2024', date: '2024-03-05' },
    lead: ['.news-summary'],
    body: ['.news-content', '.journal-content-article'],
    exclude: ['.other-news', '.tin-khac'],
    locality: 'tỉnh Tiền Giang',
  },
];

/** The adapter for a host name, or undefined for sites that get the generic finder. */
export function adapterForHost(host: string, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): SiteAdapter | undefined {
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  return adapters.find((a) => a.hosts.some((x) => h === x || h.endsWith(`.${x}`)));
}
