// "Thu ngân sách bình quân mỗi ngày trên 180 tỷ đồng", "bình quân mỗi tháng hơn 4.400 lao động": an average per day or
// month written right before its number is a rate per that day or month, as "180 tỷ đồng/ngày" would be, whatever is
// counted or paid (quantity.ts reads "mỗi ngày" alone before tonnes and cubic metres). Only straight before the number (a
// bound word may stand between): "bình quân mỗi tháng có 20 nghìn doanh nghiệp" counts what stands.
const AVERAGE_PER_BEFORE = /(?<![\p{L}\p{M}])(?:bình quân|trung bình) mỗi (ngày|tháng) (?:(?:khoảng|trên|hơn|gần|xấp xỉ|chừng|ít nhất|tối thiểu) )?$/u;
const REACH = 40;

/** The time ("ngày", "tháng") an average written right before the number at `numberStart` is taken over. */
export function averagedPer(lower: string, numberStart: number): string | undefined {
  return AVERAGE_PER_BEFORE.exec(lower.slice(Math.max(0, numberStart - REACH), numberStart))?.[1];
}
