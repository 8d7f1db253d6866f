// The pipeline: normalise → find figures → read meaning → place each in its period, locality and indicator.
import { attainsBareTarget } from './attained-stated-target.ts';
import { TOURIST_SEASONS } from './vocabulary/holidays.ts';
import { bareItemsLinked } from './toll-items-share-base.ts';
import { sharesCountBefore } from './share-of-unnamed-count.ts';
import { namesUnitsAfter, sharesUnitsBefore } from './share-of-units-named-after.ts';
import { isComparedPlanValue, isYearPlanValue } from './compared-plan-value.ts';
import { isEconomyMoved } from './economy-grew.ts';
import { isFarmBranchMove, isFarmBranchShare } from './farm-branch-share.ts';
import { aimedMonthsSinceJanuary, monthsSinceJanuary } from './year-to-date-flow.ts';
import { isEventAttendance } from './event-attendance.ts';
import { anecdoteSentences, isOneIncidentToll, isOneVehicleClause, isStoryClause, isVoteTally } from './anecdotes.ts';
import { findPublished } from './article-facts.ts';
import { acceptsCount, isRushOverOrdinaryDays } from './count-context.ts';
import type { Base, ExtractOptions, ExtractResult, Figure } from './figure.ts';
import { changeIndicator, isLowerBetter, isPerHead, isStockIndicator, newRuralOfUnits, percentLevelFits, perPopulationUnit, unitFits } from './indicator-units.ts';
import { scanTokens } from './lexicon/tokenize.ts';
import { percentVariantOf } from './lexicon/match-indicators.ts';
import { isProductPerHead } from './product-per-head.ts';
import { frontsLastMonth, reportMonthBefore } from './month-on-month.ts';
import { isForecastVerdict } from './forecast-verdict.ts';
import { inlineHeadingBase, isPlanShareInList, listContexts } from './list-headings.ts';
import { brokenDownMoveBase, frontedSentenceBase } from './fronted-base.ts';
import { CROP_OUTPUTS, cropOpeningClause } from './crop-output.ts';
import { arrowLegends } from './arrow-legend.ts';
import { LAST_YEAR, LAST_YEAR_END, TERM_START, baseNamed, rateOwnedByCountry, readMeaning } from './meaning.ts';
import { wholeNamedAfterRate } from './whole-named-after-rate.ts';
import { respectiveBase } from './respective-bases.ts';
import { furnitureRanges } from './page-furniture.ts';
import { findRespectively } from './respectively.ts';
import { relevantText } from './relevant-text.ts';
import { isBareSectorItem, sectorNamedBefore } from './sector-growth.ts';
import { createGrdpSectorTopic } from './grdp-sector-topic.ts';
import { pastYearsRange } from './past-years-range.ts';
import { continuesPlanParts } from './plan-parts.ts';
import { broughtFromAbroad } from './international-carriers.ts';
import { countedBySourceMarket } from './foreign-visitors.ts';
import { createSectionFloor } from './section-headings.ts';
import { recaseShoutedLines } from './shouted-lines.ts';
import { createModalityReader } from './modality.ts';
import { normalise, toOriginal } from './normalise.ts';
import { homeLocalityOn } from './home-locality.ts';
import { findPeriods, type PeriodMention } from './periods.ts';
import { withWeekPeriods } from './week-periods.ts';
import { withDayPeriods } from './day-periods.ts';
import { withHolidayDays } from './holiday-days.ts';
import { withStretchToNow } from './stretch-to-now.ts';
import { isVarietyCode } from './variety-codes.ts';
import { withoutRestatedMilestones } from './milestones.ts';
import { isInSchemeName } from './scheme-names.ts';
import { shareListedChanges, type PlacedFigure } from './listed-changes.ts';
import { sectorSubjectOutput } from './sector-subject.ts';
import { findIndexValues, withIndexValues } from './index-values.ts';
import { iipSectionGrowth } from './iip-sub-sectors.ts';
import { inDisbursedCapitalItem, isRankedDisbursedShare } from './disbursed-share.ts';
import { isPlanExceededEarlier, isPlanReachedEarlier } from './plan-reached-earlier.ts';
import { withReviewedStretch } from './reviewed-stretch.ts';
import { createPeriodResolver } from './resolve-period.ts';
import { sectionAt, termSections } from './term-sections.ts';
import { restatesChange, restatesChangeAsAmount } from './restated-change.ts';
import { comparedBefore, namesOwnBase } from './compared-before.ts';
import { isProjectsCapital } from './projects-capital.ts';
import { namesDomesticAfterForeign } from './domestic-after-foreign.ts';
import { createIndicatorResolver, dollarInvestmentOf } from './resolve-indicator.ts';
import { createLocalityResolver, pagePlace } from './resolve-locality.ts';
import { scanFigures, type Candidate } from './scan-figures.ts';
import { tableCells, type TableCell } from './table-rows.ts';
import { Neighbours } from './neighbours.ts';
import { dateHeadlineRepeats, indicateHeadlineRepeats, type HeadFigure } from './headline-repeats.ts';
import { namesMaking, namesMeasureBefore, namesOwnMeasure, namesProducts } from './own-measure.ts';
import { wordsAgainst } from './words-against.ts';
import { isWholeNotNamed } from './whole-count.ts';
import { createCasesTracker } from './cases-named-bare.ts';
import { firstAtOrAfter } from './sorted.ts';
import { isShareOfPlanBefore } from './plan-share-arithmetic.ts';
import { isRespectivePlanShare } from './respective-plan-share.ts';
import { isMembershipHeld } from './members-held.ts';
import { bareGradeCount, bareStandardCount, communesByCriteria } from './bare-standard-count.ts';
import { otherStandardCount } from './other-standard-count.ts';
import { CLEARANCE_WORDS, SAME_MOMENT_BASE_AFTER, STOCK_WORDS, STOCK_WORDS_AFTER_COUNT } from './vocabulary/cues.ts';
import { breaksDownStockBefore, breaksDownStockInClause, holdsAtCumulativeCutOff } from './cumulative-holding.ts';
import { isFleetHeld, restatesHeldCount } from './fleet-stock.ts';
import { hasWholeWord } from './vocabulary/word-boundary.ts';
import { countMovedAfter } from './count-moved-after.ts';
import { budgetVerbSide } from './bare-budget-verb.ts';
import { earlierStretchRate } from './earlier-stretch-rate.ts';
import { figureMovedRespectively } from './respective-changes.ts';
import { isNeededMore } from './needed-more.ts';
import { isShortParagraph, segment, segmentBounds, segmentIndex, sentenceWindowStart, type Segments } from './segments.ts';
import { wordStartTest } from './vocabulary/word-start.ts';
import { isSecondHalfPlanShare } from './half-aim-plan-share.ts';
import { isHalfJustBefore } from './half-before.ts';
import { isIncomePerMonth } from './income-per-month.ts';

