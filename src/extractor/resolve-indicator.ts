// The indicator a figure measures: named by its unit, by the words right after a count ("2 xã đạt chuẩn nông thôn
// mới nâng cao"), or by the nearest indicator named before it in its clause whose units fit.
import { pastShareAside } from './share-noun-aside.ts';
import { isClearedCases } from './cleared-cases.ts';
import { countedNounForms } from './counted-noun-before-more-words.ts';
import { comradesAdmitted } from './comrades-admitted.ts';
import { isAverageGrowthNamedShort } from './average-growth-named-short.ts';
import { COUNT_OF_RATE, INDICATOR_BY_UNIT, PER_HEAD, SHARED_COUNT_UNITS, unitFits } from './indicator-units.ts';
import { productPerHeadAcrossBracket } from './bracketed-product-per-head.ts';
import { findIndicatorMentions, indicatorForUnit, percentVariantOf, type IndicatorMention } from './lexicon/match-indicators.ts';
import type { TokenStream } from './lexicon/tokenize.ts';
import type { Meaning } from './meaning.ts';
import type { Candidate } from './scan-figures.ts';
import { perSentence } from './segments.ts';
import { firstAtOrAfter, hasBetween } from './sorted.ts';
import { findRespectively, RESPECTIVE_REACH, type Respectively } from './respectively.ts';
import { respectiveSectorOutput } from './respective-sectors.ts';
import { wholeWordStarts } from './vocabulary/word-boundary.ts';
import { cropOutputOf } from './crop-output.ts';
import { UNIT_LABEL_WORDS } from './vocabulary/units.ts';
import { unitOfPhrase } from './quantity.ts';
import { namesOtherMoney } from './own-measure.ts';
import { AREAS_NOT_SECTORS, FARMING, FORMER_UNIT_AREA } from './vocabulary/sectors.ts';
import { isShareNamingNoWhole, tradeShareOf } from './share-of-trade.ts';
import { namesOtherThing } from './mention-exclusions.ts';
import { isShareHeldBySubject } from './subject-holds-share.ts';
import { plannedMeasureStart } from './plan-names-measure.ts';
import { MEASURES_WEIGHED_AGAINST_GRDP } from './measure-share-of-grdp.ts';
import { panelHeadingIndicator } from './panel-heading-topic.ts';
import { panelValueIndicator } from './panel-value-heading.ts';
import { isStructureHeadingShare } from './structure-heading-shares.ts';

export interface IndicatorResolver {
  /** `heading`: the list heading (start, end) the figure's line is an item of. */
  resolve(c: Candidate, clauseStart: number, clauseEnd: number, meaning: Meaning, heading?: readonly [number, number]): string | undefined;
  /** The indicator the paragraph (or list) is about, for a figure whose own words name none: the last one named after
   *  `floor` that fits the figure's unit. */
  topic(c: Candidate, floor: number, meaning: Meaning): string | undefined;
  /** The indicator named between `from` and `to` (a table column's heading) that fits the figure's unit. */
  namedIn(c: Candidate, from: number, to: number, meaning: Meaning): string | undefined;
  /** The article's running topic, for a figure whose paragraph names nothing that fits: the last indicator named in
   *  the paragraphs just before that fits its unit. */
  /** The article's running topic, read back no further than `floor` (the start of the figure's numbered section). */
  articleTopic(c: Candidate, meaning: Meaning, floor?: number): string | undefined;
  /** What a sector's output value `carried` from the figure before becomes for a figure whose own words, after that
   *  figure (from `prevEnd`), name another sector: its own, or undefined for trade, services and building alone, which
   *  have none. */
  sectorCarried(c: Candidate, prevEnd: number, carried: string): string | undefined;
}

// Indicators measured in percent by nature: a bare percentage in a paragraph about one of them is that rate.
const RATE_LIKE = /_rate$|_coverage$|_growth$|^(?:sector_share|industrial_production_index|cpi|forest_cover|public_investment_disbursement)$/;
const TOPIC_REACH = 1200;
const ARTICLE_TOPIC_REACH = 1500;

const PERCENT_BEFORE = /\d ?% $/;
const BREAKDOWN_OPENER = /^\s*(?:trong đó|cụ thể),/u;
// "đầu tư 3 cây cầu với tổng vốn 215 tỷ đồng", "với tổng kinh phí hơn 10,7 tỷ đồng": money spent on something is
// what it cost, never the revenue or output a paragraph before was about; "86 doanh nghiệp thành lập mới với tổng vốn
// đăng ký 512 tỷ đồng" is what they were founded with. So is money raised or given ("huy động được gần 99 tỷ đồng để
// nâng chất", "vận động ủng hộ 1,2 tỷ đồng").
const FUNDING_BEFORE = /(?<![\p{L}\p{M}])(?:(?:vốn|kinh phí|mức đầu tư|số tiền)(?: đầu tư| đăng ký| điều lệ)?|(?:huy động|vận động|quyên góp|ủng hộ)(?: được)?)(?: (?:là|khoảng|hơn|trên|dưới|gần|lên đến|lên tới))? $/u;

/** Money named right before as what something cost or was founded with, raised or given ("với tổng vốn đăng ký hơn
 *  19.300 tỷ đồng"). */
function namesFunding(lower: string, c: Candidate): boolean {
  return c.unit.unit === 'VND' && FUNDING_BEFORE.test(lower.slice(Math.max(0, c.numberStart - 32), c.numberStart));
}

// Whole words (wholeWordStarts checks the edges).
const INLINE_HEADING_REACH = 400;
// ("Cơ cấu giá trị sản xuất của các ngành kinh tế chuyển dịch đúng hướng; nông, lâm, thủy sản chiếm 31,4%": a district's
// output split by its sectors is its economy's structure, as a province's GRDP is.)
const STRUCTURE_WORDS = ['cơ cấu kinh tế', 'cơ cấu ngành', 'cơ cấu gdp', 'cơ cấu grdp', 'tỷ trọng', 'tỉ trọng', 'cơ cấu giá trị sản xuất của các ngành', 'cơ cấu giá trị sản xuất các ngành'];
const SECTOR_WORDS = ['khu vực', 'tỷ trọng', 'tỉ trọng', 'cơ cấu'];
const namesArea = (lower: string, at: number) => lower.startsWith('khu vực ', at) &&
  (AREAS_NOT_SECTORS.some((w) => lower.startsWith(w, at + 8)) || FORMER_UNIT_AREA.test(lower.slice(at + 8, at + 60)));

