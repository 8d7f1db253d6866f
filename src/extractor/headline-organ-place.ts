// "Kỳ họp thứ Tư, HĐND phường Tân Hòa" under "Báo Phú Thọ": a commune named with one of its own organs — its council,
// committee, party committee or congress — is what the headline is about, even after a comma; unlike "Sốt xuất huyết
// tăng 2,3 lần so với cùng kỳ, Nha Trang là điểm nóng", where a place in a later clause is a detail of the paper's
// province's news (headline-organ-place).

const ORGAN_BEFORE = /(?<![\p{L}\p{M}])(?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|đảng ủy|đảng uỷ|đảng bộ|ủy ban mttq|uỷ ban mttq|mttq|công an|đại hội)\s+$/u;
const REACH = 24;

/** Whether the place named at `start` follows an organ of its own ("HĐND phường …"). */
export function isNamedWithOrgan(lower: string, start: number): boolean {
  return ORGAN_BEFORE.test(lower.slice(Math.max(0, start - REACH), start));
}
