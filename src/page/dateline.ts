// Turns the datelines Vietnamese news sites print ("11/12/2023 - 06:47", "Cập nhật: 10:33, 31/01/2024 (GMT+7)",
// "Thứ Tư, ngày 10/07/2024 | 08:16", "ngày 10 tháng 7 năm 2024") and machine dates (ISO 8601 in meta tags and
// JSON-LD) into YYYY-MM-DD. Day comes before month everywhere on these sites; an ISO date is tried first because
// "2024-07-10T08:16:00+07:00" would otherwise be misread by the day-first pattern.

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T\s])/;
const DAY_FIRST = /(?:^|[^\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
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

function valid(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first date in `text`, as YYYY-MM-DD, or undefined when it holds none that is a real calendar date. */
export function parseDateline(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.normalize('NFC');
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
  const dm = DAY_FIRST.exec(t);
  if (dm) return valid(Number(dm[3]), Number(dm[2]), Number(dm[1]));
  return undefined;
}