export function createIndicatorResolver(lower: string, candidates: readonly Candidate[], sentenceStartOf: (c: Candidate) => number, tokens?: TokenStream,
  respectively: Respectively = findRespectively(lower, candidates), sentenceStarts: readonly number[] = [0]): IndicatorResolver {
  // "đạt 126,82% chỉ tiêu NQ, gấp đôi năm 2020": targets named right after a percentage are its yardstick, not what the
  // clause's next figure measures.
  // (Names that stand for another thing where they are: mention-exclusions.ts.)
  const mentions = findIndicatorMentions(lower, tokens).filter((m) => (m.id !== 'resolution_targets' || !PERCENT_BEFORE.test(lower.slice(Math.max(0, m.start - 4), m.start))) &&
    !isBracketedUnit(lower, m) && !namesOtherThing(lower, m)).map((m) => productPerHeadAcrossBracket(lower, m));
  // Asked only of percentages with no verb or a share verb, and only before the number in its own sentence: found
  // per sentence on first use (the words never cross a sentence's break).
  // (Moved to the text's offsets in place, not mapped: see matchStarts in sorted.ts.)
  const startsIn = (phrases: readonly string[], from: number, to: number) => {
    const starts = wholeWordStarts(lower.slice(from, to), phrases);
    for (let i = 0; i < starts.length; i++) starts[i]! += from;
    return starts;
  };
  // (Not "khu vực thành thị/nông thôn": a kind of place.)
  const sectorWords = perSentence(sentenceStarts, lower.length, (from, to) => startsIn(SECTOR_WORDS, from, to).filter((at) => !namesArea(lower, at) && !isShareHeldBySubject(lower, at, mentions)));
  const structureWords = perSentence(sentenceStarts, lower.length, (from, to) => startsIn(STRUCTURE_WORDS, from, to).filter((at) => !isShareHeldBySubject(lower, at, mentions)));
  // "Cơ cấu kinh tế chuyển dịch tích cực, tăng trưởng đạt 8,2%", "các chỉ tiêu cơ cấu kinh tế để … thực hiện mục tiêu
  // tăng trưởng 10%": growth named after the structure, right before the rate, is what the rate measures.
  const growthAfterStructure = (c: Candidate) => {
    let last = -1;
    for (const at of structureWords(c.numberStart)) if (at < c.numberStart && at > last) last = at;
    return last >= 0 && lower.slice(last, c.numberStart).includes('tăng trưởng');
  };
  // The start of a figure's sentence, or of the one before when its own opens by breaking that one down ("Trong đó, …").
  const breakdownFloor = (c: Candidate) => {
    const from = sentenceStartOf(c);
    if (from === 0 || !BREAKDOWN_OPENER.test(lower.slice(from, from + 16))) return from;
    const i = firstAtOrAfter(sentenceStarts, from, (x) => x) - 1;
    return i >= 0 ? sentenceStarts[i]! : from;
  };
  // Trade and services listed among sectors before "lần lượt" (respective-sectors.ts): their amounts take no output value
  // carried from the item before.
  const listedWithoutOutput = new Set<Candidate>();
  return {
    resolve(c, clauseStart, clauseEnd, meaning, heading) {
      if (c.unit.class === 'percent' && meaning.kind === 'attainment') {
        const at = plannedMeasureStart(lower, c.end);
        const planned = at === undefined ? undefined : firstFrom(mentions, at, (m) => m.start === at && m.id !== 'resolution_targets');
        if (planned) return planned.id;
      }
      // "DU LỊCH" over "Tổng thu: 1.050 tỷ đồng": an infographic panel's heading completes its generic label; over a bare
      // value line, it names the value.
      const panel = panelHeadingIndicator(lower, c.numberStart) ?? panelValueIndicator(lower, c.numberStart);
      if (panel && unitFits(panel, c.unit.unit, c.unit.class)) return panel;
      // "CƠ CẤU KINH TẾ" over "Công nghiệp - xây dựng: 20,59%": a sector's share (structure-heading-shares).
      if (c.unit.class === 'percent' && isStructureHeadingShare(lower, c.numberStart)) return 'sector_share';
      // "2,5 triệu lượt khách quốc tế": the words after a counted unit can make it more specific.
      // ("giảm 30 hộ nghèo trở lên": the noun's two words, then one, counted-noun-before-more-words.)
      const longer = c.unit.class === 'count' ? countedNounForms(lower, c.unit.unit, c.end).map(unitIndicator).find((id) => id !== undefined) : undefined;
      const byUnit = longer ?? INDICATOR_BY_UNIT[c.unit.unit] ?? unitIndicator(c.unit.unit);
      // "giải quyết việc làm cho 412.600 lượt người": a unit that counts visitors and workers alike names neither when
      // its clause names a measure counted in it.
      if (byUnit && SHARED_COUNT_UNITS.has(c.unit.unit)) {
        const named = mentionFor(mentions, lower, c, clauseStart, clauseEnd, sentenceStartOf);
        if (named && named.id !== byUnit) return named.id;
      }
      if (byUnit) {
        // "Khách quốc tế đến nước ta đạt gần 12,7 triệu lượt người": the clause may name a narrower kind of the unit's.
        // (Not when words after the unit say which: "120 - 130 triệu lượt khách nội địa".)
        const narrower = PHRASE_ENDS.test(lower.slice(c.end, c.end + 12)) ? NARROWER[byUnit] : undefined;
        // A list item's heading says it for the whole list ("Các thị trường khách quốc tế lớn nhất (lượt khách):"), when
        // the item's own words name nothing ("… phấn đấu đón 8,4 triệu lượt khách" does).
        const named = narrower && (lastBefore(mentions, c.numberStart, clauseStart, (m) => narrower.includes(m.id)) ??
          (heading && !lastBefore(mentions, c.numberStart, clauseStart, () => true, true) ? lastBefore(mentions, heading[1], heading[0], (m) => narrower.includes(m.id)) : undefined) ??
          inlineHeadingMention(c, clauseStart, narrower, byUnit));
        return named ? named.id : byUnit;
      }
      if (c.unit.unit === 'đồng chí' && comradesAdmitted(lower, c.numberStart)) return 'new_party_members';
      // "Cơ cấu kinh tế: khu vực nông nghiệp chiếm 21,8%; công nghiệp - xây dựng chiếm 33,9%" shares the sentence's
      // structure; "Tỷ trọng công nghiệp - xây dựng trong GRDP đạt 38%" reaches a share named in its clause.
      if (c.unit.class === 'percent') {
        const op = meaning.operator?.op;
        // "Tỷ trọng lao động qua đào tạo chiếm 82%": the lexicon names what share "tỷ trọng" opens (a share of the
        // workforce), so the structure words say nothing of the economy here (share-named-by-lexicon).
        const ownShare = lastBefore(mentions, c.numberStart, clauseStart, (m) => !m.weak && m.id !== 'sector_share' && STRUCTURE_WORDS.some((w) => lower.startsWith(w, m.start)));
        if (ownShare) return ownShare.id;
        // "chiếm 28%, 19,5% … tổng kim ngạch (xuất khẩu)": a share of the trade total; a bare "tổng kim ngạch" is the
        // trade flow its paragraph was speaking of. Read before the structure words: "(chiếm tỷ trọng 67,2% trong tổng
        // kim ngạch xuất khẩu)" names the whole it divides.
        const trade = op === 'share' ? tradeShareOf(lower, c.end) : undefined;
        if (trade && trade !== 'bare') return trade;
        // "chiếm 23,7% tổng vốn FDI của toàn tỉnh", "34,7% tổng thu ngân sách": a share of a whole the lexicon names right
        // after it is a share of that measure.
        const whole = op === 'share' && lower[c.end] === ' ' ? firstFrom(mentions, c.end, (m) => m.start === c.end + 1) : undefined;
        if (whole && !RATE_LIKE.test(percentVariantOf(whole.id))) return whole.id;
        // "Trong đó, thị trường châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94%": a share that names no whole, after a trade
        // flow its sentence (or the one it breaks down) named, is a share of that flow, not of the economy.
        if (op === 'share' && !trade && isShareNamingNoWhole(lower, c.numberStart, c.end)) {
          const flow = lastBefore(mentions, c.numberStart, Math.max(breakdownFloor(c), c.numberStart - TRADE_TOPIC_REACH), (m) => m.id === 'export_value' || m.id === 'import_value');
          if (flow) return flow.id;
        }
        if (trade === 'bare') {
          const flow = lastBefore(mentions, c.numberStart, Math.max(0, c.numberStart - TRADE_TOPIC_REACH), (m) => m.id === 'export_value' || m.id === 'import_value');
          if (flow) return flow.id;
        }
        if (op === 'share' && (hasBetween(sectorWords(c.numberStart), clauseStart, c.numberStart) || hasBetween(structureWords(c.numberStart), sentenceStartOf(c), c.numberStart))) return 'sector_share';
        // "du lịch chiếm khoảng 20 - 25% GRDP": a share of the GRDP is a sector's share, whatever names the sector.
        if (op === 'share' && SHARE_OF_GRDP.test(lower.slice(c.end, c.end + 32))) {
          const weighed = lastBefore(mentions, c.numberStart, sentenceStartOf(c), (m) => !m.weak);
          return weighed && MEASURES_WEIGHED_AGAINST_GRDP.has(weighed.id) ? weighed.id : 'sector_share';
        }
        if ((op === undefined || op === 'is') && hasBetween(structureWords(c.numberStart), sentenceStartOf(c), c.numberStart) && !growthAfterStructure(c)) return 'sector_share';
        if (op === 'reach' && hasBetween(structureWords(c.numberStart), clauseStart, c.numberStart) && !growthAfterStructure(c)) return 'sector_share';
      }
      const listed = respectively.at(c, clauseStart, clauseEnd);
      const respective = listed && respectiveAt(mentions, listed.clauseStart ?? clauseStart, listed.at, listed.index);
      // "Tỷ lệ hộ nghèo và hộ cận nghèo … lần lượt là 1,26% và 2,08%": a percentage paired with a count's name is its rate,
      // as it is outside a list (respective-rate-variant).
      if (respective) return rateIfPercent(c, respective);
      const found = mentionFor(mentions, lower, c, clauseStart, clauseEnd, sentenceStartOf);
      if (!found) return c.unit.unit === 'tấn' ? cropOutputOf(lower, c.numberStart, clauseStart, sentenceStartOf(c)) : undefined;
      if (listed?.count !== undefined && SECTOR_OUTPUT.has(found.id) && found.end <= listed.at) {
        const sector = respectiveSectorOutput(lower, found.start, listed.at, listed.index, listed.count);
        if (sector !== undefined) {
          if (sector === null) listedWithoutOutput.add(c);
          return sector ?? undefined;
        }
      }
      // "Tổng giá trị sản xuất ước đạt 6.284 tỷ đồng, …, trong đó nông, lâm nghiệp, thủy sản 1.126 tỷ đồng": a part of
      // the total named after a figure of its own in the same clause is its sector's, as in a clause of its own.
      // "… công nghiệp - xây dựng tăng 7,95%, thương mại - dịch vụ tăng 9,82%": a sector named in a figure's own words,
      // after another figure of the list, is that figure's, whatever the list's first name was.
      const previous = figureBefore(c);
      const sector = found.start < clauseStart || breakdownAfterFigure(previous, found.end, c) ? sectorOfClause(lower, found.id, c)
        : sectorSinceFigure(previous, found.end, c, found.id);
      if (sector === null) return undefined;
      const id = sector ?? found.id;
      if (id === 'crime' && isClearedCases(lower, c)) return 'crime_clearance_rate';
      if (id === 'grdp_per_capita' && c.unit.class === 'percent' && isAverageGrowthNamedShort(lower, found, c.end)) return 'grdp_growth';
      // "giảm 50% số hộ nghèo": a change in per cent of the count named right after it changes that count, not its rate.
      if (c.unit.class === 'percent' && meaning.kind === 'change' && found.start > c.end && CHANGED_COUNT_AFTER.test(lower.slice(c.end, c.end + 8))) return id;
      // "tỷ lệ hộ nghèo còn 2%" and "GRDP tăng 7%": a percentage of a count or size names its rate.
      return rateIfPercent(c, id);
    },
    sectorCarried(c, prevEnd, carried) {
      if (listedWithoutOutput.has(c)) return undefined;
      const sector = sectorOfClause(lower, carried, c, prevEnd);
      return sector === null ? undefined : sector ?? carried;
    },
    topic(c, floor, meaning) {
      return topicBefore(c, floor, TOPIC_REACH, meaning);
    },
    namedIn(c, from, to, meaning) {
      return topicBefore(c, from, to - from, meaning, undefined, to);
    },
    articleTopic(c, meaning, floor = 0) {
      // "trong đó, bán lẻ hàng hóa chiếm 78,5%": a share is of what its own sentence names; a rate named paragraphs
      // before (the IIP) is not what it divides.
      if (c.unit.class === 'percent' && meaning.operator?.op === 'share') return undefined;
      // (A share of a noun named after it, "90% tổ chức cơ sở đảng", never gets here: see own-measure.ts.)
      // "tiếp nhận 8.420 hồ sơ, giải quyết đúng hạn 99,2%": a level in percent right after a count of something in its
      // clause (one no indicator measures) is a rate of that count, not of a rate named paragraphs before.
      if (c.unit.class === 'percent' && meaning.kind === 'level' && countBeforeInClause(c)) return undefined;
      // Money per head is named where it is given: "tỷ đồng" totals after a paragraph about income per head are not.
      return topicBefore(c, floor, ARTICLE_TOPIC_REACH, meaning, PER_HEAD);
    },
  };

  // "… số lượng khách quốc tế đến tăng cao ở nhiều địa phương: Đà Nẵng ước đón gần 177.000 lượt; Hà Nội ước đón gần
  // 103.000 lượt khách, …": a colon heading inside the sentence names the narrower kind for its items, when nothing else
  // is named between the colon and the item (the unit's own words, "đón … lượt khách", name only the unit's indicator).
  function inlineHeadingMention(c: Candidate, clauseStart: number, narrower: readonly string[], own: string): IndicatorMention | undefined {
    const sentenceStart = sentenceStartOf(c);
    const from = Math.max(sentenceStart, c.numberStart - INLINE_HEADING_REACH);
    const colon = from + lower.slice(from, clauseStart).lastIndexOf(':');
    if (colon < from || lastBefore(mentions, c.numberStart, colon, (m) => m.id !== own, true)) return undefined;
    return lastBefore(mentions, colon, Math.max(sentenceStart, colon - 120), (m) => narrower.includes(m.id));
  }

  function figureBefore(c: Candidate): Candidate | undefined {
    return candidates[firstAtOrAfter(candidates, c.numberStart, (x) => x.start) - 1];
  }
  // A figure stands between the total's name and this one, and "trong đó" opens the breakdown after it.
  function breakdownAfterFigure(previous: Candidate | undefined, nameEnd: number, c: Candidate): boolean {
    return previous !== undefined && previous.start >= nameEnd && BREAKDOWN_OPENS.test(lower.slice(previous.end, c.numberStart));
  }
  // A figure stands between the list's first name and this one: the sector this figure's own words name, if any.
  function sectorSinceFigure(previous: Candidate | undefined, nameEnd: number, c: Candidate, id: string): string | null | undefined {
    return previous !== undefined && previous.start >= nameEnd && previous.end <= c.numberStart ? sectorOfClause(lower, id, c, previous.end) : undefined;
  }
  function countBeforeInClause(c: Candidate): boolean {
    const previous = figureBefore(c);
    return previous !== undefined && previous.unit.class === 'count' && previous.end <= c.numberStart &&
      !/[;.:\n]/.test(lower.slice(previous.end, c.numberStart));
  }

  function topicBefore(c: Candidate, floor: number, reach: number, meaning: Meaning, skip?: ReadonlySet<string>, to = c.numberStart): string | undefined {
    if (namesFunding(lower, c)) return undefined;
    const percent = c.unit.class === 'percent' || c.unit.class === 'points';
    const ok = (m: IndicatorMention) => {
      if (skip?.has(m.id)) return false;
      if (!percent) return unitFits(m.id, c.unit.unit, c.unit.class);
      // A change in percent can be of anything; a bare level in percent only of a rate. ("Ở chiều ngược lại, thị xã Kiến
      // Tường chỉ đạt 78,4% dự toán" after a paragraph on revenue: a share of a plan is of an amount the plan sets, as a
      // change is: attainment-of-topic.)
      return meaning.kind === 'change' || (meaning.kind === 'attainment' && meaning.base === 'target') || RATE_LIKE.test(percentVariantOf(m.id));
    };
    const found = lastBefore(mentions, to, Math.max(floor, to - reach), ok);
    if (!found) return undefined;
    // "… trong đó khách quốc tế đạt 21.500 lượt. Ba điểm đến thu hút đông khách nhất lần lượt đón 412.000 lượt, …": a
    // sentence of its own that names visitors at large counts them all, not the narrower kind named before it
    // (broad-kind-named-again).
    const broader = BROADER[found.id];
    if (broader && found.end <= sentenceStartOf(c) && broader[1].test(lower.slice(sentenceStartOf(c), c.numberStart))) return broader[0];
    const sector = sectorOfClause(lower, found.id, c);
    if (sector === null) return undefined;
    const id = sector ?? found.id;
    return percent ? percentVariantOf(id) : id;
  }
}

