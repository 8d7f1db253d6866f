// Turns the datelines Vietnamese news sites print ("11/12/2023 - 06:47", "Cập nhật: 10:33, 31/01/2024 (GMT+7)",
// "Thứ Tư, ngày 10/07/2024 | 08:16", "ngày 10 tháng 7 năm 2024") and machine dates (ISO 8601 in meta tags and
// JSON-LD) into YYYY-MM-DD. Day comes before month everywhere on these sites; an ISO date is tried first because
// "2024-07-10T08:16:00+07:00" would otherwise be misread by the day-first pattern.

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T\s])/;
// The day-first pattern, /(?:^|[^\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/, the one every dateline of these sites
// needs, is read by dayFirst below instead: a pattern's first use compiles it on the page's main thread (BENCHMARKS.md,
// "Content script", session 20). test/unit/page/dateline.test.ts compares the two.
const SPELLED = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})/i;

/** Whether `t` has four digits followed by "-" (what an ISO date starts with): "11/12/2023 - 06:47" has not. */
function hasYearDash(t: string): boolean {
  for (let i = t.indexOf('-', 4); i >= 0; i = t.indexOf('-', i + 1)) {
    let digits = 0;
    while (digits < 4 && t.charCodeAt(i - 1 - digits) >= 48 && t.charCodeAt(i - 1 - digits) <= 57) digits++;
    if (digits === 4) return true;
  }
  return false;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSeparator = (c: number) => c === 47 || c === 46 || c === 45;

/** The digits of `t` from `at` (as many as there are, up to `max`): how many. */
function digitsFrom(t: string, at: number, max: number): number {
  let n = 0;
  while (n < max && isDigit(t.charCodeAt(at + n))) n++;
  return n;
}

/** The day, month and year of the day-first pattern's first match in `t` (see above), or undefined. */
export function dayFirst(t: string): [number, number, number] | undefined {
  for (let s = 0; s < t.length; s++) {
    // The day starts the text or follows a character that is no digit and no separator.
    if (s > 0 && (isDigit(t.charCodeAt(s - 1)) || isSeparator(t.charCodeAt(s - 1)))) continue;
    // One or two digits and a separator, twice (a third digit where the separator should be is no match: the pattern
    // has no other way to read it), then four digits not followed by a fifth.
    const d = digitsFrom(t, s, 2);
    if (!d || !isSeparator(t.charCodeAt(s + d))) continue;
    const m = digitsFrom(t, s + d + 1, 2);
    const y = s + d + 1 + m + 1;
    if (!m || !isSeparator(t.charCodeAt(y - 1)) || digitsFrom(t, y, 5) !== 4) continue;
    return [Number(t.slice(s, s + d)), Number(t.slice(s + d + 1, s + d + 1 + m)), Number(t.slice(y, y + 4))];
  }
  return undefined;
}

/** Whether `t` is all ASCII: then it is in NFC already. */
function isAscii(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) > 0x7f) return false;
  return true;
}

function valid(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first date in `text`, as YYYY-MM-DD, or undefined when it holds none that is a real calendar date. */
export function parseDateline(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const t = isAscii(text) ? text : text.normalize('NFC');
  // Each pattern only where it can match: a pattern costs its compilation the first time it runs on a page.
  const iso = hasYearDash(t) ? ISO.exec(t) : null;
  if (iso) {
    const r = valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (r) return r;
  }
  const spelled = t.toLowerCase().includes('tháng') ? SPELLED.exec(t) : null;
  if (spelled) {
    const r = valid(Number(spelled[3]), Number(spelled[2]), Number(spelled[1]));
    if (r) return r;
  }
  const dm = dayFirst(t);
  if (dm) return valid(dm[2], dm[1], dm[0]);
  return undefined;
}
