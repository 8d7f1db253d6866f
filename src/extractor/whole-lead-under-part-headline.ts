// "Thành phố Bắc Giang: Bình quân 42 học sinh/lớp ở cấp tiểu học" over the lead "Năm học 2023 - 2024, toàn tỉnh có hơn
// 463.000 học sinh …": a provincial paper's headline that picks one part's figure out of a report whose lead opens on the
// whole province. The page is the province's; the part owns its own sentences (the headline's, the lead's clause that
// names it), not the paragraphs that name no place.
const WHOLE_OPENING = /(?:^|[,;:]\s|\s[-–]\s)(?:toàn|cả) tỉnh(?!\p{L})(?!\p{M})/u;
// The lead's opening words, where its subject stands.
const LEAD_REACH = 120;

/** The lead at `headEnd` opens a clause on the whole province before it names `partBare` (the part's bare name). */
export function leadOpensOnWhole(lower: string, headEnd: number, partBare: string): boolean {
  const lead = lower.slice(headEnd, headEnd + LEAD_REACH);
  const whole = WHOLE_OPENING.exec(lead);
  if (!whole) return false;
  const part = lead.indexOf(partBare);
  return part < 0 || part > whole.index;
}