const RATE_MOVED_BEFORE = /(?<![\p{L}\p{M}])(?:còn|giảm|tăng|là)(?: thêm)?(?: (?:khoảng|gần|dưới|trên|hơn))? $/u;

function mentionFor(mentions: IndicatorMention[], lower: string, c: Candidate, clauseStart: number, clauseEnd: number, sentenceStartOf: (c: Candidate) => number): IndicatorMention | undefined {
  const fits = (m: IndicatorMention) => unitFits(m.id, c.unit.unit, c.unit.class);
  // "xuất khẩu 28 lao động": the phrase wraps the number.
  const around = lastBefore(mentions, c.end + 1, clauseStart, (m) => !!m.gap && m.gap.start <= c.numberStart && c.numberStart < m.gap.end && fits(m), true);
  if (around) return around;
  if (c.unit.class === 'money' || c.unit.class === 'physical') {
    // "thu hút 1,2 tỷ USD vốn FDI": the name right after the amount.
    const next = firstFrom(mentions, c.end, (m) => m.start === c.end + 1 && lower[c.end] === ' ' && fits(m));
    if (next) return next;
  }
  // "giảm 6,19% số vụ, giảm 0,75% số người chết và giảm 11,44% về số người bị thương": a change of a count, named
  // right after the percentage.
  if (c.unit.class === 'percent' && CHANGED_COUNT_AFTER.test(lower.slice(c.end, c.end + 8))) {
    const tailEnd = Math.min(clauseEnd, phraseEnd(lower, c.end));
    // (A loose name only when it is the count itself: "về số DN", not "số vốn đăng ký mới".)
    const count = c.end + (lower.startsWith(' về ', c.end) ? 4 : 1);
    const named = firstFrom(mentions, c.end, (m) => m.start < tailEnd && (!m.weak || m.start === count));
    if (named) return named;
  }
  // "Giảm mạnh cả về số vụ (-31%), số người chết (-20%)": a change in brackets right after "số <noun>" is the change of
  // that count. When the noun is no name the lexicon knows ("vụ"), what it counts is the indicator named last before it
  // whose units hold the noun, not the figure before it (the injuries of the sentence before).
  if (c.unit.class === 'percent') {
    const counted = COUNT_BEFORE_BRACKET.exec(lower.slice(Math.max(0, c.numberStart - 28), c.numberStart));
    if (counted && !lastBefore(mentions, c.numberStart, c.numberStart - counted[0].length, () => true, true)) {
      const named = lastBefore(mentions, c.numberStart, Math.max(0, c.numberStart - COUNTED_REACH), (m) => !m.weak && unitFits(m.id, counted[1]!, 'count'));
      if (named) return named;
      // "Giảm mạnh cả về số vụ (-31%), số người chết (-9%) và số người bị thương (-41%)" with no accident named near:
      // the casualties named beside it in its clause imply the events they came of.
      const casualties = firstFrom(mentions, c.end, (m) => m.start < clauseEnd && EVENTS_BEHIND[m.id] !== undefined);
      const events = casualties && EVENTS_BEHIND[casualties.id]!;
      if (events && unitFits(events, counted[1]!, 'count')) return { ...casualties, id: events };
    }
  }
  if (c.unit.class === 'percent' && WORD_AFTER.test(lower.slice(c.end, c.end + 2))) {
    // "91,8% dân số tham gia BHYT", "100% hộ nghèo được cấp thẻ bảo hiểm y tế": a share of people doing something is
    // the rate of that something, named last in the phrase after it.
    let tailEnd = Math.min(clauseEnd, phraseEnd(lower, c.end));
    const resumes = pastShareAside(lower, tailEnd, clauseEnd);
    if (resumes > 0) tailEnd = Math.min(clauseEnd, phraseEnd(lower, resumes));
    let last: IndicatorMention | undefined;
    // "80% số xã đạt chuẩn nông thôn mới": a share of places or things counted by an indicator is that indicator.
    const share = SHARE_OF.exec(lower.slice(c.end, c.end + 30))?.[1];
    for (let i = lowerBound(mentions, c.end); i < mentions.length && mentions[i]!.start < tailEnd; i++) {
      const m = mentions[i]!;
      if (RATE_LIKE.test(percentVariantOf(m.id)) || (share && unitFits(m.id, share, 'count'))) last = m;
    }
    // "100% xã có sản phẩm OCOP": a share of places having what an indicator counts.
    if (!last && share && PLACE_NOUNS.has(share)) last = firstFrom(mentions, c.end, (m) => m.start < tailEnd);
    if (last) return last;
    // "tỷ lệ hộ dân sử dụng nước sạch đạt 78%, hơn 71% hộ có nhà tiêu hợp vệ sinh": a share of households having
    // something nothing names is no share of what the figure before it measured.
    if (HOUSEHOLDS_HAVING.test(lower.slice(c.end, c.end + 24))) {
      const before = lastBefore(mentions, c.numberStart, clauseStart, fits);
      if (before && /\d/.test(lower.slice(before.end, c.numberStart))) return undefined;
    }
  }
  if (c.unit.class === 'count') {
    // The noun phrase after a count: up to the next punctuation, a few words long.
    let tailEnd = Math.min(clauseEnd, phraseEnd(lower, c.end));
    // "2 xã (Hiệp An, Ninh Gia) đạt NTM kiểu mẫu": the names in brackets are an aside; the phrase goes on after them.
    const close = lower[tailEnd] === '(' ? lower.indexOf(')', tailEnd) : -1;
    if (close > 0 && close - tailEnd <= ASIDE_REACH && close < clauseEnd) tailEnd = Math.min(clauseEnd, phraseEnd(lower, close + 1));
    // "2 xã Đắk Gằn và Thuận An về đích nông thôn mới": the units counted, named and joined by "và", are no end of the
    // phrase; what they reach comes after the last name.
    else if (UNITS_NAMED.has(c.unit.unit) && NAMES_JOINED.test(lower.slice(tailEnd, tailEnd + 6)) && tailEnd - c.end <= NAMED_REACH) {
      tailEnd = Math.min(clauseEnd, phraseEnd(lower, tailEnd + 4));
      // "hai xã Ea Đar và Cư Huê (cũ) đã đạt chuẩn …": a short aside after the last name does not end the phrase either.
      const aside = lower[tailEnd] === '(' ? lower.indexOf(')', tailEnd) : -1;
      if (aside > 0 && aside - tailEnd <= ASIDE_REACH && aside < clauseEnd) tailEnd = Math.min(clauseEnd, phraseEnd(lower, aside + 1));
    }
    const after = firstFrom(mentions, c.numberStart, (m) => m.start < tailEnd && fits(m));
    if (after) return after;
  }
  const near = (m: IndicatorMention) => !m.weak || c.numberStart - m.end <= WEAK_REACH;
  let inClause = lastBefore(mentions, c.numberStart, clauseStart, (m) => fits(m) && near(m));
  // "phấn đấu giảm tỷ lệ hộ nghèo cuối năm xuống còn 431 hộ": a rate whose measure is counted in the figure's unit is
  // that count, when the count is what the rate moved to or by ("hỗ trợ khoảng 1.200 hộ có nguy cơ tái nghèo" is not).
  if (!inClause && c.unit.class === 'count' && RATE_MOVED_BEFORE.test(lower.slice(Math.max(clauseStart, c.numberStart - 24), c.numberStart))) {
    const rate = lastBefore(mentions, c.numberStart, clauseStart, (m) => !m.weak && COUNT_OF_RATE[m.id] !== undefined && unitFits(COUNT_OF_RATE[m.id]!, c.unit.unit, c.unit.class));
    if (rate) return { ...rate, id: COUNT_OF_RATE[rate.id]! };
  }
  // "Kim ngạch xuất khẩu 7 tháng của doanh nghiệp FDI ước đạt 29,4 tỷ USD": a name inside a "của …" phrase only
  // says whose; the head noun before it is what is measured.
  if (inClause && OWNER_BEFORE.test(lower.slice(Math.max(clauseStart, inClause.start - 30), inClause.start))) {
    inClause = lastBefore(mentions, inClause.start, clauseStart, (m) => m.end <= inClause!.start && fits(m) && !m.weak) ?? inClause;
  }
  // "Tỷ lệ nghèo đa chiều (gồm hộ nghèo và hộ cận nghèo) là 5,71%": a name inside a bracket closed before the figure
  // only details the name before the bracket, which is what is measured.
  if (inClause) {
    const open = asideOpening(lower, inClause, clauseStart, c.numberStart);
    // ("thị trường châu Mỹ (chiếm 8,59% tỷ trọng) tăng 58,66%": the part's weight in an aside is no measure of the change
    // after it.)
    if (open >= 0) inClause = lastBefore(mentions, open, clauseStart, (m) => m.end <= open && fits(m) && !m.weak) ?? (inClause.id === 'sector_share' ? undefined : inClause);
  }
  // "tỷ lệ hộ nghèo giảm còn 2,79%, vượt chỉ tiêu Nghị quyết đề ra (giảm 1%)": the resolution is the yardstick; the
  // rate compared with it is what the plan's percentage measures.
  // "Tỷ lệ đô thị hóa hiện đạt 48%, chỉ tiêu nghị quyết là 60%", "giảm còn 2,68%, thấp hơn chỉ tiêu kế hoạch được giao
  // (2,75%)": a clause that opens on the plan compares with the rate its sentence named before it.
  if (inClause?.id === 'resolution_targets' && c.unit.class !== 'count') {
    // "Cụ thể, các chỉ tiêu chủ yếu: tỷ lệ hộ dùng điện đạt 99,5%; …": targets named as a list's heading, before its
    // colon, measure none of its items; a name after the colon does, else nothing the lexicon knows
    // (targets-heading-names-no-item).
    const at = lower.slice(inClause.end, c.numberStart).indexOf(':');
    const colon = inClause.end + at;
    if (at >= 0) {
      return lastBefore(mentions, c.numberStart, colon, (m) => m.start > colon && m.id !== 'resolution_targets' && fits(m) && !m.weak);
    }
    const from = Math.max(clauseStart, inClause.start - 16);
    const lead = lower.slice(from, inClause.start);
    const opensClause = from === clauseStart ? YARDSTICK_OPENS_CLAUSE.test(lead) : YARDSTICK_AFTER_COMMA.test(lead);
    const passed = YARDSTICK_VERB.test(lead) || GAP_BEFORE_YARDSTICK.test(lower.slice(Math.max(clauseStart, inClause.start - GAP_REACH), inClause.start));
    if (opensClause || passed) {
      const other = (m: IndicatorMention) => m.end <= inClause!.start && m.id !== 'resolution_targets' && fits(m) && !m.weak;
      const compared = lastBefore(mentions, inClause.start, clauseStart, other) ??
        (opensClause ? lastBefore(mentions, clauseStart, sentenceStartOf(c), other) : undefined);
      // With no such rate in its clause ("…; bình quân giảm 6,18%/năm, vượt chỉ tiêu Nghị quyết (giảm 4 - 5%/năm)"), the
      // resolution passed still names no measure of the figure: what the text was speaking of does.
      if (!compared && passed && !opensClause) return undefined;
      inClause = compared ?? inClause;
    }
  }
  // "chỉ số sản xuất công nghiệp IIP … duy trì mức tăng trưởng 18,71%": a bare "tăng trưởng" after a name in its clause
  // is that name's growth, not the economy's.
  // (Not the economy's structure: "Cơ cấu kinh tế chuyển dịch tích cực, tăng trưởng đạt 8,2%" is the economy's growth;
  // a structure has no growth rate.)
  if (inClause?.weak && inClause.id === 'grdp_growth') {
    inClause = lastBefore(mentions, inClause.start, clauseStart, (m) => m.end <= inClause!.start && fits(m) && !m.weak && m.id !== 'sector_share') ?? inClause;
  }
  if (inClause || c.unit.class === 'percent' || c.unit.class === 'points' || c.unit.class === 'times' || c.unit.class === 'score') return inClause;
  // "Tai nạn giao thông xảy ra 97 vụ…; so với cùng kỳ giảm 7 vụ": a count, sum or area whose unit only fits one
  // indicator may reach back to the start of its sentence.
  // "Huyện Trần Văn Thời giảm 6 vụ so với cùng kỳ và không có người chết do tai nạn giao thông": named after the
  // count, later in its clause.
  // "Huyện Trần Văn Thời giảm 6 vụ so với cùng kỳ và không có người chết do tai nạn giao thông", "xảy ra 21 vụ, làm
  // chết 15 người": a bare count of cases is what the rest of its clause counts, or the events behind its casualties.
  // "…, trong đó xuất khẩu tăng 15,4%; cán cân thương mại xuất siêu 20,79 tỷ USD": not when its clause names money no
  // indicator measures.
  if (c.unit.class === 'money' && namesOtherMoney(lower, Math.max(clauseStart, c.numberStart - OTHER_MONEY_REACH), c.numberStart)) return undefined;
  // ("…; thu hút đầu tư tăng cao với 48 dự án có tổng vốn đăng ký hơn 19.300 tỷ đồng": money something was founded with
  // takes no name from a clause before its own: funding-own-clause.)
  const before = lastBefore(mentions, c.numberStart, namesFunding(lower, c) ? clauseStart : sentenceStartOf(c), (m) => fits(m) && !m.weak);
  if (before || c.unit.class !== 'count' || !BARE_COUNT_END.test(lower.slice(c.end, c.end + 8))) return before;
  // "1.032 doanh nghiệp, trong đó 38 doanh nghiệp thành lập mới": what a breakdown names is the part's, not the whole's.
  const breakdown = lower.slice(c.end, clauseEnd).search(BREAKDOWN);
  let until = breakdown < 0 ? clauseEnd : c.end + breakdown;
  // "Tỷ lệ hộ nghèo còn 0,78% (tương đương 412 hộ), hộ cận nghèo 1,12%": a count inside a bracket is named inside it.
  const close = lower.indexOf(')', c.end);
  if (close >= 0 && close < until && lower.lastIndexOf('(', c.numberStart) > Math.max(clauseStart, c.numberStart - ASIDE_REACH, lower.lastIndexOf(')', c.numberStart))) until = close;
  const after = firstFrom(mentions, c.end, (m) => m.start < until && !m.weak && (fits(m) || EVENTS_BEHIND[m.id] !== undefined));
  if (!after || fits(after)) return after;
  const events = EVENTS_BEHIND[after.id]!;
  return unitFits(events, c.unit.unit, c.unit.class) ? { ...after, id: events } : undefined;
}

