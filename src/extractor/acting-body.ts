// "Chiều 2/10, … kiểm tra tại các xã vùng lũ huyện Hương Khê, Vũ Quang. UBND tỉnh đã xuất 40 tấn gạo dự trữ quốc gia và
// trích 5 tỷ đồng …": the People's Committee or Council of a unit, opening its sentence and acting, is that unit doing
// what the sentence counts, as "Tỉnh đã xuất …" would be. Named elsewhere (a target "UBND tỉnh giao", a source "theo báo
// cáo của UBND tỉnh") such a body says who set or told a figure, not whose it is.

// The body's name right before the unit's type word, opening a sentence or a clause after ";" (after an optional day:
// "Chiều 2/10, UBND tỉnh đã …").
const BODY_OPENS = /(?:^\s*|[.!?;:\n]\s*|[.!?;:\n]\s*(?:sáng|chiều|tối|trưa|ngày|đêm)?\s*\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?,\s*)(?:ubnd|hđnd|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân) $/u;
// Then a word of doing.
// ("Ngày 9/12/2022, HĐND tỉnh ban hành Nghị quyết …": a council issuing or passing its own acts is acting too.)
const ACTS_AFTER = /^ (?:đã|đang|vừa|cũng|tiếp tục|kịp thời|khẩn trương|ban hành|thông qua)(?!\p{L})(?!\p{M})/u;
const REACH = 48;

/** The organ mention [start, end) (the type word "tỉnh", "huyện", …) is a state body acting as its unit's subject. */
export function isActingBody(lower: string, start: number, end: number): boolean {
  return ACTS_AFTER.test(lower.slice(end, end + 16)) && BODY_OPENS.test(lower.slice(Math.max(0, start - REACH), start));
}
