// What a figure inherits from the figures before it when its own words are silent:
//   "thu ngân sách đạt 1.052 tỷ đồng, bằng 95,8% dự toán" — the indicator of the figure before, in the same clause;
//   "giải ngân 3.412 tỷ đồng, đạt 52,3% kế hoạch. Cụ thể, vốn địa phương … đạt 58,9%" — the plan an attainment was
//   measured against, for a breakdown that follows it or a parallel item in the same sentence.
import { isSameSpanRateNamed } from './same-span-rate-named.ts';
import type { Base } from './figure.ts';
import { COUNT_OF_RATE, unitFits } from './indicator-units.ts';
import type { Meaning } from './meaning.ts';
import type { Candidate } from './scan-figures.ts';
import { segmentBounds, segmentIndex, type Segments } from './segments.ts';

// "…, tỷ lệ … hoàn thành tốt nhiệm vụ đạt 91,3%": a new measure, not another place's share of the same plan.
const NEW_MEASURE = /(?<![\p{L}\p{M}])(?:tỷ lệ|tỉ lệ|chỉ số|tốc độ)(?!\p{L})(?!\p{M})/u;
// "cao hơn tỷ lệ bình quân chung của cả nước (khoảng 55,6%)": the rate that names a yardstick is the same measure's
// average elsewhere, not a new measure.
const YARDSTICK_RATE = /(?<![\p{L}\p{M}])(?:tỷ lệ|tỉ lệ)(?= (?:[\p{L}\p{M}]+ )?(?:bình quân|trung bình|chung)(?!\p{L})(?!\p{M}))/gu;
// "(tương đương 412 hộ)", ", tương ứng 29 hộ": the figure before, restated as a count.
// So is a bare bracket right after the rate: "giảm còn 0,48% (còn 19 hộ)", "0,9% (27 hộ)".
const EQUIVALENT = /^[\s,(]*(?:tương đương|tương ứng|tức là|tức)(?: (?:với|còn))?\s*$|^\s*\(\s*(?:còn\s+)?$/u;
// Sentences that break down the figure before them: "Cụ thể, …", "Trong đó, …", "Riêng …".
const BREAKDOWN = /^\s*(?:cụ thể|trong đó|riêng|chia ra|bao gồm|gồm)(?!\p{L})(?!\p{M})/u;

const SUBJECTLESS_CHANGE = /^[\s;,]*(?:và\s+)?(?:tăng|giảm)(?: nhẹ| mạnh| thêm)?\s*$/u;
// ("ước đạt 1.342 tỷ đồng/KH 2.410 tỷ đồng (dự toán HĐND thành phố giao), đạt 55,7%": a bracket may say who set the plan.)
const AFTER_PLAN_PAIR = /^\s*(?:\([^()\d]{1,60}\))?\s*,\s*(?:đạt|bằng)\s*$/u;
// A few words may say what the visitors came for ("1.000 khách đến tham quan, lưu trú, ước đạt doanh thu …"); the
// count's change may stand between in brackets ("đón 1,3 triệu lượt khách (tăng 17%), doanh thu đạt …"), and the
// money may be what the visitors brought with no noun ("đón hơn 18 triệu lượt khách, thu về gần 48.400 tỷ đồng");
// "ước" may stand between the noun and the amount with no verb ("…, doanh thu ước 2.450 tỷ đồng":
// visitors-revenue-estimated).
// ("…, tăng 42% so với dịp lễ năm 2025, doanh thu ước đạt 412 tỷ đồng": the visitors' own comparison may close their
// change before the revenue: revenue-after-visitors-change.)
const REVENUE_AFTER_VISITORS = /^(?: so (?:với )?[^,;.()]{1,40})?(?: du lịch| nước ngoài| quốc tế)?(?:[\s,]+(?:đến|tới|về)(?:[\s,]+(?:tham quan|lưu trú|nghỉ dưỡng|trải nghiệm|vui chơi|mua sắm|và)){1,4})?\)?\s*[,;]?\s*(?:và\s+)?(?:ước\s+)?(?:(?:(?:đạt|thu|thu về|mang lại)\s+)?(?:tổng\s+)?doanh thu(?:\s+(?:ước\s+)?(?:đạt|là)|\s+ước(?:\s+tính)?)?|(?:thu về|mang về|mang lại))\s*(?:khoảng|trên|hơn|gần|xấp xỉ)?\s*$/u;
// "(đạt 104,11% dự toán tỉnh giao; đạt 100,26% dự toán của huyện)": after a semicolon, a clause that opens on the
// verb of a plan share, with nothing named before it.
const SUBJECTLESS_SHARE = /^[^;.\d]{0,60};\s*(?:đạt|bằng)\s*$/u;
// "; xây dựng chiếm 22,1%": a part's name (a few words, no figure) and "chiếm" open the clause.
const PART_SHARE_OPENING = /^[;\s]*(?:[^\d;.:()]{1,48} )?chiếm(?: khoảng| gần| hơn| trên)?\s*$/u;

// "đạt 84,4% kế hoạch …, cao hơn cùng kỳ năm 2023 (82,1%)": the bracket after the same stretch of an earlier year,
// compared with, holds that stretch's share of its own plan.
const SAME_SPAN_BRACKET = /(?<![\p{L}\p{M}])(?:cao hơn|thấp hơn|so với)(?: so với)? cùng kỳ(?: năm (?:19|20)\d\d| năm trước)? \($/u;

// "; thấp nhất là huyện Kỳ Sơn với 38,5%", "; cao nhất là xã A (97,2%)": the other end of a ranking just given, its
// place and nothing else named before the figure.
const EXTREME_OPENING = /^[\s;,]*(?:và\s+)?(?:thấp|cao) nhất(?: là)? (?!(?:[\p{L}\p{M}]+ )*?(?:tỷ|tỉ) lệ )(?:[\p{L}\p{M}]+ ){1,5}(?:với|đạt|có|\()\s*$/u;

interface Where {
  clauseStart: number;
  sentenceStart: number;
  /** End of the figure before, or the clause start. */
  prevEnd: number;
}

export class Neighbours {
  private last?: { clauseStart: number; sentenceStart: number; end: number; unitClass: string; kind: string; indicator?: string };
  private lastAttainment?: { paragraph: number; sentence: number; base: Base; indicator?: string };
  /** The last figure read with an indicator. */
  private lastNamed?: { clauseStart: number; sentenceStart: number; unitClass: string; indicator: string };
  /** The sentence and indicator of the last level in per cent with an indicator: a rate ("tỷ lệ bao phủ BHYT đạt 92,1%"). */
  private lastRate?: { sentence: number; indicator: string };
  /** The end of the last figure read after a plan slash ("312 tỷ đồng/KH 450 tỷ đồng"), with its indicator. */
  private lastPlan?: { end: number; indicator?: string };

  constructor(private readonly lower: string, private readonly segments: Segments) {}

  /** The indicator of the figure before in the same clause, when this figure's unit fits it. */
  indicator(c: Candidate, where: Where): string | undefined {
    const last = this.last;
    if (!last?.indicator || last.clauseStart !== where.clauseStart) return undefined;
    if (unitFits(last.indicator, c.unit.unit, c.unit.class)) return last.indicator;
    // "Tỷ lệ hộ nghèo còn 0,08%, tương ứng 29 hộ": the same measure counted.
    const counted = COUNT_OF_RATE[last.indicator];
    return counted && unitFits(counted, c.unit.unit, c.unit.class) && EQUIVALENT.test(this.lower.slice(where.prevEnd, c.numberStart)) ? counted : undefined;
  }

  /** Whether the figure right before this one, in its clause, was kept and measures nothing the lexicon knows (in
   *  `unitClass`, when given): "giá … lần lượt là 75.000 đồng/kg và 110.000 đồng/kg, cao hơn cùng kỳ từ 15 - 20%" — a
   *  change after it is its; "Công suất sử dụng buồng phòng đạt 62%, mùa cao điểm lên tới 95%" — so is a level in
   *  its unit. */
  silentBefore(where: Where, unitClass?: string): boolean {
    const last = this.last;
    return !!last && !last.indicator && last.clauseStart === where.clauseStart && last.end === where.prevEnd && (unitClass === undefined || last.unitClass === unitClass);
  }

  /** Whether this change opens its own clause with no subject ("Chỉ số giá USD tháng 10 giảm 0,34% so với tháng trước;
   *  tăng 5,54% so với cùng kỳ năm trước") after a figure of its sentence that measures nothing the lexicon knows: it
   *  goes on with that figure's subject. */
  silentSubjectBefore(c: Candidate, where: Where): boolean {
    const last = this.last;
    return !!last && !last.indicator && last.sentenceStart === where.sentenceStart && last.clauseStart < where.clauseStart &&
      SUBJECTLESS_CHANGE.test(this.lower.slice(where.clauseStart, c.numberStart));
  }

  /** The indicator of the attainment right before, in the sentence's clause before this one, when this one opens
   *  after a semicolon on "đạt"/"bằng" with no subject: the same measure against another plan. */
  shareContinued(c: Candidate, kind: string, where: Where): string | undefined {
    const last = this.last;
    // ("đạt 61,8% nguồn vốn tỉnh giao (376,7 tỷ/609,1 tỷ đồng); đạt 51,1% …": or the part out of its whole that
    // spelled the share out.)
    if (kind !== 'attainment' || !last?.indicator || (last.kind !== 'attainment' && last.kind !== 'ratio') || last.sentenceStart !== where.sentenceStart) return undefined;
    return SUBJECTLESS_SHARE.test(this.lower.slice(last.end, c.numberStart)) ? last.indicator : undefined;
  }

  /** The indicator of the figure before in the sentence, when this one's clause opens on the extreme of the same
   *  ranking ("có tỷ lệ trường chuẩn cao, lần lượt là 92,1% và 89,7%; thấp nhất là huyện Kỳ Sơn với 38,5%"). */
  extremeContinued(c: Candidate, where: Where): string | undefined {
    // (The ranking's items after its first may take their indicator only once the list is read: the last figure of
    // the sentence that had one is asked.)
    const named = this.lastNamed;
    if (!named || named.sentenceStart !== where.sentenceStart || named.clauseStart === where.clauseStart || named.unitClass !== c.unit.class) return undefined;
    const opening = this.lower.slice(where.clauseStart, c.numberStart);
    return opening.includes('nhất') && EXTREME_OPENING.test(opening) ? named.indicator : undefined;
  }

  /** "thương mại, dịch vụ chiếm 58,3% số doanh nghiệp thành lập mới; xây dựng chiếm 22,1%; …": a share that opens
   *  its own clause on a part and "chiếm", and names no whole, is a share of the whole the share before it named. */
  shareListed(c: Candidate, kind: string, where: Where, clauseEnd: number): string | undefined {
    const last = this.last;
    if (kind !== 'level' || c.unit.class !== 'percent' || !last?.indicator || last.kind !== 'level' || last.unitClass !== 'percent' ||
      last.sentenceStart !== where.sentenceStart || last.clauseStart >= where.clauseStart) return undefined;
    return PART_SHARE_OPENING.test(this.lower.slice(where.clauseStart, c.numberStart)) && /^[\s.;]*$/u.test(this.lower.slice(c.end, clauseEnd))
      ? last.indicator : undefined;
  }

  /** "đón trên 170.000 lượt khách, ước đạt doanh thu trên 60 tỷ đồng": a bare revenue right after a count of visitors
   *  in its sentence is what they brought (a name that covered the count, "đón … lượt khách", leaves the lexicon's
   *  "lượt khách, doanh thu" nothing to match). */
  visitorsRevenue(c: Candidate, where: Where): string | undefined {
    const last = this.last;
    if (c.unit.class !== 'money' || last?.sentenceStart !== where.sentenceStart) return undefined;
    if (last.indicator !== 'tourist_arrivals' && last.indicator !== 'international_tourist_arrivals') return undefined;
    return REVENUE_AFTER_VISITORS.test(this.lower.slice(last.end, c.numberStart)) ? 'tourism_revenue' : undefined;
  }

  /** The plan a bare "đạt X%" is measured against, when it continues an attainment; undefined otherwise. */
  attainment(c: Candidate, meaning: Meaning, indicator: string | undefined, where: Where): { base: Base; indicator?: string } | undefined {
    if (meaning.kind !== 'level' || c.unit.class !== 'percent') return undefined;
    // "ước đạt 312 tỷ đồng/KH 450 tỷ đồng, đạt 69,3%": the share of the plan just written after the slash.
    const plan = this.lastPlan;
    if (plan && plan.end === where.prevEnd && (meaning.operator?.op === 'reach' || meaning.operator?.op === 'equal') &&
      AFTER_PLAN_PAIR.test(this.lower.slice(plan.end, c.numberStart))) {
      return { base: 'target', indicator: plan.indicator };
    }
    const last = this.lastAttainment;
    if (!last) return undefined;
    // "tỷ lệ bao phủ BHYT đạt 92,1% dân số, bằng 98% chỉ tiêu; trong đó khu vực Bạc Liêu cũ đạt 93,4%": when the measure
    // is itself a rate, given in its sentence before its share of the plan, a part's bare percentage is the part's rate.
    if (last.indicator && this.lastRate?.sentence === last.sentence && this.lastRate.indicator === last.indicator) return undefined;
    // ("bằng 98,4% vụ mùa năm trước, trong đó các địa phương phía Bắc đạt 1.050,8 nghìn ha, bằng 98,1%": "bằng" too.)
    if (meaning.operator?.op !== 'reach' && meaning.operator?.op !== 'equal' && !meaning.yardstick) return undefined;
    if (indicator && indicator !== last.indicator) return undefined;
    const between = this.lower.slice(where.prevEnd, c.numberStart);
    const parallel = last.sentence === where.sentenceStart && !NEW_MEASURE.test(meaning.yardstick ? between.replace(YARDSTICK_RATE, '') : between);
    const breakdown = this.paragraphsSince(last.paragraph, c.numberStart) <= 1 &&
      BREAKDOWN.test(this.lower.slice(where.sentenceStart, where.sentenceStart + 16));
    return parallel || breakdown ? { base: last.base, indicator: last.indicator } : undefined;
  }

  /** The base of the attainment right before in this sentence, when this figure opens the bracket after the same
   *  stretch of an earlier year it is compared with: that stretch's share of its plan. */
  comparedSameSpan(c: Candidate, where: Where): Base | undefined {
    const last = this.last;
    if (!last || last.sentenceStart !== where.sentenceStart) return undefined;
    // "bằng 14,8% kế hoạch Thủ tướng Chính phủ giao (11.380 tỷ đồng), cao hơn cùng kỳ năm 2025 (11,2%)": the plan's value
    // in brackets after the share may stand between (same-span-bracket-after-plan-value).
    const planValueBetween = last.kind !== 'attainment' && this.lower[last.end] === ')' && c.unit.class === 'percent';
    if (!planValueBetween && (last.kind !== 'attainment' || c.unit.class !== last.unitClass)) return undefined;
    if (!SAME_SPAN_BRACKET.test(this.lower.slice(Math.max(last.end, c.numberStart - 80), c.numberStart))) return undefined;
    return this.lastAttainment?.sentence === where.sentenceStart ? this.lastAttainment.base : undefined;
  }

  /** "bằng 14,6% kế hoạch, thấp hơn mức 17,9% của cùng kỳ năm 2025": the base of the attainment just before in the
   * sentence, when this percentage is named as the same stretch's earlier rate (same-span-rate-named). */
  comparedSameSpanNamed(c: Candidate, where: Where): Base | undefined {
    const last = this.last;
    if (!last || last.sentenceStart !== where.sentenceStart || last.kind !== 'attainment' || c.unit.class !== 'percent') return undefined;
    if (!isSameSpanRateNamed(this.lower, c.numberStart, c.end)) return undefined;
    return this.lastAttainment?.sentence === where.sentenceStart ? this.lastAttainment.base : undefined;
  }

  remember(c: Candidate, kind: string, base: Base | undefined, indicator: string | undefined, where: Where): void {
    this.last = { clauseStart: where.clauseStart, sentenceStart: where.sentenceStart, end: c.end, unitClass: c.unit.class, kind, indicator };
    this.lastPlan = c.afterPlanSlash ? { end: c.end, indicator } : undefined;
    if (indicator) this.lastNamed = { clauseStart: where.clauseStart, sentenceStart: where.sentenceStart, unitClass: c.unit.class, indicator };
    if (kind === 'level' && c.unit.class === 'percent' && indicator) this.lastRate = { sentence: where.sentenceStart, indicator };
    if (kind === 'attainment' && base) {
      this.lastAttainment = { paragraph: this.paragraphOf(c.numberStart), sentence: where.sentenceStart, base, indicator };
    }
  }

  private paragraphOf(pos: number): number {
    return segmentBounds(this.segments.paragraphStarts, pos, this.lower.length)[0];
  }

  private paragraphsSince(paragraphStart: number, pos: number): number {
    return segmentIndex(this.segments.paragraphStarts, pos) - segmentIndex(this.segments.paragraphStarts, paragraphStart);
  }
}