// "(lượt khách; tăng, giảm so với cùng kỳ)", "(đơn vị: lượt khách)": a bracket that opens with a unit names what the
// numbers under it are counted in; the unit is no topic of the text around it.
const UNIT_LABEL_OPEN = new RegExp(`^\\(\\s*(?:${UNIT_LABEL_WORDS}\\s*:\\s*)?$`, 'u');
const OPEN_REACH = 18;

function isBracketedUnit(lower: string, m: IndicatorMention): boolean {
  // Asked of every mention: the character after it and the nearest "(" before it settle most at once.
  const close = lower.charCodeAt(m.end);
  if (close !== 59 && close !== 44 && close !== 41) return false; // ; , )
  let open = m.start - 1;
  while (open >= 0 && m.start - open <= OPEN_REACH && lower.charCodeAt(open) !== 40) open--; // (
  if (open < 0 || m.start - open > OPEN_REACH || !UNIT_LABEL_OPEN.test(lower.slice(open, m.start))) return false;
  return unitOfPhrase(lower.slice(m.start, m.end))?.unit?.class === 'count';
}

// Outside any function: the TypeScript transform (esbuild, under tsx) compiles a literal with \p{…} outside a class
// as `new RegExp(…)`, which would run on every call.
const WORD_AFTER = /^ \p{L}/u;
const CHANGED_COUNT_AFTER = /^ (?:về )?số (?![\p{L}\p{M}]*\d)/u;
const COUNT_BEFORE_BRACKET = /(?<![\p{L}\p{M}])số ([\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?) ?\( ?[-+−]? ?$/u;
const COUNTED_REACH = 400;
// Casualties imply the events that caused them.
const EVENTS_BEHIND: Record<string, string> = { traffic_deaths: 'traffic_accidents', traffic_injuries: 'traffic_accidents' };
const BREAKDOWN = /(?<![\p{L}\p{M}])(?:trong đó|bao gồm|gồm)(?!\p{L})(?!\p{M})/u;
// A count whose noun stands alone ("21 vụ, …", "6 vụ so với …"), not "5 vụ cháy".
const BARE_COUNT_END = /^\s*(?:[,;.:)]|$|so |và |tăng|giảm)/u;

const NARROWER: Record<string, readonly string[]> = { tourist_arrivals: ['international_tourist_arrivals'] };
// The broader kind a narrower one belongs to, and the bare words that name the broader kind (not a hotel, a customer,
// nor the narrower kind itself).
const BROADER: Record<string, readonly [string, RegExp]> = {
  international_tourist_arrivals: ['tourist_arrivals', /(?<![\p{L}\p{M}])khách(?! (?:sạn|hàng|quốc tế|nước ngoài|du lịch quốc tế))(?!\p{L})(?!\p{M})/u],
};
const PHRASE_ENDS = /^\s*(?:[,;.:)(]|$|tăng|giảm|bằng|chiếm|so |đạt|gấp)/u;
// How far back the trade flow a bare "tổng kim ngạch" divides may be named (the sentence before, in practice).
const TRADE_TOPIC_REACH = 320;
const SHARE_OF_GRDP = /^ (?:trong |của )?(?:tổng )?(?:grdp|gdp|tổng sản phẩm)(?!\p{L})(?!\p{M})/u;
const PLACE_NOUNS = new Set(['xã', 'phường', 'huyện', 'thôn', 'ấp', 'hộ', 'trường', 'trạm']);
// Units a count names one by one after it ("2 xã Đắk Gằn và Thuận An"), the names a few words long.
const UNITS_NAMED = new Set(['xã', 'phường', 'thị trấn', 'huyện', 'thôn', 'ấp', 'bản', 'buôn', 'làng', 'trường']);
const NAMES_JOINED = /^ và (?!\d)/u;
const NAMED_REACH = 30;
const SHARE_OF = /^ (?:số )?([\p{L}\p{M}]+)/u;
// Households having or doing something, right after a share: "71% hộ có …", "85% hộ dân được …" (not "97% số hộ
// trong diện", a share of what was just counted).
const HOUSEHOLDS_HAVING = /^ hộ(?: dân| gia đình)? (?:có|được|sử dụng|dùng|tham gia)(?!\p{L})(?!\p{M})/u;

// "của doanh nghiệp FDI", "(nguồn thu ngân sách) từ khu vực FDI": whose, or from where.
const OWNER_BEFORE = /(?<![\p{L}\p{M}])(?:của|từ)(?: [\p{L}\p{M}]+){0,2} $/u;

// Investment counted in US dollars is foreign direct investment in provincial reports (domestic capital is in đồng):
// "Huyện Đức Hòa và huyện Bến Lức lần lượt thu hút 198,3 triệu USD", "41 lượt dự án điều chỉnh tăng vốn thêm 218,6
// triệu USD". Loans and aid are not.
const INVESTMENT_WORDS = /(?<![\p{L}\p{M}])(?:thu hút|vốn đăng ký|tăng vốn|số vốn|tổng vốn|vốn đầu tư|nhà đầu tư|đối tác đầu tư|dự án)(?!\p{L})(?!\p{M})/u;
const NOT_FOREIGN_DIRECT = /(?<![\p{L}\p{M}])(?:oda|vốn vay|vay|viện trợ|tài trợ|kiều hối|xuất khẩu|nhập khẩu|kim ngạch)(?!\p{L})(?!\p{M})/u;

/** `fdi` for a US-dollar amount its clause calls investment, when nothing else named what it measures. */
export function dollarInvestmentOf(lower: string, c: Candidate, clauseStart: number, clauseEnd: number): string | undefined {
  if (c.unit.unit !== 'USD') return undefined;
  const clause = lower.slice(clauseStart, clauseEnd);
  return INVESTMENT_WORDS.test(clause) && !NOT_FOREIGN_DIRECT.test(clause) ? 'fdi' : undefined;
}

// Verbs that make a plan the yardstick of what was named before it.
const YARDSTICK_VERB = /(?<![\p{L}\p{M}])(?:vượt|đạt|so với|bằng|hoàn thành|theo)(?: (?:mức|so với))? $/u;
// "… đạt 96,2%, vượt 0,2 điểm phần trăm chỉ tiêu Nghị quyết HĐND tỉnh giao (96%)": the gap by which the rate passed the
// plan stands between the verb and the plan.
const GAP_BEFORE_YARDSTICK = /(?<![\p{L}\p{M}])(?:vượt|thấp hơn|cao hơn) [\d.,]+ ?(?:%|điểm phần trăm|điểm %) $/u;
const GAP_REACH = 40;
// A clause that opens on the plan, or on how the figure before stands to it: ", chỉ tiêu nghị quyết là 60%", ", thấp hơn
// chỉ tiêu kế hoạch được giao (2,75%)".
const YARDSTICK_OPENS_CLAUSE = /^[\s,;]*(?:(?:thấp hơn|cao hơn)\s+)?$/u;
const YARDSTICK_AFTER_COMMA = /[,;]\s*(?:(?:thấp hơn|cao hơn)\s+)?$/u;

// A loose name ("xuất khẩu", "GDP") governs only the figure close after it.
const WEAK_REACH = 40;
// How far before a sum its clause is read for money no indicator measures (a clause may run on for pages).
const OTHER_MONEY_REACH = 80;

const ASIDE_REACH = 80;

/** The offset of the "(" of a bracket holding `m` and closed before `numberStart` (within its clause), or -1. */
function asideOpening(lower: string, m: IndicatorMention, clauseStart: number, numberStart: number): number {
  // Read in windows: a search of the whole text for each figure would grow with the square of its length.
  const from = Math.max(clauseStart, m.start - ASIDE_REACH);
  const before = lower.slice(from, m.start);
  const at = before.lastIndexOf('(');
  if (at < 0 || before.lastIndexOf(')') > at) return -1;
  return lower.slice(m.end, numberStart).includes(')') ? from + at : -1;
}

function phraseEnd(lower: string, from: number): number {
  const m = /[,;.:()\n]|\s(?:và|với|trong đó|gồm)\s/u.exec(lower.slice(from, from + 60));
  return from + (m ? m.index : 60);
}

function firstFrom(mentions: IndicatorMention[], from: number, ok: (m: IndicatorMention) => boolean): IndicatorMention | undefined {
  let i = lowerBound(mentions, from);
  for (; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (ok(m)) return m;
    if (m.start > from + 80) break;
  }
  return undefined;
}

function lastBefore(mentions: IndicatorMention[], pos: number, floor: number, ok: (m: IndicatorMention) => boolean, spanning = false): IndicatorMention | undefined {
  for (let i = lowerBound(mentions, pos) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < floor) break;
    if ((spanning || m.end <= pos) && ok(m)) return m;
  }
  return undefined;
}

