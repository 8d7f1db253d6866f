// "giá trị sản xuất … quý II ước tăng 4,2% so với cùng kỳ, cao hơn mức tăng của quý I (2,7%)", "IIP tăng 8,5%, thấp hơn
// tốc độ tăng của cùng kỳ năm trước (10,1%)": a bare percentage in a bracket after the rate of change of an earlier
// stretch is that stretch's own change (up or down as the yardstick names it), with no base of its own, as
// "(tăng 22,4%)" after a comparison is (compared-own-rate). The economy's growth set beside it stays the level the
// corpora read GRDP growth as, like the country's yardstick (meaning.ts, rateYardstick).

const STRETCH = String.raw`(?:quý (?:i{1,3}|iv|[1-4])|(?:\d{1,2} )?tháng(?: \d{1,2})?(?: trước)?|cùng kỳ|năm trước|năm \d{4}|vụ trước)`;
const EARLIER_RATE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:mức|tốc độ) (tăng|giảm)(?: bình quân)?(?: của)? ${STRETCH}[^()\n;]{0,20}\(\s*$`, 'u');
const REACH = 72;
const ECONOMY_GROWTH = /grdp|gdp|tổng sản phẩm|tăng trưởng kinh tế/u;
const SENTENCE_REACH = 240;

/** The direction of the earlier stretch's rate a bracketed percentage at `numberStart` restates, if it restates one. */
export function earlierStretchRate(lower: string, numberStart: number, clauseStart: number): 'up' | 'down' | undefined {
  const rate = EARLIER_RATE.exec(lower.slice(Math.max(clauseStart, numberStart - REACH), numberStart));
  if (!rate) return undefined;
  const before = lower.slice(Math.max(0, numberStart - SENTENCE_REACH), numberStart);
  const sentence = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  if (ECONOMY_GROWTH.test(before.slice(sentence + 1))) return undefined;
  return rate[1] === 'giảm' ? 'down' : 'up';
}
