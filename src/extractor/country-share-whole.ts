// "Quy mô GRDP ước đạt hơn 2,93 triệu tỷ đồng, chiếm khoảng 23,5% GDP cả nước; so với năm 2020, quy mô kinh tế … gấp 1,6
// lần. GRDP bình quân đầu người ước đạt 8.120 USD": the country named as the whole a share is taken of is a yardstick of
// that clause, not the place the sentences after it speak of.
const SHARE_BEFORE = /(?<![\p{L}\p{M}])chiếm (?:khoảng |gần |hơn |trên |xấp xỉ |tới |đến )?\d[\d.,]*% (?:tổng )?(?:[\p{L}\p{M}]+ ){0,5}(?:của |trong )?$/u;
const REACH = 64;

/** Whether the country named at `start` closes a share ("chiếm 23,5% GDP cả nước"). */
export function countryClosesShare(lower: string, start: number): boolean {
  const before = lower.slice(Math.max(0, start - REACH), start);
  return before.includes('%') && SHARE_BEFORE.test(before);
}
