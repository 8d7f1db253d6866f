// "thu nhập bình quân đầu người mới đạt 41,2 triệu đồng/năm, thấp hơn bình quân toàn tỉnh 11,4 triệu đồng": money written
// straight after a yardstick, in a clause that has just given the figure's own value, is how far that value stands from
// the yardstick, not the yardstick's own amount (which a page puts in brackets, or gives with no value of its own before).
// The own value is a number in the words right before the comparative, after at most a comma.
const OWN_VALUE_BEFORE = /\d[^\d;.()]{0,24}$/u;
const REACH = 48;

/** Money at the gap of a comparative starting at `comparativeStart`, after the figure's own value in its clause. */
export function isMoneyGapAfterOwnValue(lower: string, comparativeStart: number, unitClass: string): boolean {
  return unitClass === 'money' && OWN_VALUE_BEFORE.test(lower.slice(Math.max(0, comparativeStart - REACH), comparativeStart));
}