// Between a part of the budget revenue and its share: ", chiếm ", " (chiếm khoảng ".
const SHARE_RIGHT_AFTER = /^\s*,?\s*\(?\s*chiếm(?: tỷ lệ| tỉ lệ| tỷ trọng| tỉ trọng)?(?: khoảng| gần| hơn| trên)?\s*$/u;
const NOTHING_NAMED_AFTER = /^\s*(?:[,;.)\n]|$)/u;
// Between a count and its share: " (", " (chiếm ", " (bằng ".
const SHARE_OF_COUNT_BRACKET = /^\s*\(\s*(?:chiếm\s+(?:tỷ lệ\s+|tỉ lệ\s+)?|bằng\s+|đạt\s+)?$/u;
// Names of the whole economy's growth, as against a bare "tăng trưởng".
const ECONOMY_NAMED = /grdp|gdp|tổng sản phẩm|kinh tế/u;
const REVENUE_WORDS = ['doanh thu'];
const GROWTH_RIGHT_AFTER_FIGURE = /^,?\s*(?:và\s+)?tăng trưởng\s*(?:khoảng\s+|gần\s+|hơn\s+)?$/u;
// "Kết quả này …", "Con số này …", "Kết quả trên …": a sentence that opens by pointing back at the figure before it.
const POINTS_BACK = /^(?:kết quả|con số|mức) (?:này|trên)(?!\p{L})(?!\p{M})/u;
// "Chỉ số giá USD … tăng 3,62% so với tháng 12/2024. Bình quân 10 tháng, chỉ số này tăng 3,98%": "this index" is the
// one the figure before it measured, whether the lexicon names it or not (index-named-back).
const INDEX_BACK = /(?<![\p{L}\p{M}])chỉ số (?:này|trên|đó)(?!\p{L})(?!\p{M})/u;
const INDEX_BACK_REACH = 48;
const TERM = /^\d{4}\/\d{4}$/;
const MONEY_PER_YEAR = /^(VND|USD)\/năm$/u;
// ("mỗi ha lãi từ 800 triệu đến 1 tỷ đồng", "mỗi ha chè cổ thụ cho thu nhập 80 - 100 triệu đồng/năm": "mỗi" alone counts
// one: each-hectare-money, per-hectare-each.)
const PER_HECTARE_BEFORE = wordStartTest(/(?<![\p{L}\p{M}])(?:(?:trên|mỗi|bình quân) (?:1|01|một) |mỗi )(?:ha|héc ta|hécta|hecta)(?!\p{L})(?!\p{M})/u);

export function extractFigures(original: string, options: ExtractOptions = {}): ExtractResult {
  const text = original.charCodeAt(0) === 0xfeff ? original.slice(1) : original;
  const shift = text === original ? 0 : 1;
  const norm = normalise(text);
  const { lower } = norm;
  const segments = segment(lower, norm.text);
  const published = options.published ?? findPublished(lower);
  const publishedYear = published ? Number(published.slice(0, 4)) : undefined;
  const publishedMonth = published && published.length >= 7 ? Number(published.slice(5, 7)) : undefined;
  const stories = anecdoteSentences(norm.text, lower, segments.sentenceStarts);
  const furniture = furnitureRanges(lower, segments);
  const cells = tableCells(lower);
  // A page with no number that may be a figure (a ceremony, a festival, a power-cut notice: one seed of five) is asked
  // only for its place, read as before over its head (relevant-text.ts): not for its periods, nor the other resolvers
  // and readers a figure needs.
  const placeOnly = (): ExtractResult => {
    const { text: lexiconText, tokens } = lexiconInput(lower, segments, [], cells);
    return { published, locality: pagePlace(lexiconText, segments, options.locality, stories, tokens, recaseShoutedLines(norm.text, lower), published,
      homeLocalityOn(options.homeLocality, published)), figures: [] };
  };
  const found = outside(withIndexValues(scanFigures(lower), findIndexValues(lower)), furniture);
  if (found.length === 0 && cells.length === 0) return placeOnly();
  const periodMentions = withStretchToNow(withHolidayDays(withDayPeriods(withWeekPeriods(findPeriods(lower, publishedYear, publishedMonth), lower, published), lower, published), lower), lower, published);
  // A page of late December about the coming Tết: what it dates by that Tết's year is no plan for a year ahead.
  const comingTetYear = periodMentions.find((p) => p.comingTet)?.year;
  const candidates = withoutRestatedMilestones(lower, withTableCells(found
    .filter((c) => !isPeriodYear(c, lower, periodMentions) && !isVarietyCode(norm.text, lower, c.numberStart, sentenceWindowStart(segments, c.numberStart)) &&
      !isInSchemeName(lower, c)), cells), segments);
  if (candidates.length === 0) return placeOnly();
  const cellOf = new Map(cells.map((cell) => [cell.candidate, cell]));
  const sections = termSections(lower, segments, periodMentions, publishedYear);
  const lead = leadEnd(lower, segments, candidates);
  const periods = createPeriodResolver(lower, withReviewedStretch(periodMentions, lower, lead, publishedYear), published, stories, segments, lead, sections);
  const { text: lexiconText, tokens } = lexiconInput(lower, segments, candidates, cells);
  const respectively = findRespectively(lower, candidates);
  // "… so với kế hoạch giao, lần lượt đạt 118,4%, 112,6% và 110,3%": each share of the list is an attainment of the plan.
  const isRespectivePlanShareAt = (c: Candidate, clauseStart: number, clauseEnd: number) => {
    const listed = respectively.at(c, clauseStart, clauseEnd);
    return listed !== undefined && listed.count !== undefined && isRespectivePlanShare(lower, listed.at);
  };
  const indicators = createIndicatorResolver(lexiconText, candidates, (c) => sentenceWindowStart(segments, c.numberStart), tokens, respectively, segments.sentenceStarts);
  const localities = createLocalityResolver(lexiconText, segments, options.locality, stories, tokens, recaseShoutedLines(norm.text, lower), published,
    homeLocalityOn(options.homeLocality, published));
  const listContext = listContexts(lower, segments, publishedYear, publishedMonth);
  const arrowLegendBase = arrowLegends(lower);
  const modalities = createModalityReader(lower, segments.sentenceStarts);

  const neighbours = new Neighbours(lower, segments);
  const sectionFloor = createSectionFloor(lower, segments);
  const figures: Figure[] = [];
  // Figures of the short paragraphs before the body's first long one (the head), and of the body.
  const heads: HeadFigure[] = [];
  const body: Figure[] = [];
  let inHead = true;
  const respectiveGroups: Array<{ at: number; figure: Figure }> = [];
  const changes: ChainedChange[] = [];
  let productSentence = -1;
  const grdpSectors = createGrdpSectorTopic(segments, lower.length);
  // The end of the last figure read as a stock standing at a date, for the change or share chained right after it.
  let stockEnd = -1;
  // The sentence ("Trong đó, …") that breaks the stock before it down: each of its levels stands at the same date.
  let stockBreakdown = -1;
  // The indicator a sentence opening on "Kết quả này," points back at (read once per sentence, before its first figure).
  let referBack: { sentence: number; indicator?: string } = { sentence: -1 };
  let lastDollarInvestment = -1;
  // The end of the last count without an indicator read as standing at a cut-off (a fleet), for its share or change.
  let heldCountEnd = -1;
  const cases = createCasesTracker(lower);
  // The end of the last figure kept as a target, for the next part of a plan split by source.
  let targetEnd = -1;
  const placed: PlacedFigure[] = [];
  // The last figure kept and its candidate: a share right after it may be its share of a plan stated before.
  let lastKept: { candidate: Candidate; figure: Figure } | undefined;
  // Each kept figure by its candidate: a change "về số doanh nghiệp" measures what the count it moves measures.
  const figureOf = new Map<Candidate, Figure>();
  // Whether a clause (by its start) names one vehicle by its plate, read once per clause, not once per figure in it.
  const vehicleClauses = new Map<number, boolean>();
  candidates.forEach((c, i) => {
    const [wholeSentenceStart] = segmentBounds(segments.sentenceStarts, c.numberStart, lower.length);
    if (stories.has(wholeSentenceStart)) return;
    const sentenceStart = sentenceWindowStart(segments, c.numberStart);
    const [clauseStart, clauseEnd] = segmentBounds(segments.clauseStarts, c.numberStart, lower.length);
    if (clauseStart > wholeSentenceStart && isStoryClause(norm.text, lower, clauseStart, clauseEnd)) return;
    if (isOneIncidentToll(lower, wholeSentenceStart, c.numberStart)) return;
    let oneVehicle = vehicleClauses.get(clauseStart);
    if (oneVehicle === undefined) vehicleClauses.set(clauseStart, (oneVehicle = isOneVehicleClause(lower, clauseStart, clauseEnd)));
    if (oneVehicle) return;
    if ((c.unit.class === 'percent' || c.unit.unit === 'đại biểu' || c.unit.unit === 'phiếu') && isVoteTally(lower, clauseStart, clauseEnd, c.numberStart, c.end)) return;
    if (c.unit.class === 'count' && c.numberStart - wholeSentenceStart < 80 && isEventAttendance(lower, wholeSentenceStart, c.numberStart, c.end)) return;
    const prev = candidates[i - 1];
    const prevEnd = prev && prev.end > clauseStart ? prev.end : clauseStart;
    const cell = cellOf.get(c);
    // "giá trị sản xuất trên 1 ha đất canh tác đạt 215 triệu đồng": money after "trên 1 ha" is per hectare.
    // "thu nhập bình quân trên 1 ha … đạt 235 triệu đồng/năm": per hectare and per year.
    const perHectare = c.unit.class === 'money' ? (c.unit.unit.includes('/') ? MONEY_PER_YEAR.exec(c.unit.unit)?.[1] : c.unit.unit) : undefined;
    if (perHectare && PER_HECTARE_BEFORE.test(lower.slice(sentenceStart, c.numberStart))) {
      // ("… đạt 245 triệu đồng/ha/năm, tăng 15 triệu đồng so với năm trước": the amount after a yearly one is yearly too.)
      const yearly = c.unit.unit.endsWith('/năm') || (prev !== undefined && prev.end > sentenceStart && prev.unit.unit === `${perHectare}/ha/năm`);
      c.unit = { ...c.unit, unit: `${perHectare}/ha${yearly ? '/năm' : ''}` };
    }
    // A table cell means what its column says; the row label's words ("Giảm hộ nghèo (hộ)") name the indicator only.
    const meaning = cell
      ? cell.change
        ? { kind: 'change' as const, planMarked: false, ...cell.change }
        : { kind: cell.attainment ? 'attainment' as const : 'level' as const, planMarked: false, ...(cell.attainment && { base: cell.attainmentBase ?? 'target' as const }), ...(cell.bound && { bound: cell.bound }) }
      : readMeaning(lower, c, clauseStart, clauseEnd, prevEnd, candidates[i + 1]?.start ?? lower.length, prev && prev.end > clauseStart ? { unitClass: prev.unit.class, value: prev.value, end: prev.end } : undefined);
    const list = listContext(c.numberStart);
    if (meaning.kind === 'level' && c.unit.class === 'percent' && (isPlanShareInList(list, lower, c.numberStart, prevEnd, clauseStart) ||
      (prev !== undefined && prev.end > clauseStart && lastKept?.candidate === prev && isShareOfPlanBefore(lower, figures, prev, lastKept.figure, c)) ||
      isRespectivePlanShareAt(c, clauseStart, clauseEnd) ||
      (meaning.base === undefined && isPlanReachedEarlier(lower, segmentBounds(segments.paragraphStarts, c.numberStart, lower.length)[0], clauseStart, c.numberStart, c.end)))) {
      Object.assign(meaning, { kind: 'attainment', base: 'target' });
    }
    if (meaning.base === undefined && c.unit.class === 'percent' && (meaning.kind === 'level' || meaning.direction === 'up') &&
      isPlanExceededEarlier(lower, segmentBounds(segments.paragraphStarts, c.numberStart, lower.length)[0], clauseStart, c.numberStart, c.end)) {
      Object.assign(meaning, { kind: 'change', direction: 'up', base: 'target', status: 'exceeded' });
    }
    // "(tăng 7,7% tương đương 1,6 triệu đồng)": a sum restating the change in per cent before it is that change, in money
    // (restated-change-as-amount).
    const amountRestated = meaning.kind === 'level' && c.unit.class === 'money' && lastKept !== undefined && lastKept.candidate === prev &&
      lastKept.figure.kind === 'change' && lastKept.figure.unit === '%' && restatesChangeAsAmount(lower, lastKept.candidate.end, c.numberStart);
    if (amountRestated) Object.assign(meaning, { kind: 'change', direction: lastKept!.figure.direction });
    const where = { clauseStart, sentenceStart: wholeSentenceStart, prevEnd };
    // Its own words first; else the figure before it in its clause; else what its paragraph (or list) is about.
    // "Vốn FDI đăng ký mới … đạt 712,5 triệu USD, tăng 18,3%": a change after a figure of its clause is that figure's
    // change; a name standing before that figure was the figure's own.
    const heading = list ? [list.headingStart, list.headingEnd] as const : cell?.caption;
    let own = indicators.resolve(c, clauseStart, clauseEnd, meaning, heading);
    // "doanh thu bán lẻ … tăng 18%, tỉnh đón 1,32 triệu lượt khách, doanh thu đạt 4.113 tỷ đồng": a bare revenue right
    // after the visitors is what they brought, not the retail named earlier in the sentence (revenue-visitors-brought).
    // (The words between the visitors and the money are only the revenue's, so nothing else is named there.)
    if (own !== undefined && own !== 'tourism_revenue' && prevEnd > clauseStart && neighbours.visitorsRevenue(c, where)) own = 'tourism_revenue';
    if (own === undefined && c.unit.class === 'percent' && meaning.kind === 'change' && isEconomyMoved(lower, clauseStart, c.numberStart)) own = 'grdp_growth';
    // "GRDP ước tăng 11,66%, trong đó khu vực dịch vụ tăng 15,18%": a sector named after the figure before is what this
    // one measures, not the GRDP named before that figure.
    // "GRDP tăng 7,8%. Trong đó, … khu vực công nghiệp - xây dựng tăng 9,5%": in a breakdown of the GRDP a sector's
    // growth is its value added, not its output value (the lexicon's loose name for the sector).
    const sector = sectorNamedBefore(lower, c, prevEnd, segmentBounds(segments.paragraphStarts, c.numberStart, lower.length)[0]);
    // "Khu vực dịch vụ tiếp tục duy trì ổn định với mức tăng trưởng 7,63%": a bare "tăng trưởng" after the sector is the
    // sector's.
    if (sector && (((own === 'grdp' || own === 'grdp_growth') && prevEnd > clauseStart) || (sector.ofGrdp && isOutputValue(own)) ||
      (own === 'grdp_growth' && !ECONOMY_NAMED.test(lower.slice(sector.start, c.numberStart))))) own = undefined;
    // "tỷ trọng công nghiệp - xây dựng tăng … lên 51,6% năm 2022, nông nghiệp giảm còn 17,3%": a sector's bare name
    // after a sector's share in its sentence gives that sector's share; an output value is never a level in per cent
    // (sector-share-continued).
    // ("Quy mô nền kinh tế … đạt 248.056 tỷ đồng, với cơ cấu …: công nghiệp - xây dựng chiếm 46,52%, dịch vụ 34,47% và nông
    // - lâm - thủy sản 11,08%": nor is a sector's bare name before a level in per cent there the economy's growth that the
    // size named before it suggests: sector-share-not-growth.)
    if ((isOutputValue(own) || (own === 'grdp_growth' && isBareSectorItem(lower, prevEnd, c.numberStart))) && c.unit.class === 'percent' &&
      meaning.kind === 'level' && lastKept?.figure.indicator === 'sector_share' && lastKept.figure.start >= wholeSentenceStart) own = 'sector_share';
    // "743 xã (12,3%) đạt chuẩn nông thôn mới kiểu mẫu", "5.120 hộ nghèo (chiếm 1,9%)": a share in brackets right after a
    // count is that count's share, whatever its words after the bracket or before the count name.
    if (c.unit.class === 'percent' && prev && prevEnd === prev.end && prev.unit.class === 'count' && prev.of === undefined &&
      SHARE_OF_COUNT_BRACKET.test(lower.slice(prevEnd, c.numberStart))) {
      const counted = neighbours.indicator(c, where);
      if (counted) own = percentVariantOf(counted);
    }
    // ("Phường có 24/26 tổ dân phố đạt chuẩn văn hóa, chiếm 92,3%": the share of a count that measures nothing named,
    // share-of-unnamed-count.)
    const shareOfUnnamedCount = own === undefined && c.unit.class === 'percent' && prev !== undefined && prevEnd === prev.end && prev.unit.class === 'count' &&
      lastKept?.figure.end === prev.end && lastKept.figure.indicator === undefined && sharesCountBefore(lower, prevEnd, c.numberStart);
    // Investment of the whole society is counted in đồng; dollars invested are foreign ("tổng vốn đầu tư 31,8 triệu
    // USD" after "Thu hút đầu tư trực tiếp nước ngoài (FDI) được tám dự án").
    if (own === 'social_investment' && c.unit.unit === 'USD') own = dollarInvestmentOf(lower, c, clauseStart, clauseEnd) ?? own;
    // "hiện có hơn 900 dự án trong nước còn hiệu lực với tổng vốn đầu tư gần 240 nghìn tỷ đồng": the capital of the
    // projects just counted is theirs (what the count measured, or nothing), not the investment of the whole society
    // (projects-capital).
    if (own === 'social_investment' && prev !== undefined && prev.unit.unit === 'dự án' && lastKept?.candidate === prev &&
      isProjectsCapital(lower, prev.end, c.numberStart)) own = lastKept.figure.indicator;
    const changesPrevious = own && prevEnd > clauseStart && (meaning.kind === 'change' || meaning.kind === 'attainment') && (c.unit.class === 'percent' || c.unit.class === 'times');
    const previous = changesPrevious ? neighbours.indicator(c, where) : undefined;
    // ("Tổng giá trị sản xuất … tăng 14,01%, trong đó công nghiệp tăng 22,28%, …": a sector named after the figure before
    // takes that sector's output value, as it does where the value is carried: sector-after-output-change.)
    if (previous && previous !== own) own = indicators.resolve(c, prevEnd, clauseEnd, meaning) ?? indicators.sectorCarried(c, prevEnd, previous);
    // "PAR Index … đạt 90,14%, … tăng 8 bậc. Kết quả này cao hơn giá trị trung bình của cả nước (87,92%) 2,22 điểm phần
    // trăm": a sentence that opens by pointing back at the result before speaks of what that result measured.
    if (referBack.sentence !== wholeSentenceStart) {
      const back = lastKept && lastKept.figure.start < wholeSentenceStart && POINTS_BACK.test(lower.slice(wholeSentenceStart, wholeSentenceStart + 16));
      referBack = { sentence: wholeSentenceStart, indicator: back ? lastKept!.figure.indicator : undefined };
    }
    if (own === undefined && referBack.indicator && unitFits(referBack.indicator, c.unit.unit, c.unit.class)) own = referBack.indicator;
    // "rau quả ước đạt 1,7 tỉ USD, tăng trưởng 44,6% so cùng kỳ": a bare "tăng trưởng" right after a figure is that
    // figure's growth, not the economy's; after an amount that measures nothing named ("ngành hàng xoài ước đạt 2.600 tỉ
    // đồng, tăng trưởng 12%") that growth has no id either (growth-of-unnamed-amount).
    const growthAfterFigure = own === 'grdp_growth' && GROWTH_RIGHT_AFTER_FIGURE.test(lower.slice(prevEnd, c.numberStart));
    const unnamedGrowth = growthAfterFigure && !previous && prev !== undefined && prevEnd === prev.end && prev.unit.class !== 'percent' &&
      lastKept?.figure.end === prev.end && lastKept.figure.indicator === undefined;
    if (growthAfterFigure && previous && previous !== 'grdp') own = previous;
    else if (unnamedGrowth) own = undefined;
    // "Giá gạo xuất khẩu bình quân ở mức 627 USD/tấn, tăng 12,8%": so when the figure before measures nothing named.
    else if (changesPrevious && !previous && neighbours.silentBefore(where)) own = indicators.resolve(c, prevEnd, clauseEnd, meaning);
    // "Sầm Sơn đón 1,1 triệu lượt khách, công suất phòng nhiều khách sạn đạt trên 95%": a rate named after the figure
    // before is not what a name before that figure measured.
    // ("…, 100% thôn đạt danh hiệu văn hóa" after a revenue figure: a share of the units named after it, share-of-units-named-after.)
    if (own && prevEnd > clauseStart && (namesMeasureBefore(lower, c, prevEnd) || namesMaking(lower, c, prevEnd) ||
      (namesUnitsAfter(lower, c) && !(prev !== undefined && sharesUnitsBefore(lower, c, prev.unit.unit))))) own = indicators.resolve(c, prevEnd, clauseEnd, meaning);
    // "khu vực doanh nghiệp nhà nước … vẫn là nguồn thu lớn nhất với 14.260 tỷ đồng, chiếm 37,1%": a share naming no whole
    // right after a part of the budget revenue is that part's share of the revenue, not a sector's share of the economy
    // (revenue-part-share). (Spending's shares take no id: amount-not-share.)
    if (c.unit.class === 'percent' && meaning.operator?.op === 'share' && prev && prevEnd === prev.end && lastKept?.figure.end === prev.end &&
      lastKept.figure.indicator === 'budget_revenue' && SHARE_RIGHT_AFTER.test(lower.slice(prevEnd, c.numberStart)) &&
      NOTHING_NAMED_AFTER.test(lower.slice(c.end, c.end + 4))) own = 'budget_revenue';
    // "Sản lượng dừa ước đạt 540 triệu trái, tăng 2,1%": a change right after a figure of its clause that measures
    // nothing named is that figure's change, not one of the indicator the paragraph spoke of before.
    const ofSilentFigure = own === undefined && c.unit.class !== 'count' &&
      (neighbours.silentBefore(where, meaning.kind === 'change' || meaning.kind === 'attainment' ? undefined : c.unit.class) ||
        (meaning.kind === 'change' && neighbours.silentSubjectBefore(c, where)));
    // "Tỷ lệ thu hồi tài sản … đạt 68,3%", "100% trạm y tế có bác sĩ": a percentage whose own words name what it
    // measures, where the lexicon knows no name, is no rate carried over from before.
    // "Các sản phẩm chủ lực như lọc hóa dầu tăng 23,01%; sắt thép tăng 30,34%": products' changes, named in the words
    // before or in their list's heading; the items after the first, set off by semicolons, are products too.
    const ofProducts = own === undefined && (namesMaking(lower, c, prevEnd) ||
      (list !== undefined && namesProducts(lower, c, list.headingStart, list.headingEnd)) ||
      (productSentence === wholeSentenceStart && clauseStart > wholeSentenceStart && (c.unit.class === 'percent' || c.unit.class === 'points')));
    if (ofProducts) productSentence = wholeSentenceStart;
    const namesOwn = own === undefined && (ofProducts || shareOfUnnamedCount || namesOwnMeasure(lower, c, prevEnd));
    // A place table's cells measure what its caption names, whatever the paragraphs before it spoke of.
    // "… công nghiệp - xây dựng tăng 7,95%, thương mại - dịch vụ tăng 9,82%": an item of a list of sectors names its own.
    const carried = ofSilentFigure || namesOwn ? undefined : neighbours.indicator(c, where);
    const indexBack = own === undefined && lastKept !== undefined && lastKept.figure.unit === '%' &&
      INDEX_BACK.test(lower.slice(Math.max(clauseStart, c.numberStart - INDEX_BACK_REACH), c.numberStart));
    // "giảm 39,17% so với cùng kỳ (tương ứng giảm 161 doanh nghiệp)": the change restated in its own unit measures what
    // the change before it measured, against the same base (restated-change).
    const restated = lastKept !== undefined && lastKept.figure.kind === 'change' && meaning.kind === 'change' &&
      (amountRestated || restatesChange(lower, lastKept.candidate.end, c.numberStart)) ? lastKept.figure : undefined;
    let indicator = indexBack ? lastKept!.figure.indicator : restated && own === undefined ? restated.indicator : own ?? (cell?.head && indicators.namedIn(c, cell.head[0], cell.head[1], meaning)) ??
      (cell?.caption && indicators.topic(c, cell.caption[0], meaning)) ??
      (ofSilentFigure || namesOwn || unnamedGrowth ? undefined : carried ? indicators.sectorCarried(c, prevEnd, carried) : neighbours.visitorsRevenue(c, where) ??
      neighbours.shareContinued(c, meaning.kind, where) ?? neighbours.extremeContinued(c, where) ?? neighbours.shareListed(c, meaning.kind, where, clauseEnd) ??
      indicators.topic(c, list ? topicFloor(lower, segments, list.headingStart, list.headingEnd) : topicFloor(lower, segments, segmentBounds(segments.paragraphStarts, c.numberStart, lower.length)[0]), meaning) ??
      dollarInvestmentOf(lower, c, clauseStart, clauseEnd) ??
      // "Huyện Đức Hòa … lần lượt thu hút 198,3 triệu USD": a paragraph that names nothing continues the article's
      // topic, the last indicator named before it that fits the figure's unit.
      indicators.articleTopic(c, meaning, sectionFloor(c.numberStart)));
    if (own === undefined) indicator = bareStandardCount(lower, c.end, c.unit.unit, indicator);
    // "thành phố Biên Hòa thu 9 tháng ước đạt 6.840 tỷ đồng" after a paragraph on spending: the bare verb names the side of
    // the budget (bare-budget-verb).
    if (own === undefined) indicator = budgetVerbSide(lower, clauseStart, c.numberStart, indicator);
    indicator = newRuralOfUnits(indicator, c.unit.unit);
    // "… đặt mục tiêu có 120 xã đạt chuẩn; đến nay đã đạt 85% mục tiêu": the target stated before in the sentence says what
    // the share measures (attained-stated-target).
    if (own === undefined && meaning.kind === 'attainment' && lastKept !== undefined && lastKept.candidate.end >= wholeSentenceStart &&
      lastKept.figure.modality === 'target' && lastKept.figure.indicator !== undefined && attainsBareTarget(lower, c.end)) indicator = lastKept.figure.indicator;
    // "thu hút vốn FDI đạt 1,2 tỷ USD và trong nước đạt gần 69.000 tỷ đồng": the domestic side named bare after the
    // foreign one (domestic-after-foreign).
    if (indicator === 'fdi' && lastKept !== undefined && lastKept.candidate.end >= wholeSentenceStart &&
      namesDomesticAfterForeign(lower, lastKept.candidate.end, c.numberStart)) indicator = 'domestic_investment';
    // "doanh thu dịch vụ lưu trú, ăn uống đạt 300 tỷ đồng" after a budget paragraph: a business's revenue, named in the
    // figure's own clause, is never the state budget the paragraph carried (revenue-not-budget).
    if (own === undefined && indicator === 'budget_revenue' && hasWholeWord(lower, REVENUE_WORDS, clauseStart, c.numberStart)) indicator = undefined;
    if (indicator === undefined && meaning.kind === 'change' && c.unit.class === 'percent') {
      const moved = countMovedAfter(lower, c, candidates, i, wholeSentenceStart);
      if (moved) indicator = figureOf.get(moved)?.indicator;
    }
    // "… 842 doanh nghiệp … với tổng vốn đăng ký 9.460 tỷ đồng, tăng lần lượt 8,2% và 23,5%": the k-th change of the list
    // moves the k-th figure before it (respective-changes-of-figures).
    const listed = respectively.at(c, clauseStart, clauseEnd);
    const movedRespectively = meaning.kind === 'change' ? figureMovedRespectively(lower, candidates, i, wholeSentenceStart, listed) : undefined;
    if (movedRespectively) indicator = figureOf.get(movedRespectively)?.indicator;
    indicator = bareGradeCount(lower, c.end, c.unit.unit, communesByCriteria(lower, c.end, c.unit.unit, indicator));
    // ("…; 5/5 phường đạt chuẩn đô thị văn minh": another standard named, other-standard-count.)
    indicator = otherStandardCount(lower, c.end, c.unit.unit, indicator);
    // "GRDP tăng 6,84%. Trong đó, khu vực dịch vụ tăng 7,81%": a sector's growth is not the paragraph's GRDP growth, and
    // services have no output value of their own (the industry's or farming's before them is not theirs). (An amount of
    // a service, "doanh thu ngành dịch vụ lưu trú … tỷ đồng" after retail sales, stays a part of the total it details.)
    if (own === undefined && indicator && sector &&
      (indicator === 'grdp_growth' || indicator === 'grdp' || (sector.sector === 'services' && c.unit.class !== 'money') || (sector.ofGrdp && isOutputValue(indicator)))) indicator = undefined;
    // A sector of a GRDP breakdown in an earlier sentence is no topic of this one (grdp-sector-topic.ts).
    if (sector?.ofGrdp) grdpSectors.note(sector.start);
    const breakdownSector = own === undefined && !sector && isOutputValue(indicator) ? grdpSectors.before(c.numberStart) : undefined;
    if (breakdownSector !== undefined) {
      indicator = indicators.namedIn(c, segmentBounds(segments.paragraphStarts, c.numberStart, lower.length)[0], breakdownSector, meaning) ?? indicator;
    }
    // "Như vậy, tổng vốn đăng ký của các dự án cấp mới và vốn bổ sung đạt 1,42 tỉ USD" after FDI: dollars invested are
    // foreign, whichever way the paragraph named the investment.
    if (indicator === 'social_investment' && own !== 'social_investment' && c.unit.unit === 'USD') indicator = dollarInvestmentOf(lower, c, clauseStart, clauseEnd) ?? indicator;
    // "… tổng vốn đầu tư đăng ký đạt gần 1,9 tỷ USD, chiếm 17,3% tổng vốn đầu tư cả nước, gấp gần 2,1 lần cùng kỳ": the
    // share and the change of a foreign investment in dollars are that investment's.
    // "… với số vốn lần lượt là 1,84 tỷ USD, 962 triệu USD và 715 triệu USD, chiếm tổng cộng 74,8% vốn đăng ký": so is
    // a share that names no measure of its own after the partners' dollars.
    if ((indicator === 'social_investment' || (indicator === undefined && meaning.kind === 'level' && meaning.operator?.op === 'share')) &&
      c.unit.unit !== 'USD' && c.unit.class !== 'money' && c.unit.class !== 'count' && lastDollarInvestment >= clauseStart) indicator = 'fdi';
    // Money per head is never a sum of billions: "mỗi năm lao động ngoài nước gửi về khoảng 1.600 tỷ đồng" after a
    // sentence about their pay is a total, not an income per head.
    // "đón 2 chuyến tàu biển quốc tế với hơn 4.100 khách": visitors an international ship or flight brings.
    // "khách Trung Quốc … đạt 9.200 lượt", "- Nhật Bản: 640.000 lượt": visitors counted by where they come from.
    if (indicator === 'tourist_arrivals' && (broughtFromAbroad(lower, c.numberStart, clauseStart) || countedBySourceMarket(lower, c.numberStart, clauseStart))) {
      indicator = 'international_tourist_arrivals';
    }
    if (isPerHead(indicator) && c.unit.class === 'money' && c.value >= (c.unit.unit.startsWith('USD') ? 1e6 : 1e9)) indicator = undefined;
    if (indicator === undefined && c.unit.class === 'money' && isProductPerHead(lower, c.unit.unit, clauseStart, c.numberStart)) indicator = 'grdp_per_capita';
    if (indicator === 'agricultural_output_value' && c.unit.class === 'percent' &&
      (meaning.kind === 'level' ? isFarmBranchShare(lower, clauseStart, c.numberStart) : meaning.kind === 'change' && isFarmBranchMove(lower, clauseStart, c.numberStart))) indicator = undefined;
    // "29 khu công nghiệp với tổng diện tích 13.420 ha": its own words, and those of the figure before it in its
    // clause, may say what its unit or topic did not.
    // ("Năng suất các cây trồng chủ lực như thuốc lá, mía lần lượt đạt 25,5 tạ/ha và 640 tạ/ha": the items of a "lần lượt"
    // list share the words before it, which name what each of them measures: respective-items-words-against.)
    if (indicator && wordsAgainst(lower, c, indicator, prev && prev.end > clauseStart && !listed ? Math.max(clauseStart, prev.numberStart) : clauseStart)) indicator = undefined;
    if (indicator && isWholeNotNamed(lower, c, indicator)) indicator = undefined;
    if (c.unit.class === 'count' && c.of === undefined && !acceptsCount(lower, c, clauseStart)) return;
    if (isRushOverOrdinaryDays(lower, c)) return;
    const plan = neighbours.attainment(c, meaning, indicator, where);
    if (plan) {
      meaning.kind = 'attainment';
      meaning.base = plan.base;
      indicator ??= plan.indicator;
    }
    if (indicator === 'total_output_value') {
      indicator = sectorSubjectOutput(lower, wholeSentenceStart, c.numberStart, segmentBounds(segments.paragraphStarts, c.numberStart, lower.length)[0]) ?? indicator;
    }
    // "sản lượng lúa tăng 12,4%, ngô giảm 2,5%": a crop's output carried to a clause that opens on another crop.
    if (indicator && CROP_OUTPUTS.has(indicator)) {
      const crop = cropOpeningClause(lower, Math.max(clauseStart, prevEnd), c.numberStart);
      if (crop) indicator = crop.indicator;
    }
    // "IIP tăng 9,8%; ngành chế biến, chế tạo tăng trưởng 10,2%": a section of the index grows as the index does.
    const iipSection = c.unit.class === 'percent' && meaning.kind !== 'attainment'
      ? iipSectionGrowth(lower, segmentBounds(segments.paragraphStarts, c.numberStart, lower.length)[0], clauseStart, c.numberStart) : undefined;
    if (iipSection) {
      if (iipSection.indicator || indicator === 'grdp_growth') indicator = iipSection.indicator;
      if (iipSection.growthVerb && meaning.kind === 'level') {
        meaning.kind = 'change';
        meaning.direction = 'up';
      }
    }
    if (indicator === undefined && c.unit.class === 'percent') {
      indicator = cases.named(Math.max(clauseStart, prevEnd), c.numberStart, segmentBounds(segments.paragraphStarts, c.numberStart, lower.length)[0]);
    }
    // "… có tỷ lệ giải ngân dưới 30%, gồm: UBND xã Tân Hồng (18,4%), …": a unit's share, ranked by that rate, is its
    // disbursement (whatever count of units the clause gave before it).
    if (indicator === undefined && meaning.kind === 'attainment' && c.unit.class === 'percent' && isRankedDisbursedShare(lower, c.numberStart)) indicator = 'public_investment_disbursement';
    // "Một số nguồn vốn còn giải ngân chậm:" over "- Vốn ngân sách tỉnh (nguồn thu tiền sử dụng đất): 1.250 tỷ đồng, đạt 52%".
    if ((c.unit.class === 'money' || c.unit.class === 'percent') && inDisbursedCapitalItem(lower, c.numberStart)) indicator = 'public_investment_disbursement';
    indicator = changeIndicator(indicator, meaning.kind, c.unit.class);
    const period = list ? periods.at(c, clauseStart, list.periodSpan?.[0] ?? list.headingStart, list.periodSpan?.[1] ?? list.headingEnd) : periods.at(c, clauseStart, cell?.cutOff?.[0], cell?.cutOff?.[1]);
    // "cao hơn năm 2023 (6,71%)": the bracket holds that year's own level; the comparison is the sentence's, not its.
    // "đạt 84,4% kế hoạch, cao hơn cùng kỳ năm 2023 (82,1%)": after an attainment, that year's share of its plan.
    if ((period.attached || period.ownValue) && meaning.kind === 'change' && meaning.operator && lower.slice(meaning.operator.start, c.numberStart).includes('(')) {
      // ("cao hơn mức tăng của quý I (2,7%)": a rate of change named for the stretch is its own change, earlier-stretch-rate.)
      const ownRate = c.unit.class === 'percent' ? earlierStretchRate(lower, c.numberStart, clauseStart) : undefined;
      const compared = ownRate ? undefined : neighbours.comparedSameSpan(c, where);
      meaning.kind = ownRate ? 'change' : compared ? 'attainment' : 'level';
      meaning.direction = ownRate;
      meaning.base = compared;
    }
    // ("cao hơn tỷ lệ 27,4% cùng kỳ năm trước": the rate named is the earlier stretch's own, no change.)
    if (meaning.kind === 'level' || meaning.kind === 'change') {
      const named = neighbours.comparedSameSpanNamed(c, where);
      if (named) {
        meaning.kind = 'attainment';
        meaning.base = named;
        meaning.direction = undefined;
      }
    }
    const section = sectionAt(sections, c.numberStart);
    // A sentence that set a term's targets speaks for the figures its term dates, not for those that name a period of
    // their own ("Năm 2025, thu ngân sách ước đạt …").
    const sectionModality = section && (!section.prose || period.value === section.term) && !periods.nowUnderPlanHeading(c.numberStart) ? section.modality : undefined;
    // "(các năm đều dao động từ 8,02% đến 10,12%)": the spread of years gone by is what was.
    const pastRange = cell ? undefined : pastYearsRange(lower, c.numberStart, prevEnd, publishedYear);
    // "… từ tỉnh Đắk Lắk (cũ) là 8.912,7 tỷ đồng, từ tỉnh Phú Yên (cũ) là 5.373,7 tỷ đồng": the plan's next part.
    const planPart = prev !== undefined && prev.end === targetEnd && prevEnd === prev.end && continuesPlanParts(lower, prevEnd, c.numberStart);
    const read = (cell?.modality && modalities.column(cell.modality, c.numberStart)) ?? (planPart ? 'target' : undefined) ??
      (isForecastVerdict(lower, c) ? 'estimate' : undefined) ?? modalities.read({
      numberStart: c.numberStart, sentenceStart, clauseStart, meaning, periodYear: period.year === comingTetYear ? undefined : period.year, publishedYear, attachedPeriod: period.attached || !!pastRange,
      ...(period.value && TERM.test(period.value) && { periodTerm: period.value }), listModality: list?.modality ?? sectionModality,
      countsTargets: c.unit.unit === 'chỉ tiêu',
    });
    // "Nghị quyết … 6 tháng cuối năm 2025 với 20 chỉ tiêu chủ yếu là: Thu nhập bình quân đầu người đạt 72 triệu; …" on a
    // page of August 2025: the second half (or the fourth quarter) barely begun has no results yet, only aims.
    // So is a year-end still ahead ("Đến cuối năm 2025 thu nhập bình quân đầu người đạt 68,5 triệu đồng" on that page).
    const modality = read === 'actual' && !cell && !period.attached && (isStretchAhead(period.value, publishedYear, publishedMonth) ||
      isYearEndAhead(lower, sentenceStart, c.numberStart, period.asOf ?? period.value, publishedYear, publishedMonth)) ? 'target' : read;
    // ("Dư nợ một số chương trình chính đến ngày 30/6/2024:\n- Cho vay hộ nghèo: 92,5 tỷ đồng": the heading names the
    // stock its items are parts of.)
    const stock = period.asOf !== undefined && (isStockIndicator(indicator) ||
      (meaning.kind === 'level' && (namesStock(lower, clauseStart, c.numberStart) || (list !== undefined && namesStock(lower, list.headingStart, list.headingEnd)))) ||
      (prev !== undefined && prev.end === stockEnd && prevEnd === prev.end && chainedToStock(lower.slice(prev.end, c.numberStart), meaning.kind)) ||
      (meaning.kind === 'level' && (holdsAtCumulativeCutOff(lower, sentenceStart, c.numberStart) || stockBreakdown === sentenceStart || stockBreakdown === clauseStart ||
        breaksDownStockBefore(lower, stockEnd, sentenceStart) || breaksDownStockInClause(lower, stockEnd, prev?.end ?? -1, clauseStart, sentenceStart))) ||
      (meaning.kind === 'level' && c.unit.class === 'count' && STOCK_WORDS_AFTER_COUNT.test(lower.slice(c.end, Math.min(clauseEnd, c.end + 48)))) ||
      (meaning.kind !== 'change' && !indicator && hasWholeWord(lower, CLEARANCE_WORDS, clauseStart, clauseEnd)) ||
      (meaning.kind !== 'change' && c.unit.class === 'count' && reachesStandard(lower, c.end, clauseEnd)) ||
      (meaning.kind !== 'change' && isFleetHeld(lower, c.unit.unit, c.numberStart, c.end, clauseStart, clauseEnd)) ||
      (meaning.kind === 'change' && SAME_MOMENT_BASE_AFTER.test(lower.slice(c.end, c.end + 28))) ||
      (meaning.kind === 'level' && isMembershipHeld(lower, c, clauseStart)) ||
      (!indicator && heldCountEnd > clauseStart && prevEnd === heldCountEnd && restatesHeldCount(lower, heldCountEnd, c.numberStart)));
    if (stock) {
      if (stockEnd < sentenceStart && meaning.kind === 'level' && breaksDownStockBefore(lower, stockEnd, sentenceStart)) stockBreakdown = sentenceStart;
      else if (meaning.kind === 'level' && breaksDownStockInClause(lower, stockEnd, prev?.end ?? -1, clauseStart, sentenceStart)) stockBreakdown = clauseStart;
      stockEnd = c.end;
    }
    heldCountEnd = stock && !indicator && c.unit.class === 'count' ? c.end : -1;
    let periodText = modality === 'target' ? period.forTarget ?? period.value : stock ? period.asOf : period.value;
    // "đạt 612.400 ha/KH 640.000 ha" under a lead that names the coming congress's term: the plan after the slash is the
    // running figure's year's, not the term a target would otherwise take. Nor the year ahead a January review's lead
    // names ("tổng kết năm 2024, triển khai nhiệm vụ năm 2025" over "đạt 15.642 tỷ đồng/KH 16.100 tỷ đồng") (plan-slash-
    // year-of-result).
    if (modality === 'target' && c.afterPlanSlash && period.value && YEAR_LED.test(period.value) && periodText && (TERM.test(periodText) ||
      (YEAR_LED.test(periodText) && periodText.slice(0, 4) > period.value.slice(0, 4)))) periodText = period.value.slice(0, 4);
    if (modality !== 'target') periodText = monthsSinceJanuary(periodText, lower, sentenceStart, c.numberStart, stock, indicator) ?? periodText;
    else periodText = aimedMonthsSinceJanuary(periodText, lower, sentenceStart, c.numberStart) ?? periodText;
    // A series row names its own period; a part of a year takes the year the article is about.
    if (cell?.period) periodText = cell.period.startsWith('-') ? (period.year ?? publishedYear) !== undefined ? `${period.year ?? publishedYear}${cell.period}` : undefined : cell.period;
    // "Kế hoạch năm" over a half-year's table: the plan is the year's.
    else if (cell?.wholeYear && periodText && /^\d{4}-/u.test(periodText)) periodText = periodText.slice(0, 4);
    // A plan beside a running total ("giải ngân 3.412 tỷ đồng … (KH 6.525 tỷ đồng)") is the year's plan.
    // ("kịch bản tăng trưởng 7,8% mà tỉnh đặt ra cho nửa đầu năm": unless the plan says it is the stretch's own.)
    if (meaning.planMarked && periodText && /^\d{4}-/.test(periodText) && !PLAN_FOR_STRETCH_AFTER.test(lower.slice(c.end, clauseEnd)) &&
      !PLAN_FOR_STRETCH_BEFORE.test(lower.slice(Math.max(clauseStart, c.numberStart - 60), c.numberStart)) &&
      // ("GRDP 9 tháng ước đạt 7,86%, thấp hơn … so với kịch bản tăng trưởng đã đề ra (8,9%)": a rate compared with a
      // rate is the plan for the same stretch; rates are not summed to the year as amounts are.)
      (!isComparedPlanValue(lower, c.numberStart) || isYearPlanValue(lower, c.numberStart))) periodText = periodText.slice(0, 4);
    // "Quý IV, tỉnh phấn đấu hoàn thành kế hoạch thu ngân sách 20.000 tỷ đồng", "6 tháng cuối năm, … hoàn thành 26 chỉ
    // tiêu kinh tế - xã hội năm 2024": a target set within the year (for its rest, or in a half-year report) that
    // names the year's plan, or the year, is the year's.
    let quarterClose = false;
    if (modality === 'target' && periodText && SUB_YEAR.test(periodText) && isWholeYearTarget(lower, c, sentenceStart, clauseStart, clauseEnd, periodText.slice(0, 4), meaning.kind === 'attainment') &&
      !isNeededMore(lower, clauseStart, c.numberStart)) {
      periodText = periodText.slice(0, 4);
    }
    // "Quý II, phường phấn đấu đến hết quý II lũy kế thu ngân sách đạt trên 55% dự toán năm": a quarter's aim for the
    // share of the year's plan reached is where the count should stand when the quarter closes, the months elapsed (H1,
    // 9M, the year); a quarter's own plan ("kế hoạch quý") keeps the quarter. (An aim to exceed the plan, "Quý IV, … vượt
    // từ 5 - 7% dự toán", stays the quarter's, as holdout7 reads it.)
    else if (modality === 'target' && meaning.kind === 'attainment' && meaning.base === 'target' && periodText && QUARTER_PERIOD.test(periodText) &&
      !lower.slice(c.end, Math.min(clauseEnd, c.end + PLAN_NAME_REACH)).includes('quý')) {
      periodText = periodText.slice(0, 4) + ELAPSED_AT_QUARTER_END[Number(periodText.slice(-1))]!;
      quarterClose = true;
    }
    // (So is a second half's: half-aim-plan-share.)
    else if (modality === 'target' && meaning.kind === 'attainment' && meaning.base === 'target' && periodText &&
      isSecondHalfPlanShare(periodText, lower.slice(c.end, Math.min(clauseEnd, c.end + PLAN_NAME_REACH)), lower, c.numberStart)) {
      periodText = periodText.slice(0, 4);
    }
    // "… yêu cầu … tập trung cho tháng cuối năm: giải ngân … đạt trên 95% kế hoạch" in an 11-month report: a target is
    // set for a year (or a quarter, a half), not for the months a report has summed so far, unless its sentence says so.
    // (A third quarter's aim for the share of the year's plan closes at nine months: its sentence named the quarter.)
    if (modality === 'target' && periodText && MONTHS_SUM.test(periodText) && !quarterClose && !MONTHS_NAMED.test(lower.slice(wholeSentenceStart, clauseEnd))) {
      periodText = periodText.slice(0, 4);
    }
    // Its years are the stretch it names or its sentence speaks of; otherwise they cannot be told.
    if (pastRange) periodText = pastRange.stretch ?? (periodText && TERM.test(periodText) ? periodText : undefined);
    const start = toOriginal(norm, c.start) + shift;
    const end = toOriginal(norm, c.end) + shift;
    // Keys in the order the output has always had them; set one by one, as an object literal with spreads is built
    // by a slow generic copy for every figure.
    const figure: Figure = { start, end, text: original.slice(start, end), kind: meaning.kind, value: c.value };
    if (c.of !== undefined) figure.of = c.of;
    if (c.high !== undefined) figure.high = c.high;
    figure.unit = perPopulationUnit(perCapitaUnit(c.unit.unit, indicator, () => isIncomePerMonth(lower, sentenceStart, c.numberStart)), indicator,
      () => lower.slice(sentenceStart, c.numberStart));
    if (indicator && percentLevelFits(indicator, meaning.kind, c.unit.class)) figure.indicator = indicator;
    // "thấp hơn mức 94,7% toàn tỉnh": a yardstick rate followed by its whole (whole-named-after-rate).
    const whole = c.unit.class === 'percent' ? wholeNamedAfterRate(lower, c.numberStart, c.end) : undefined;
    // "thấp hơn mức trung bình của tỉnh (55,8%)": the yardstick's own value is the province's.
    const yardstickPlace = meaning.yardstick === 'cả nước' ? 'cả nước' : meaning.yardstick === 'tỉnh' || meaning.yardstick === 'toàn tỉnh' ? localities.province(c.numberStart)
      : c.unit.class === 'percent' ? rateOwnedByCountry(lower, c.numberStart, c.end) ?? (whole === 'country' ? 'cả nước' : whole === 'province' ? localities.province(c.numberStart) : undefined) : undefined;
    const locality = yardstickPlace
      ?? ((listed && localities.respective(listed.at, listed.clauseStart ?? clauseStart, listed.index, listed.count)) || localities.at(c.numberStart, c.unit.class === 'count' ? c.unit.unit : undefined, heading));
    if (locality) figure.locality = locality;
    if (periodText) figure.period = periodText;
    figure.modality = modality;
    if (meaning.direction) figure.direction = meaning.direction;
    // "so với tháng trước và cùng kỳ năm trước tăng lần lượt 0,52% và 3,21%": each change its own base, in order.
    const paired = meaning.kind === 'change' ? respectiveBase(lower, c.numberStart, clauseStart, baseNamed) : undefined;
    let base: Base | undefined = paired ?? meaning.base ?? restated?.base ?? (meaning.kind === 'change' ? list?.base ?? inlineHeadingBase(lower, wholeSentenceStart, c.numberStart) ??
      frontedSentenceBase(lower, wholeSentenceStart, c.numberStart) ?? arrowLegendBase(c.numberStart) ??
      brokenDownMoveBase(lower, wholeSentenceStart, c.numberStart) : undefined);
    if (base === LAST_YEAR_END || base === LAST_YEAR) base = period.year !== undefined ? (String(period.year - 1) as Base) : undefined;
    if (base === TERM_START) base = periods.termStart(c.numberStart) as Base | undefined;
    if (base !== undefined && period.year !== undefined && isSameSeasonYearBefore(lower.slice(c.end, Math.min(clauseEnd, c.end + SEASON_BASE_REACH)), base, period.year)) base = 'same_period';
    // "Trong tháng 1/2024, … giảm 7,3% so với tháng 12/2023": the month just before, across the turn of the year, names a
    // year too; it is still the period just before (month-before-across-year).
    if ((base === 'same_period' || (base === undefined && meaning.kind === 'change') || (meaning.kind === 'change' && YEAR_BASE.test(base ?? ''))) && periodText &&
      (isPeriodJustBefore(ownBaseWindow(lower.slice(c.end, c.end + 60)), periodText) || quarterComparedBefore(lower, Math.max(clauseStart, c.numberStart - 40), c.numberStart, periodText) ||
        ((meaning.base === undefined || meaning.base === 'same_period') && paired === undefined && !namesOwnBase(ownBaseWindow(lower.slice(c.end, Math.min(clauseEnd, c.end + 60)))) &&
          isPeriodJustBefore(comparedBefore(lower, wholeSentenceStart, c.numberStart) ?? '', periodText)))) {
      base = 'previous_period';
    }
    // "Bình quân 10 tháng, CPI tăng 3,45%. … nhóm nhà ở … tăng mạnh nhất với 1,24% so với tháng trước": a sum of months
    // is never compared with the month before; the figure is the last month's.
    // ("… tăng 3,88% so với bình quân cùng kỳ. So với tháng trước, giá xăng A95 bình quân giảm 4,2%": the base put first
    // in the sentence too; fronted-last-month-after-sum.)
    if (base === 'previous_period' && periodText && MONTHS_SUM.test(periodText) && (lower.slice(c.end, clauseEnd).includes('tháng trước') ||
      frontsLastMonth(lower, wholeSentenceStart, c.numberStart))) {
      figure.period = `${periodText.slice(0, 4)}-M${periodText.slice(5, -1).padStart(2, '0')}`;
    } else if (base === 'previous_period' && periodText && YEAR_ONLY.test(periodText) && lower.slice(wholeSentenceStart, clauseEnd).includes('tháng trước')) {
      figure.period = reportMonthBefore(periodMentions, c.numberStart, Number(periodText)) ?? periodText;
    }
    // "so với cùng kỳ, số dự án cấp mới bằng 100%", "So với thời điểm cùng kỳ, … số vốn đăng ký chỉ bằng 15,3%": a share
    // of the same stretch a year before, its base put first, is an attainment against it, as "bằng 85,2% so với cùng kỳ".
    if (base === undefined && meaning.kind === 'level' && c.unit.class === 'percent' && EQUALS_BEFORE.test(lower.slice(Math.max(clauseStart, c.numberStart - 16), c.numberStart))) {
      const fronted = frontedSentenceBase(lower, wholeSentenceStart, c.numberStart);
      if (fronted === 'same_period' || fronted === 'previous_period') [base, figure.kind] = [fronted, 'attainment'];
    }
    if (base) figure.base = base;
    // "Tỷ lệ hộ nghèo còn 2,16%, cao hơn chỉ tiêu 0,36 điểm phần trăm": above the plan of a measure wanted low is short of
    // it, no plan exceeded (rise-above-plan-wanted-low).
    const aboveWantedLow = meaning.status === 'exceeded' && meaning.operator?.op === 'up' && isLowerBetter(figure.indicator);
    if (meaning.status && !aboveWantedLow) figure.status = meaning.status;
    if (meaning.bound) figure.bound = meaning.bound;
    figures.push(figure);
    if (inHead && !isShortParagraph(segments, c.numberStart, lower.length)) inHead = false;
    if (inHead) {
      const [from, to] = segmentBounds(segments.paragraphStarts, c.numberStart, lower.length);
      heads.push({ figure, from, to });
    } else body.push(figure);
    figureOf.set(c, figure);
    lastKept = { candidate: c, figure };
    if (figure.indicator === 'fdi' && figure.unit === 'USD') lastDollarInvestment = c.numberStart;
    cases.remember(c.numberStart, figure.unit, figure.indicator);
    if (meaning.kind === 'change') changes.push({ numberStart: c.numberStart, end: c.end, clauseStart, figure });
    if (c.unit.class === 'percent') placed.push({ numberStart: c.numberStart, end: c.end, clauseStart, figure });
    // (A change paired with the figure it moves keeps that figure's reading, an indicator or none.)
    if (listed && !movedRespectively) respectiveGroups.push({ at: listed.at, figure });
    neighbours.remember(c, figure.kind, figure.base, indicator, where);
    if (modality === 'target') targetEnd = c.end;
  });
  shareRespectiveIndicators(respectiveGroups);
  dateHeadlineRepeats(heads, body, periodMentions);
  indicateHeadlineRepeats(heads, body);
  shareTrailingBase(lower, changes);
  shareListedChanges(lower, placed);
  return { published, locality: localities.main(), figures };
}

interface ChainedChange { numberStart: number; end: number; clauseStart: number; figure: Figure }
// "giảm 2,9% về số doanh nghiệp, tăng 11,1% về vốn đăng ký và giảm 17% về số lao động so với cùng kỳ năm trước": what
// stands between two changes of one chain (what the first measures, then the next verb). "tăng 37,2% về số dự án và
// gấp 2,1 lần về vốn so với cùng kỳ": a multiple links the chain as a rise does; "tăng 12,5% về số doanh nghiệp và
// 21,3% về vốn so với năm 2024": so does a figure that shares the verb; "tăng 11,5% về số lượng dự án nhưng giảm
// 31,5% về vốn đăng ký so với cùng kỳ": a contrast links it too.
// "giảm 9 vụ, giảm 16 người chết, giảm 6 người bị thương so với năm 2020": the rest of a count's noun may stand there
// too. "giảm cả về số vụ (-31%), số người chết (-20%) và số người bị thương (-25%) so với năm 2023": signed changes in
// brackets after the nouns they measure chain the same way. "xảy ra 18 vụ (-3 vụ), làm chết 15 người (-2 người), bị
// thương 9 người (+1 người) so với năm 2022": so do signed changes in brackets after each count of a toll.
const CHAIN_GAP = /^\s*(?:về [^,;.()\d]{1,40}?|[^,;.()\d]{1,24}?)?\s*(?:,\s*(?:và\s+|nhưng\s+)?|\s+(?:và|nhưng)\s+)(?:tăng|giảm|gấp)(?: thêm)?\s+$|^\s*về [^,;.()\d]{1,40}?\s+và\s+$|^\s*\)\s*(?:,\s*(?:và\s+)?|\s+và\s+)[^,;.()\d]{1,40}?\s*\(\s*[-+−]?\s*$|^\s*\)\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:[^,;.()\d]{1,24}? )?\d[\d.,]* [^,;.()\d]{1,24}?\s*\(\s*[-+−]\s*$/u;

/** A chain of changes ending on a base ("… và giảm 17% … so với cùng kỳ năm trước") measures every link against it. */
function shareTrailingBase(lower: string, changes: readonly ChainedChange[]): void {
  for (let i = changes.length - 2; i >= 0; i--) {
    const [a, b] = [changes[i]!, changes[i + 1]!];
    if (a.figure.base !== undefined || b.figure.base === undefined || a.clauseStart !== b.clauseStart) continue;
    const gap = lower.slice(a.end, b.numberStart);
    // ("giảm 3 vụ, 2 người chết và 1 người bị thương so với năm 2023": bare items after one verb, toll-items-share-base.)
    if (b.numberStart - a.end > 80 || !(CHAIN_GAP.test(gap) || bareItemsLinked(gap, a.figure.unit, b.figure.unit))) continue;
    a.figure.base = b.figure.base;
  }
}

/** "… lần lượt đón 2,15 triệu lượt, 486.000 lượt và 318.000 lượt khách": figures listed after one "lần lượt" in
 *  the same unit measure the same thing; those the words left without an indicator take their siblings'. */
function shareRespectiveIndicators(listed: ReadonlyArray<{ at: number; figure: Figure }>): void {
  for (let i = 0; i < listed.length; ) {
    let j = i;
    while (j < listed.length && listed[j]!.at === listed[i]!.at) j++;
    const group = listed.slice(i, j).map((x) => x.figure);
    const named = new Set(group.filter((f) => f.indicator).map((f) => f.indicator));
    if (named.size === 1) {
      const [indicator] = named;
      const unitOf = (f: Figure) => (f.unit ?? '').split(' ')[0];
      const units = new Set(group.filter((f) => f.indicator).map(unitOf));
      for (const f of group) if (!f.indicator && units.has(unitOf(f))) f.indicator = indicator;
    }
    i = j;
  }
}

/** The paragraphs that can matter to the candidates (relevant-text.ts) and their tokens: one tokenisation serves both
 *  lexicon matchers. */
function lexiconInput(lower: string, segments: Segments, candidates: readonly Candidate[], cells: readonly TableCell[]) {
  const relevant = relevantText(lower, segments, candidates, cells.flatMap((cell) => (cell.caption ? [cell.caption[0]] : [])));
  return { text: relevant.text, tokens: scanTokens(relevant.text, relevant.text.length - relevant.blanked) };
}

/** The scanned candidates, with a table's cells in place of whatever the scan read in them. */
function withTableCells(candidates: Candidate[], cells: readonly TableCell[]): Candidate[] {
  if (!cells.length) return candidates;
  const taken = cells.map((cell) => cell.candidate);
  // Both lists are in text order: one sweep drops the scanned ones that overlap a cell.
  let k = 0;
  const kept = candidates.filter((c) => {
    while (k < taken.length && taken[k]!.end <= c.start) k++;
    return !(k < taken.length && taken[k]!.start < c.end);
  });
  return [...kept, ...taken].sort((a, b) => a.start - b.start);
}

/** Candidates not starting inside any of the sorted ranges (one sweep over both lists). */
function outside(candidates: Candidate[], ranges: Array<[number, number]>): Candidate[] {
  if (!ranges.length) return candidates;
  let r = 0;
  let reach = -1;
  return candidates.filter((c) => {
    while (r < ranges.length && ranges[r]![0] <= c.start) reach = Math.max(reach, ranges[r++]![1]);
    return c.start >= reach;
  });
}

// "tổng dư nợ … đạt 14.620 tỷ đồng, tăng 1.318 tỷ đồng, tốc độ tăng trưởng 9,9% so với đầu năm", "… đạt 872 tỷ đồng,
// chiếm 5,9% tổng nguồn vốn": a change, a share of a plan or a share of a whole chained by a comma right after a stock
// stands at the stock's date too. (Another amount after a comma may be another measure: "dư nợ đạt …, doanh số cho vay
// đạt …".)
const CHAINED_GAP = /^[^.;:\d]{0,60}$/u;
const SHARE_GAP = /(?:,\s*|\(\s*)(?:chiếm|bằng)\s+$/u;

function chainedToStock(gap: string, kind: string): boolean {
  return CHAINED_GAP.test(gap) && (kind === 'change' || kind === 'attainment' || SHARE_GAP.test(gap));
}

// How far before a figure its stock's name may stand: "tổng dư nợ các chương trình tín dụng chính sách do Phòng giao
// dịch Ngân hàng Chính sách xã hội huyện … quản lý đạt 724,6 tỷ đồng" names its credit well before the amount.
const STOCK_WORDS_REACH = 120;

/** "Tổng diện tích: 12.723 ha", "Số lao động đang làm việc: 472.000 người": words before a figure that name what stands
 *  at a date, for figures no indicator says it of. */
function namesStock(lower: string, from: number, to: number): boolean {
  return hasWholeWord(lower, STOCK_WORDS, Math.max(from, to - STOCK_WORDS_REACH), to, (at) => !AREA_SUMMED_OVER_SEASON.test(lower.slice(at, at + 40)));
}

// "đến ngày 30-9, tổng diện tích gieo trồng toàn huyện là 77 ngàn ha": the area sown or harvested is summed over the
// months to the date (a flow), unlike the area a park or a forest holds.
const AREA_SUMMED_OVER_SEASON = /^tổng diện tích (?:cây trồng |lúa |ngô |rau màu )?(?:gieo|xuống giống|thu hoạch|trồng mới|sạ|cấy)/u;

// "Đến ngày 31/5/2025, … 9/13 đơn vị cấp huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới": units that have
// reached a standard are counted as they stand at the date, a stock, whatever indicator they were given.
const REACHES_STANDARD_AFTER = /^[^.;:\d]{0,24}?(?<![\p{L}\p{M}])(?:đạt chuẩn|được công nhận đạt|được công nhận hoàn thành|hoàn thành nhiệm vụ xây dựng)(?!\p{L})(?!\p{M})/u;

function reachesStandard(lower: string, end: number, clauseEnd: number): boolean {
  return REACHES_STANDARD_AFTER.test(lower.slice(end, Math.min(clauseEnd, end + 60)));
}

// "thiếu nước …, giảm khoảng 40% so với mùa khô năm 2023" on a page of 2024: a climate season a year before is the same
// period, as a crop season is ("so với vụ Hè Thu năm 2023"); a season further back stays its year.
// (A tourist or festival season too: "tăng 23% so với mùa hè năm 2022", tourist-season-year-before.)
const CLIMATE_SEASON_BASE = new RegExp(`so (?:với )?(?:cùng )?mùa (?:khô|mưa|lũ|mưa bão|mưa lũ|khô hạn|${TOURIST_SEASONS})(?: năm)? ((?:19|20)\\d\\d)(?!\\d)`, 'u');
const SEASON_BASE_REACH = 60;

function isSameSeasonYearBefore(after: string, base: string, year: number): boolean {
  if (Number(base) !== year - 1 || !after.includes('mùa ')) return false;
  return CLIMATE_SEASON_BASE.exec(after)?.[1] === base;
}

const MONTHS_SUM = /^\d{4}-\d{1,2}M$/;
// A comma, then at most a word or two before the year (", cuối năm 2024 đạt …", ", đến cuối năm 2024 …").
const NEXT_ITEM_BEFORE_YEAR = /,(?: [\p{L}\p{M}]+){0,2} $/u;
// A comma, then words and another figure's number before the year.
const NEXT_FIGURE_BEFORE_YEAR = /, [^,;\d]*\d/u;
const EQUALS_BEFORE = /(?<![\p{L}\p{M}])(?:chỉ )?bằng(?: khoảng| gần| xấp xỉ)? $/u;
// The months a target is summed to, named in its sentence: "9 tháng", or a cut-off "đến ngày 30/9 phải đạt …".
const MONTHS_NAMED = /(?<![\p{L}\p{M}\d])(?:(?:\d{1,2}|ba|sáu|chín|mười một) tháng(?!\p{L})(?!\p{M})|đến (?:ngày |hết (?:ngày |tháng )?|cuối tháng )\d)/u;
const YEAR_ONLY = /^\d{4}$/;
const YEAR_LED = /^\d{4}(?:-|$)/;
const SUB_YEAR = /^\d{4}-(?:H[12]|Q[1-4]|\d{1,2}M|M\d\d)$/;
// A stretch within a year named by its words: "quý II", "6 tháng cuối năm", "tháng 12".
const STRETCH_WORD = /(?<![\p{L}\p{M}])(?:quý|tháng)(?!\p{L})(?!\p{M})/u;
const QUARTER_PERIOD = /^\d{4}-Q[1-4]$/;
// The months elapsed when quarter 1–4 closes.
const ELAPSED_AT_QUARTER_END = ['', '-Q1', '-H1', '-9M', ''];
// How far after a share its plan's name may run ("… dự toán năm", "kế hoạch vốn quý III").
const PLAN_NAME_REACH = 30;
// A plan said to be for a part of the year, after its value: "… 7,8% mà UBND tỉnh đặt ra cho nửa đầu năm".
const PLAN_FOR_STRETCH_AFTER = /^[^.;\d]{0,40}(?<![\p{L}\p{M}])(?:cho|trong) (?:nửa (?:đầu|cuối) năm|6 tháng (?:đầu|cuối) năm|quý (?:iv|iii|ii|i))(?!\p{L})(?!\p{M})/u;
// … or before it, in the plan's own name: "so với kịch bản tăng trưởng quý I (5,5%)".
// ("kịch bản tăng trưởng đề ra cho quý I (8,6%)": set for the stretch, after the verb that set it.)
const PLAN_FOR_STRETCH_BEFORE = /(?:kịch bản|kế hoạch|mục tiêu|chỉ tiêu)(?: tăng trưởng)?(?: (?:đã )?(?:đề ra|đặt ra) cho)? (?:quý (?:iv|iii|ii|i)|(?:3|6|9) tháng(?: đầu năm)?|nửa (?:đầu|cuối) năm)(?: [\p{L}\p{M}]+){0,4} \(?$/u;
const YEAR_PLAN_BEFORE = /(?:hoàn thành|đạt|vượt) (?:các |toàn bộ )?(?:kế hoạch|chỉ tiêu|mục tiêu)(?: năm| cả năm)?(?: [\p{L}\p{M}]+){0,4} $|cả năm(?: [\p{L}\p{M}]+){0,5} $/u;

// The second half and the fourth quarter named with their year, and the last month of the page they are still ahead of
// (or barely begun by).
const LATE_STRETCH = /^(\d{4})-(H2|Q4)$/;
const AHEAD_UNTIL = { H2: 8, Q4: 9 } as const;

/** `period` is this year's second half or fourth quarter and the page was published before it was well under way. */
function isStretchAhead(period: string | undefined, publishedYear: number | undefined, publishedMonth: number | undefined): boolean {
  const m = period ? LATE_STRETCH.exec(period) : null;
  return m !== null && publishedMonth !== undefined && Number(m[1]) === publishedYear && publishedMonth <= AHEAD_UNTIL[m[2] as 'H2' | 'Q4'];
}

// "Đến cuối năm 2025, …", "Đến hết năm 2025 …", "đến ngày 31/12/2025" opening the figure's sentence.
// (Sticky at the sentence's start: no copy of the sentence per figure.)
const YEAR_END_OPENS = /[\s\-–•+]*(?:phấn đấu )?(?:đến|tới) (?:cuối|hết) năm (?:19|20)\d\d(?![\d])/uy;

/** The figure's sentence opens on this year's end, from a page published before its fourth quarter. */
function isYearEndAhead(lower: string, sentenceStart: number, numberStart: number, period: string | undefined, publishedYear: number | undefined,
  publishedMonth: number | undefined): boolean {
  if (publishedMonth === undefined || publishedMonth > AHEAD_UNTIL.Q4 || period === undefined || !period.startsWith(`${publishedYear}`)) return false;
  if (period === `${publishedYear}-M12`) return true;
  if (period !== `${publishedYear}`) return false;
  YEAR_END_OPENS.lastIndex = sentenceStart;
  return YEAR_END_OPENS.test(lower) && YEAR_END_OPENS.lastIndex <= numberStart;
}

/** A target dated within a year that speaks of the whole year: its plan, or the year by name ("vào cuối năm" is read
 *  as the whole year where periods are found). */
function isWholeYearTarget(lower: string, c: Candidate, sentenceStart: number, clauseStart: number, clauseEnd: number, year: string, share: boolean): boolean {
  if (YEAR_PLAN_BEFORE.test(lower.slice(Math.max(clauseStart, c.numberStart - 60), c.numberStart))) return true;
  // ("phấn đấu đến cuối quý II … giải ngân đạt trên 60% kế hoạch vốn năm 2026": the year after a share names the plan
  // the share is of, not the stretch the aim is for.)
  // (Unless its sentence names no stretch and the one it took was carried from a sentence before: "…, 6 tháng cuối năm
  // kinh tế của tỉnh phải tăng 11,2% trở lên. Các ngành …, phấn đấu giải ngân trên 95% kế hoạch vốn năm 2026" aims at
  // the year's plan: plan-year-of-carried-aim.)
  if (share && STRETCH_WORD.test(lower.slice(sentenceStart, c.numberStart))) return false;
  // ("… đến ngày 30-9 đưa sản lượng lên 60%, cuối năm 2024 đạt 75%": a year opening the next item after a comma, with its
  // own figure, is that item's: year-of-next-item.)
  // ("… 6 tháng cuối năm đạt 188 tỷ đồng trở lên, giải ngân 100% kế hoạch vốn đầu tư công năm 2024": a year after the
  // next item's own figure names that item's plan, not this one's: year-of-next-figure.)
  const after = lower.slice(c.end, Math.min(clauseEnd, c.end + 60));
  const at = after.indexOf(`năm ${year}`);
  return at >= 0 && !NEXT_ITEM_BEFORE_YEAR.test(after.slice(0, at)) && !NEXT_FIGURE_BEFORE_YEAR.test(after.slice(0, at));
}


function perCapitaUnit(unit: string, indicator: string | undefined, perMonth: () => boolean): string {
  if (!isPerHead(indicator)) return unit;
  // "thu nhập bình quân đầu người đạt 118 triệu đồng": money per person per year by the indicator's own name, unless
  // the name says per month ("thu nhập bình quân một người một tháng đạt 4,18 triệu đồng": income-per-month).
  const m = /^(VND|USD)(?:\/năm|\/người)?$/.exec(unit);
  return m ? `${m[1]}/người/${m[0].endsWith('/năm') || !perMonth() ? 'năm' : 'tháng'}` : unit;
}

// "Trong đó, cấp mới 142 dự án…", "Cụ thể (so với tháng trước):": a paragraph or list heading that opens as a
// breakdown continues the topic of the paragraph before it.
const CONTINUES = /^\s*(?:trong đó|cụ thể|riêng|theo đó|chia ra|bao gồm)(?!\p{L})(?!\p{M})/u;

function topicFloor(lower: string, segments: Segments, paragraphStart: number, headingEnd?: number): number {
  // A list heading continues when its paragraph opens as a breakdown or its own sentence does ("Trong 11 nhóm hàng
  // …, có 8 nhóm tăng giá. Cụ thể (so với tháng trước):").
  const headingSentence = headingEnd === undefined ? paragraphStart : segmentBounds(segments.sentenceStarts, headingEnd - 1, lower.length)[0];
  if (!CONTINUES.test(lower.slice(paragraphStart, paragraphStart + 16)) && !CONTINUES.test(lower.slice(headingSentence, headingSentence + 16))) return paragraphStart;
  const i = segmentIndex(segments.paragraphStarts, paragraphStart);
  return i > 0 ? segments.paragraphStarts[i - 1]! : paragraphStart;
}

// The headline and lead end with the first paragraph of the body that holds a figure; headlines, datelines and
// captions are short lines and never end it.
function leadEnd(lower: string, segments: Segments, candidates: Candidate[]): number {
  for (const c of candidates) {
    if (!isShortParagraph(segments, c.numberStart, lower.length)) return segmentBounds(segments.paragraphStarts, c.numberStart, lower.length)[1];
  }
  return lower.length;
}

// "GRDP quý I/2025 tăng 3,1% so với quý IV/2024": the quarter just before is the previous period, not the same one.
// Every stretch summed from January (the half-year too), with its year and length; MONTHS_SUM above is only the
// "n tháng" ones, which a month before can be split off.
const SUMMED_FROM_JANUARY = /^(\d{4})-(H1|\d{1,2}M)$/;
const QUARTER_BASE = /so (?:với )?quý (iv|iii|ii|i)(?:\s*[/-]\s*((?:19|20)\d\d))?(?!\p{L})(?!\p{M})/u;
const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

// "tăng 7,3% so với tháng 2-2021" of March 2021: the month just before, written with its year.
const YEAR_BASE = /^\d{4}$/u;
const MONTH_BASE = /so (?:với )?tháng (\d{1,2})(?:\s*[/-]\s*|[ ,]năm )((?:19|20)\d\d)(?!\d)/u;

function isMonthBefore(after: string, period: string): boolean {
  const m = MONTH_BASE.exec(after);
  const own = /^(\d{4})-M(\d{2})$/.exec(period);
  if (!m || !own) return false;
  const [year, month] = [Number(own[1]), Number(own[2])];
  return month === 1 ? Number(m[1]) === 12 && Number(m[2]) === year - 1 : Number(m[1]) === month - 1 && Number(m[2]) === year;
}

// "tăng 11,3% so với cùng kỳ, giảm 2,4% so với quý IV/2025": the quarter after the next change verb is that change's
// base, not this figure's; the window a figure's own base is read in stops where the next link of the chain begins.
const NEXT_LINK = /[,;]\s*(?:và\s+)?(?:tăng|giảm|gấp|bằng|đạt|chiếm)(?!\p{L})(?!\p{M})/u;

function ownBaseWindow(after: string): string {
  const next = NEXT_LINK.exec(after);
  return next ? after.slice(0, next.index) : after;
}

/** The base after a figure names the month or quarter just before the figure's own: previous_period. */
// "Trong quý II, giá cà phê … dao động …, thấp hơn quý I khoảng 6.000 đồng/kg": a quarter named by a comparative right
// before the figure, with no "so với".
const QUARTER_COMPARED_BEFORE = /(?<![\p{L}\p{M}])(?:cao|thấp|nhiều|ít) hơn quý (iv|iii|ii|i)(?!\p{L})(?!\p{M})\s*(?:khoảng|gần|hơn)?\s*$/u;

/** The comparative before the figure names the quarter just before the figure's own. */
function quarterComparedBefore(lower: string, from: number, numberStart: number, period: string): boolean {
  const m = QUARTER_COMPARED_BEFORE.exec(lower.slice(from, numberStart));
  return m !== null && isPeriodJustBefore(`so với quý ${m[1]}`, period);
}

function isPeriodJustBefore(after: string, period: string): boolean {
  if (isMonthBefore(after, period) || isHalfJustBefore(after, period)) return true;
  const m = QUARTER_BASE.exec(after);
  // "Sáu tháng đầu năm 2025, … tăng 11 chỉ tiêu so với quý I/2025": an earlier quarter of the same year, named with its
  // year, inside the months summed so far.
  const summed = m?.[2] ? SUMMED_FROM_JANUARY.exec(period) : null;
  if (summed && Number(m![2]) === Number(summed[1]) && ROMAN_QUARTER[m![1]!]! * 3 < (summed[2] === 'H1' ? 6 : Number(summed[2]!.slice(0, -1)))) return true;
  const own = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!m || !own) return false;
  const [year, quarter] = [Number(own[1]), Number(own[2])];
  // "so với quý II" without a year: the quarter named is this year's, or last year's Q4 from a Q1.
  const baseQuarter = ROMAN_QUARTER[m[1]!]!;
  const baseYear = m[2] ? Number(m[2]) : quarter === 1 && baseQuarter === 4 ? year - 1 : year;
  return quarter === 1 ? baseQuarter === 4 && baseYear === year - 1 : baseQuarter === quarter - 1 && baseYear === year;
}

/** "vụ Hè Thu 2024 nông dân thu hoạch …": the year of a period the text names is no count of what follows it. */
function isPeriodYear(c: Candidate, lower: string, periods: readonly PeriodMention[]): boolean {
  if (c.value < 1900 || c.value > 2100 || c.decimals > 0 || !/^(?:19|20)\d\d\b/.test(lower.slice(c.numberStart, c.numberStart + 5))) return false;
  const i = firstAtOrAfter(periods, c.numberStart + 1, (p) => p.start) - 1;
  return i >= 0 && periods[i]!.end > c.numberStart;
}

/** A sector's output value, which the lexicon also reads from the sector's bare name. */
function isOutputValue(id: string | undefined): boolean {
  return id === 'industrial_output_value' || id === 'agricultural_output_value';
}
