// "Tổng kim ngạch xuất khẩu giai đoạn 2021 - 2025 đạt 11,6 tỷ USD, gấp 1,8 lần giai đoạn 2016 - 2020": a stretch named
// right after a multiple or "so với" is what the figure is measured against (meaning.ts reads it as the stretch before),
// not the figure's own period: it dates nothing, as a year after a multiple dates nothing.

const STRETCH_BASE_BEFORE = /(?<![\p{L}\p{M}])(?:lần|so với|so)[ \t]+$/u;
const REACH = 12;

/** Whether the stretch or term mention at `start` ("giai đoạn 2016 - 2020") follows a multiple or "so với" directly. */
export function isStretchBase(lower: string, start: number): boolean {
  return STRETCH_BASE_BEFORE.test(lower.slice(Math.max(0, start - REACH), start));
}
