// "Theo Chi cục Thuế khu vực Krông Pắc - Ea Kar, thu từ khu vực ngoài quốc doanh đạt …": an office that serves a region
// is named after the districts it covers. The names say where the office works, not whose figure follows: the page's
// district (or the place its paragraph speaks of) still owns it.

// Offices that are set up for a region of several districts rather than for one unit.
const OFFICES = ['chi cục thuế', 'đội thuế', 'kho bạc nhà nước', 'kho bạc', 'bảo hiểm xã hội', 'trung tâm y tế', 'chi cục hải quan',
  'hạt kiểm lâm', 'chi cục kiểm lâm'];
// The office's region word, then the place, or an earlier place of the same region and a dash before it.
const REGION_BEFORE = new RegExp(`(?:${OFFICES.join('|')}) (?:khu vực|liên huyện) (?:[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+){0,3} [-–] )?$`, 'u');
const REACH = 72;

/** The place mention at `start` (in the lower-cased text) is part of a regional office's name. */
export function namesRegionalOffice(lower: string, start: number): boolean {
  const before = lower.slice(Math.max(0, start - REACH), start);
  return before.includes('khu vực') || before.includes('liên huyện') ? REGION_BEFORE.test(before) : false;
}