function lowerBound(mentions: IndicatorMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A percentage (or points) of what a count or an amount's name names is that measure's rate. */
function rateIfPercent(c: Candidate, id: string): string {
  return c.unit.class === 'percent' || c.unit.class === 'points' ? percentVariantOf(id) : id;
}

/** "Kim ngạch xuất khẩu và nhập khẩu quý I lần lượt là 541 triệu USD và 136 triệu USD": the k-th figure after
 * "lần lượt" takes the k-th indicator named before it. */
function respectiveAt(mentions: IndicatorMention[], clauseStart: number, at: number, k: number): string | undefined {
  const named = mentions.slice(lowerBound(mentions, Math.max(clauseStart, at - RESPECTIVE_REACH)), lowerBound(mentions, at)).filter((m) => m.end <= at);
  return named.length >= 2 && k < named.length ? named[k]!.id : undefined;
}

// Units repeat on every page; the lexicon's lookup normalises its key each time, so remember the answers. The keys
// include the words after a count, so they keep coming in a long-lived worker: the memory is bounded.
const byUnitCache = new Map<string, string | undefined>();
const BY_UNIT_CACHE_LIMIT = 4096;
function unitIndicator(unit: string): string | undefined {
  if (!byUnitCache.has(unit)) {
    if (byUnitCache.size >= BY_UNIT_CACHE_LIMIT) byUnitCache.clear();
    byUnitCache.set(unit, indicatorForUnit(unit));
  }
  return byUnitCache.get(unit);
}

// "giá trị sản xuất công nghiệp đạt 6.215 tỷ đồng; thương mại - dịch vụ 3.740 tỷ đồng; nông nghiệp 907 tỷ đồng": in a
// list of sectors, each clause's sector word picks its own output value.
const BREAKDOWN_OPENS = /(?<![\p{L}\p{M}])trong đó(?!\p{L})(?!\p{M})/u;
const SECTOR_REACH = 60;
const SECTOR_OUTPUT = new Set(['industrial_output_value', 'agricultural_output_value', 'total_output_value']);
// ("…, nông nghiệp tăng 2,27%, xây dựng tăng 6,88%": building named alone has no output value of its own either; after
// "công nghiệp" it is part of industry's, which the leftmost match keeps.)
const SECTOR_WORD = new RegExp(String.raw`(?<![\p{L}\p{M}])(${FARMING}|nông nghiệp|công nghiệp|thương mại|dịch vụ|xây dựng)(?!\p{L})(?!\p{M})[^;]{0,40}$`, 'u');

/** The output value of the sector its clause names; null for trade, services and building alone, which have none of
 *  their own ("thương mại - dịch vụ 3.740 tỷ đồng" is neither industrial nor farm output). */
function sectorOfClause(lower: string, id: string, c: Candidate, from = 0): string | null | undefined {
  if (!SECTOR_OUTPUT.has(id)) return undefined;
  // (`from`: where the figure's own words start, when another figure of its clause stands before it.)
  const m = SECTOR_WORD.exec(lower.slice(Math.max(0, from, c.numberStart - SECTOR_REACH), c.numberStart));
  if (!m) return undefined;
  if (m[1]!.startsWith('công nghiệp')) return 'industrial_output_value';
  if (m[1]!.startsWith('nông')) return 'agricultural_output_value';
  return null;
}
