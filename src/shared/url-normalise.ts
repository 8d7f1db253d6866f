// The article's identity is its address with everything removed that does not change which article it is.
// Decisions (kept stable: ids in people's libraries depend on them):
// - scheme: http and https name the same article, so both normalise to https;
// - host: lowercase, a leading "www." dropped (Vietnamese news sites serve both and redirect either way),
//   default port dropped;
// - tracking parameters dropped (utm_*, fbclid, gclid, zarsrc, …); the rest kept, sorted, so order does not matter;
// - fragment dropped; a trailing slash on a non-root path dropped; path case kept (servers treat it as significant).

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid',
  'mc_cid', 'mc_eid', '_ga', '_gl', 'zarsrc', 'zalo_id', 'ref_src', 'cmpid', 'itm_source',
  'itm_medium', 'itm_campaign', 'vn_source', 'vn_medium', 'vn_campaign', 'vnrefid', 'amp',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'oly_'];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** Normalised article URL, or undefined when `raw` is not an http(s) URL. */
export function tryNormaliseUrl(raw: string): string | undefined {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  const host = u.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  let path = u.pathname || '/';
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '') || '/';
  const kept = [...u.searchParams].filter(([k]) => !isTrackingParam(k));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  return `https://${host}${port}${path}${query}`;
}

/** Like tryNormaliseUrl, but throws a readable error for an address that cannot identify an article. */
export function normaliseUrl(raw: string): string {
  const n = tryNormaliseUrl(raw);
  if (n === undefined) throw new Error(`Not a web page address: ${raw.slice(0, 200)}`);
  return n;
}

/** The site an address belongs to: its host without "www.", lowercase. */
export function siteOf(raw: string): string | undefined {
  try {
    return new URL(raw).hostname.toLowerCase().replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
