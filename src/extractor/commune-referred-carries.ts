// "Năm 2016, xã được công nhận đạt chuẩn NTM, …; tỷ lệ hộ nghèo còn 4,96%", "Thu nhập của người dân trong xã ngày một nâng
// lên": a commune spoken of by its bare level word is what the paragraph is about, and carries like a district
// (commune-referred-carries) — when the commune it stands for was named alone, not as one of a pair or a list ("hai xã Ea
// Đar và Cư Huê (cũ) … Toàn xã có …": the whole is another, the new commune), and when no capital follows the level word
// ("của phường Thạch Thang": a commune the gazetteer does not know, named right there), nor one merged away ("khu vực xã
// Cư Huê cũ").

const JOINED_BEFORE = /(?:,|\svà|\scùng|\svới)\s*$/u;
const JOINED_AFTER = /^\s*(?:,|và\s|cùng\s)/u;
// ("ở khu vực xã Cư Huê cũ, …": a commune merged away is no subject of the paragraphs after it.)
const FORMER_AFTER = /^\s*\(?cũ(?!\p{L})(?!\p{M})/u;
const CAPITAL = /^\p{Lu}/u;
const REACH = 6;

/** `levelEnd`: where the bare level word ends; `referent`: where the commune it stands for was named. */
export function referredCommuneCarries(lower: string, cased: string | undefined, levelEnd: number, referent: { start: number; end?: number }): boolean {
  if (cased === undefined || CAPITAL.test(cased.slice(levelEnd + 1, levelEnd + 3))) return false;
  if (JOINED_BEFORE.test(lower.slice(Math.max(0, referent.start - REACH), referent.start))) return false;
  if (referent.end === undefined) return true;
  const after = lower.slice(referent.end, referent.end + REACH);
  return !JOINED_AFTER.test(after) && !FORMER_AFTER.test(after);
}
