// The locality a figure belongs to: the most specific place named earlier in its sentence, else the place the
// article was last talking about (carried forward; "thị xã" alone means the last thị xã named), else the article's.
import { inMainlyAside } from './mainly-place-aside.ts';
import { refersBackHere } from './here-refers-back.ts';
import { namesBreakdownPart } from './breakdown-part-sentence.ts';
import { opensOnMarketWard } from './market-ward.ts';
import { bracketClosedBefore } from './bracketed-part.ts';
import { isRiverNotDistrict } from './river-names.ts';
import { isParkRowLabel } from './park-table.ts';
import { namesRoad } from './route-names.ts';
import { namesRegionalOffice } from './regional-office.ts';
import { isActingBody } from './acting-body.ts';
import { isItemLine } from './list-heading-line.ts';
import { markBreakdownItems } from './breakdown-items.ts';
import { locatesVenue, namesEventVenue } from './venue-aside.ts';
import { locatesNationalVenue } from './national-venue.ts';
import { namesFrontedRoleWhole } from './fronted-role.ts';
import { inReasonClause } from './reason-clause.ts';
import { isPaperNameLine, isPortalNameBefore, isPublisherLine, isSiteNameLine, isStationNameBefore, opensByline } from './masthead-line.ts';
import { isMenuLine } from './menu-line.ts';
import { afterDigestLabel, createDigestItemPlace, createDigestLeadClause } from './digest-page.ts';
import type { StorySentences } from './anecdotes.ts';
import { findLocalityMentions, type LocalityMention } from './lexicon/match-localities.ts';
import { COMMUNE_LEVELS, MERGER_2025_FROM, SPECIAL_ZONES_FROM_DISTRICTS } from './lexicon/localities.ts';
import { successorOf } from './lexicon/gazetteer.ts';
import { cityPaperProvince } from './city-named-paper.ts';
import type { TokenStream } from './lexicon/tokenize.ts';
import type { Segments } from './segments.ts';
import { isShortParagraph, segmentBounds, segmentIndex, sentenceWindowStart } from './segments.ts';
import { firstAtOrAfter, hasBetween } from './sorted.ts';
import { captionRanges } from './page-furniture.ts';
import { communesNamedAgain } from './commune-named-again.ts';
import { leadOpensOnWhole } from './whole-lead-under-part-headline.ts';
import { hamletCommune } from './hamlet-headline.ts';
import { isNamedWithOrgan } from './headline-organ-place.ts';
import { atPartOfParagraphWhole } from './at-part-of-paragraph.ts';
import { referredCommuneCarries } from './commune-referred-carries.ts';
import { isPairedLevelWord } from './commune-levels-paired.ts';
import { headingLines, type HeadingLine } from './place-headings.ts';
import { isPlatformOwner } from './platform-owner.ts';
import { isComparedPlace, isOvertaken, isRankedAhead } from './ranked-ahead.ts';
import { opensAsideOf } from './aside-subject.ts';
import { RESPECTIVE_REACH, RESPECTIVELY } from './respectively.ts';
import { windowEndsWith } from './vocabulary/backward.ts';
import { alternation } from './vocabulary/regexp.ts';
import { DELEGATE_GROUP_BEFORE, DELEGATION_BEFORE, WORK_DESTINATION_BEFORE } from './vocabulary/cues.ts';
import { hasWholeWord, isLetter } from './vocabulary/word-boundary.ts';
import { nationalOfficeBefore } from './national-office.ts';
import { ministrySources } from './ministry-source.ts';
import { countryClosesShare } from './country-share-whole.ts';
import { namesWrittenWithType, optionTypedElsewhere } from './bare-name-typed-elsewhere.ts';
import { optionsInForce } from './bare-name-in-force.ts';
import { indexOfPhrase, phraseOffsets } from './vocabulary/rare-anchor.ts';
import { wordStartTest } from './vocabulary/word-start.ts';
import { yardstickOpeningAside } from './yardstick-aside.ts';

export interface LocalityResolver {
  /**
   * The place of the k-th figure listed after "lần lượt" at `at`: the k-th distinct place named before it when it
   * names as many as the list holds (`count`), else the place named in the k-th item of the list before it
   * ("Sở Giao thông vận tải, huyện Mang Thít và thị xã Bình Minh lần lượt …": the department's is the article's).
   */
  respective(at: number, clauseStart: number, k: number, count?: number): string | undefined;
  /** `unit`: a count of places ("6 huyện") belongs to a place above them, never to one of them. `heading`: the list
   *  heading (start, end) the figure's line is an item of. */
  at(pos: number, unit?: string, heading?: readonly [number, number]): string | undefined;
  main(): string | undefined;
  /** The province a generic "tỉnh" means at `pos`: the last one named, else the one the article's district lies in. */
  province(pos: number): string | undefined;
}

// Lower rank = more specific.
const RANK: Record<string, number> = { 'xã': 0, 'phường': 0, 'thị trấn': 0, 'đặc khu': 0, 'huyện': 1, 'quận': 1, 'thị xã': 1, 'thành phố': 1, 'tỉnh': 2, 'thành phố trực thuộc trung ương': 2, 'cả nước': 3 };
// An article that names no province or district but speaks of the country is about the country.
// Whole words (hasWholeWord), looked for before the first place.
// (Since 2025 the national statistics office is the "Cục Thống kê" of the Ministry of Finance.)
const NATIONAL = ['việt nam', 'nước ta', 'cả nước', 'toàn quốc', 'tổng cục thống kê', 'cục thống kê quốc gia', 'cục thống kê (bộ tài chính)', 'cục thống kê, bộ tài chính', 'cục thống kê - bộ tài chính', 'cục thống kê thuộc bộ tài chính'];
// "thấp hơn mức bình quân chung của tỉnh": words before a level that make it a yardstick (then white space).
const YARDSTICK_BEFORE = ['bình quân', 'trung bình', 'mức', 'chung', 'so với'].flatMap((w) => [w, `${w} chung`, `${w} của`, `${w} chung của`]);
// "không còn hộ nghèo theo chuẩn của thành phố": the place whose standard a count is measured by, not whose count it is.
const STANDARD_BEFORE = ['theo chuẩn', 'chuẩn nghèo', 'chuẩn cận nghèo', 'chuẩn nghèo đa chiều', 'chuẩn', 'tiêu chí']
  .flatMap((w) => [`${w} của`, ...(w === 'chuẩn' || w === 'tiêu chí' ? [] : [w])]);
const EVERYDAY_NAME = /(?:thống nhất|hòa bình|đoàn kết|độc lập|thanh bình|bình minh|tân tiến|phú quý)$/iu;
// Read as a place only where a place name would end: punctuation, its province, or the end of the text.
// The figure, its noun (a few words), "tại/ở", and a few words that lead to the place's name. (A ratio too, and
// "trong": "có 16/34 địa phương trong cả nước thu vượt dự toán" counts the country's provinces.)
const AT_PLACE_BETWEEN = /^[\d.,]+(?:\/[\d.,]+)?(?: [\p{L}\p{M}]+){0,3} (?:tại|ở|trong|trên)(?: [\p{L}\p{M}]+){0,6} $/u;
const AT_PLACE_REACH = 90;
// A capital right after "và": another name.
const JOINED_NAME_AFTER = /^\p{Lu}/u;
// "Đáng chú ý, với 76,44 tỷ USD, Bắc Ninh đã vươn lên dẫn đầu …": a figure fronted by "với" belongs to the place that
// opens the clause right after it.
// ("Cụ thể, với tăng trưởng GRDP trong quý I/2024 ước đạt 14,18%, Bắc Giang là …": the figure's own words, then its
// verb, may stand between "với" and the figure.)
const FRONTED_WITH = /^\s*(?:[\p{L}\p{M} ]{1,24}, )?với (?:[\p{L}\p{M}\d/ ]{1,60} (?:đạt|tăng|là|ở mức) )?$/u;
const FRONTED_WITH_REACH = 100;
const FIGURE_THEN_SUBJECT = /^[\d.,]+(?: ?%| [\p{L}\p{M}/]+){0,3}, (?:(?:tỉnh|thành phố|tp\.?|huyện|xã) )?$/u;
// What may stand before a place that opens its sentence as its setting: "Tại xã Mỹ Xương, …".
const PLACE_OPENING_REACH = 40;
// A list's heading is one short line; a longer "heading" (a run of text with no breaks) names no list's place.
const HEADING_LINE_REACH = 300;
const SET_APART_BEFORE = /(?<![\p{L}\p{M}])riêng $/u;
const BREAKDOWN_OPENING = /^\s*trong đó(?!\p{L})(?!\p{M})/u;
// "…, riêng các khách sạn 4 - 5 sao ở thành phố Quy Nhơn đạt trên 70%": a part set apart, then where it is.
const SET_APART_AT_BEFORE = /(?<![\p{L}\p{M}])riêng [^.;:,\n]{1,40} (?:ở|tại) $/u;
const SET_APART_AT_REACH = 56;
// ("Xã Đức Hòa Hạ, nơi có …, năm 2024 thu ngân sách 186 tỉ đồng; thu nhập bình quân …": a commune whose bare name opens
// the sentence is its subject, and owns it the same way: commune-subject-opening-sentence.)
const PLACE_OPENING = /^[\s"“(–-]*(?:(?:tại|ở|riêng)\s+)?(?:(?:xã|phường|thị trấn|đặc khu)\s+)?$/u;
const PLACE_USE_AFTER = /^\s*(?:[,.;:)\n]|$|tỉnh|thành phố|có|đạt)/u;
// ("xếp thứ 16/34 địa phương trong cả nước": a rank out of a whole, then the whole's noun.)
// "đưa Nghệ An trở thành tỉnh khá của cả nước", "trở thành trung tâm công nghiệp của cả nước": a goal measured against
// the country.
const YARDSTICK_REACH = 40;
const PROVINCES_COUNTED_BEFORE = /(?<![\d/.,])\d+ (?:tỉnh|địa phương)(?:, thành(?: phố)?)? (?:trên |trong |của )?$/u;
const COUNTRY_AS_YARDSTICK = /(?:thứ \d+\/\d+(?: [\p{L}\p{M},]+){1,4}|thứ \S+|dẫn đầu|top \d+|so với|bình quân|trung bình|mức|tỉnh|thành|chung|cao hơn|thấp hơn|nhất|đầu|phố|khá|trở thành(?: [\p{L}\p{M}-]+){1,5}) (?:của |trong |chung |trên |)$/u;

/** The text of the `reach` characters before `pos` that belong to its sentence: "… xếp thứ 32/63. Trên cả nước, điểm
 * trung vị …" ranks nothing in the country the next sentence opens on. */
function sameSentenceBefore(lower: string, pos: number, reach: number): string {
  const window = lower.slice(Math.max(0, pos - reach), pos);
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
  return stop < 0 ? window : window.slice(stop + 1);
}

// "của ba phường", "của cả hai xã cũ", "toàn bộ 3 tỉnh": the former units together.
const PARTS_SUMMED = /(?<![\p{L}\p{M}])(?:của|toàn bộ) (?:cả )?(?:hai|ba|bốn|năm|sáu|các|\d) (?:xã|phường|thị trấn|huyện|tỉnh|địa phương)(?: cũ)?(?!\p{L})(?!\p{M})/u;
const RANKED_IN_BEFORE = /(?<![\p{L}\p{M}])(?:đứng|xếp|xếp hạng)(?: vị trí)? thứ \S+ (?:(?:trong|của|trên) )?$/u;

// The lowest rank of a place that can own a count of these units.
const COUNTED_PLACE_FLOOR: Record<string, number> = {
  'xã': 1, 'phường': 1, 'thị trấn': 1, 'đặc khu': 1, 'ấp': 1, 'khu phố': 1, 'thôn': 1, 'khóm': 1, 'bản': 1, 'buôn': 1, 'làng': 1,
  'huyện': 2, 'thị xã': 2, 'quận': 2, 'tỉnh': 3,
};
// Communes and wards hold only inside their sentence: "các xã: Mỹ Thạnh An, Bình Phú…" must not move what follows.
const CARRIES = (level: string) => (RANK[level] ?? 1) >= 1;

interface Placed {
  start: number;
  /** Where the mention ends (a bare or generic name is shorter or longer than `name`). */
  end?: number;
  name: string;
  level: string;
  /**
   * Owns its own clause, nothing after: a unit merged away, named as a part of the new one ("khu vực Phú Yên cũ"), or
   * a place in a photo caption ("Du khách tham quan phố cổ Hội An. Ảnh: …"), which is where the photo was taken.
   */
  clauseOnly?: boolean;
  /** Set apart by "riêng": owns the rest of its sentence, nothing after. */
  sentenceOnly?: boolean;
  /** One of several communes listed after "các xã": it owns only its figure after "lần lượt" (respective). */
  listed?: boolean;
  /** A unit merged away, named as a part of the new one (clauseOnly too). */
  former?: boolean;
  /** "…; toàn tỉnh có 50/86 xã": the whole unit opening its clause takes it back from a part named before. */
  whole?: boolean;
  /** A level word standing for a place ("của tỉnh", "toàn tỉnh"), resolved to the last one named. */
  generic?: boolean;
  /** A commune spoken of by its bare level word, which carries like a district (commune-referred-carries.ts). */
  referred?: boolean;
}

// (Up to eight words between: "1 trường hợp tử vong do sốt xuất huyết tại quận 6".)
const AT_FIGURE_BEFORE = /\d(?: [\p{L}\p{M}]+){1,8} (?:tại|ở) $/u;
const AT_FIGURE_REACH = 64;
const SENTENCE_BREAK = /[.!?;\n]\s/u;
const EXAMPLES_BEFORE = /(?<![\p{L}\p{M}])như:? $/u;
const carries = (p: Placed) => (CARRIES(p.level) || p.referred === true) && !p.clauseOnly && !p.sentenceOnly && !p.listed;

/**
 * `cased`: the same text before lower-casing (same offsets), so capitals can mark where a commune's name ends.
 * `published` ('YYYY-MM…'): from July 2025 a bare island district's name is its special zone's.
 */
export function createLocalityResolver(lower: string, segments: Segments, given?: string, stories: StorySentences = new Set<number>(), tokens?: TokenStream, cased?: string, published?: string,
  home?: string): LocalityResolver {
  const { allMentions, mentions, placed, unnamedProvince, ahead, commune, itemCommune, headline, provinceSpokenFirst, main } = readPagePlace(lower, segments, given, stories, tokens, cased, published, home);
  // "… ở các xã ven biển huyện Cầu Ngang và Duyên Hải": a second name joined to a place under its one noun, which the
  // gazetteer cannot place alone (a capital after "và" on a cased page), makes the two a list (joined-bare-name-lists).
  const joinsBareName = (p: Placed) => cased !== undefined && p.end !== undefined && cased.startsWith(' và ', p.end) && JOINED_NAME_AFTER.test(cased.slice(p.end + 4, p.end + 6));
  if (main !== undefined && main === headline && levelOf(main) === 'tỉnh') homeProvinceAgain(placed, segments, main);
  if (commune !== undefined && main === commune && cased) addBareCommune(placed, cased, commune);
  if (itemCommune !== undefined && cased) addBareCommune(placed, cased, itemCommune);
  addSubjectCommunes(placed, lower, main, cased);
  const leadClauseBefore = createDigestLeadClause(lower, segments);
  const itemPlace = createDigestItemPlace(lower, segments, (from, to) => {
    for (let i = firstAtOrAfter(placed, from, (p) => p.start); i < placed.length && placed[i]!.start < to; i++) {
      if (!placed[i]!.listed && !placed[i]!.former) return placed[i]!.name;
    }
    return undefined;
  });
  const sources = ministrySources(lower).map((at): Placed => ({ start: at, name: 'cả nước', level: 'cả nước', sentenceOnly: true }));
  if (sources.length) {
    placed.push(...sources);
    placed.sort((a, b) => a.start - b.start);
  }
  // A commune spelt out anywhere, a personal story included, is known by its bare name after "vùng chè", "làng nghề".
  const again = communesNamedAgain(lower, allMentions, cased).filter((c) => !stories.has(segmentBounds(segments.sentenceStarts, c.start, lower.length)[0]));
  if (again.length) {
    placed.push(...again);
    placed.sort((a, b) => a.start - b.start);
  }
  // A district article may never name its province ("toàn tỉnh gieo cấy 116.190 ha", "thấp hơn mức bình quân chung
  // của tỉnh"): the gazetteer knows it.
  const provinceOfMain = (main !== undefined && main === provinceSpokenFirst ? main : undefined) ?? mentions.find((m) => m.name === main && m.province)?.province;
  if (provinceOfMain) {
    for (const at of unnamedProvince) placed.splice(firstAtOrAfter(placed, at, (p) => p.start), 0, { start: at, name: provinceOfMain, level: 'tỉnh' });
  }
  // Current place after each mention, for carrying forward.
  // What a sentence leaves behind is its most specific place: "huyện Đức Hòa, tỉnh Long An" carries the huyện.
  const carried: Array<{ start: number; name: string; level: string }> = [];
  const respectiveMarks = phraseOffsets(lower, RESPECTIVELY);
  let sentence = -1;
  let sentenceEnd = -1;
  let best: Placed | undefined;
  // What the paragraph carried before this sentence: a sentence that names its places as a list ("tập trung ở huyện
  // An Biên và huyện U Minh Thượng") leaves no one of them behind, so the sentences after it go back to that.
  let before: { start: number; name: string; level: string } | undefined;
  let listed = false;
  // The sentence's own place before its list began ("Toàn tỉnh có …, tập trung ở huyện A và huyện B").
  let beforeList: Placed | undefined;
  const restore = () => {
    const back = beforeList ?? before ?? (main ? { name: main, level: levelOf(main) } : undefined);
    // With nothing to go back to, what follows has no place: not the list's last name.
    if (listed) carried.push(back ? { start: sentenceEnd, name: back.name, level: back.level } : { start: sentenceEnd, name: NO_PLACE, level: 'tỉnh' });
  };
  for (const p of placed) {
    // The commune an article is about carries like a district would.
    if (!carries(p) && !(p.name === main && !p.clauseOnly && !p.listed)) continue;
    const [s, e] = segmentBounds(segments.sentenceStarts, p.start, lower.length);
    if (s !== sentence) {
      restore();
      const paragraphStart = segmentBounds(segments.paragraphStarts, p.start, lower.length)[0];
      const last = carried[carried.length - 1];
      before = last && last.start >= paragraphStart ? last : undefined;
      sentence = s;
      sentenceEnd = e;
      best = undefined;
      listed = false;
      beforeList = undefined;
    }
    const rank = RANK[p.level] ?? 1;
    // "…, UBND huyện Quỳnh Lưu với tỷ lệ lần lượt là 92,6%, 88,1% và 85,7%": a place handed to one figure of a
    // "lần lượt" list is that figure's, not what the sentences after speak of.
    const handedOut = hasBetween(respectiveMarks, p.start, sentenceEnd);
    if (!handedOut && best && rank === (RANK[best.level] ?? 1) && best.name !== p.name && (isListJoin(lower, best.start, p.start) || isPairedListJoin(lower, best.start, p.start))) listed = true;
    else if (!best || rank < (RANK[best.level] ?? 1)) {
      listed = handedOut;
      beforeList = best;
    } else if (handedOut) listed = true;
    if (!best || p.whole || rank <= (RANK[best.level] ?? 1)) best = p;
    carried.push({ start: p.start, name: best.name, level: best.level });
  }
  restore();

  const provinces = placed.filter((p) => p.level === 'tỉnh' && !p.clauseOnly && !p.listed);
  // Section headings below the head ("Phước Long: …"), found on first use.
  let headings: HeadingLine[] | undefined;
  const sectionPlace = (pos: number, fits: (level: string) => boolean): string | undefined => {
    headings ??= headingLines(lower, segments, headEndOf(lower, segments));
    const h = headings[firstAtOrAfter(headings, pos, (x) => x.start) - 1];
    if (h?.colon === undefined) return undefined;
    let name: string | undefined;
    for (let i = firstAtOrAfter(placed, h.start, (p) => p.start); i < placed.length && placed[i]!.start < h.colon; i++) {
      const p = placed[i]!;
      if (!p.listed && !p.clauseOnly && fits(p.level)) name = p.name;
    }
    return name;
  };
  return {
    main: () => main,
    province: (pos) => provinces[firstAtOrAfter(provinces, pos, (p) => p.start) - 1]?.name ?? provinceOfMain,
    respective(at, clauseStart, k, count) {
      const from = Math.max(clauseStart, at - RESPECTIVE_REACH);
      const names: string[] = [];
      for (let i = firstAtOrAfter(placed, from, (p) => p.start); i < placed.length && placed[i]!.start < at; i++) {
        const name = placed[i]!.name;
        if (names[names.length - 1] !== name) names.push(name);
      }
      const items = count !== undefined && count >= 2 && names.length !== count ? listItems(lower, from, at, count) : undefined;
      if (items && names.length > 0) {
        const [itemStart, itemEnd] = items[k]!;
        let name: string | undefined;
        for (let i = firstAtOrAfter(placed, itemStart, (p) => p.start); i < placed.length && placed[i]!.start < itemEnd; i++) name = placed[i]!.name;
        return name ?? this.at(items[0]![0]);
      }
      if (names.length >= 2) return k < names.length ? names[k] : undefined;
      // "tỷ lệ hộ cận nghèo lần lượt ở thị trấn Mỹ An và xã Trường Xuân là 1,6% và 3,4%": the places named after the
      // word, before the first figure of the list.
      const after: string[] = [];
      const stop = lower.slice(at, at + RESPECTIVE_REACH).search(/\d/);
      for (let i = firstAtOrAfter(placed, at, (p) => p.start); stop > 0 && i < placed.length && placed[i]!.start < at + stop; i++) {
        if (after[after.length - 1] !== placed[i]!.name) after.push(placed[i]!.name);
      }
      return after.length >= 2 && k < after.length ? after[k] : undefined;
    },
    at(pos, unit, heading) {
      const floor = unit ? COUNTED_PLACE_FLOOR[unit] ?? 0 : 0;
      const fits = (level: string) => (RANK[level] ?? 1) >= floor;
      const sentenceStart = sentenceWindowStart(segments, pos);
      let best: Placed | undefined;
      const end = firstAtOrAfter(placed, pos, (p) => p.start);
      const [clauseStart] = segmentBounds(segments.clauseStarts, pos, lower.length);
      const [wholeSentenceStart] = segmentBounds(segments.sentenceStarts, pos, lower.length);
      // ("Tại chợ Biên Hòa (phường Trấn Biên), …": the market's ward in brackets opens it too.)
      const opensSentence = (p: Placed) => !p.clauseOnly && ((p.start - wholeSentenceStart <= PLACE_OPENING_REACH && PLACE_OPENING.test(lower.slice(wholeSentenceStart, p.start))) ||
        opensOnMarketWard(lower, wholeSentenceStart, p.start));
      // "Khu vực Ninh Thuận cũ đón 612.000 lượt khách, tăng 9,1%; trong đó khách quốc tế 41.000 lượt": a clause opening on
      // "trong đó" breaks down the clause before, so a former part that owned that clause owns it too.
      const brokenDown = clauseStart > wholeSentenceStart && BREAKDOWN_OPENING.test(lower.slice(clauseStart, clauseStart + 12));
      const ownsBefore = (p: Placed) => p.former === true && brokenDown && segmentBounds(segments.clauseStarts, p.start, lower.length)[1] === clauseStart;
      // ("…; mỗi ha chè cổ thụ ở đây cho thu nhập …": "ở đây" points back to the place of the sentence, here-refers-back.)
      const here = clauseStart > wholeSentenceStart && refersBackHere(lower, clauseStart, pos);
      // "Bắc Ninh chỉ đứng sau Quảng Ninh (11,89%)", "chiếm 13,1% kim ngạch xuất khẩu cả nước (468,6 tỷ USD)": a figure
      // alone in a bracket right after a place's name is that place's, a place ranked ahead too (bracketed-value-after-place).
      const bracketed = bracketedAfterPlace(lower, pos, placed, ahead);
      if (bracketed && fits(bracketed.level)) return bracketed.name;
      const yardstick = yardstickOpeningAside(lower, pos, ahead);
      if (yardstick && fits(yardstick.level)) return yardstick.name;
      // "… cao hơn bình quân cả nước (cả nước tăng 16,8%)": the place opening the figure's own aside is its subject.
      const opener = end > 0 ? placed[end - 1] : undefined;
      if (opener && opener.start >= wholeSentenceStart && !opener.listed && fits(opener.level) && opener.end !== undefined && opensAsideOf(lower, opener.start, opener.end, pos)) return opener.name;
      // "kinh tế ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh tăng trưởng 6,2%/năm": places named as a list own none of the
      // sentence's figures; the most specific place outside the list does, else what the text was speaking of.
      const inList = new Set<Placed>();
      let previous: Placed | undefined;
      for (let i = firstAtOrAfter(placed, sentenceStart, (p) => p.start); i < end; i++) {
        const p = placed[i]!;
        if (p.listed) continue;
        // A commune or ward owns the figures of its own clause only: "…; xây dựng phường X đạt chuẩn; kết nạp 60 …" —
        // unless it opens the sentence ("Tại xã Mỹ Xương, xoài cát Hòa Lộc …; xoài cát Chu … 22.000 đồng/kg").
        if (!carries(p) && !p.sentenceOnly && p.start < clauseStart && !opensSentence(p) && !ownsBefore(p) && !(here && p.start >= wholeSentenceStart)) continue;
        // ("biên giới thuộc thị xã Tân Châu, huyện An Phú và thị xã Tịnh Biên, chiếm 71,5% số vụ": towns and districts of
        // one rank make one list.)
        if (previous && (previous.level === p.level || sameDistrictRank(previous, p)) && previous.name !== p.name && isListJoin(lower, previous.start, p.start)) {
          inList.add(previous);
          inList.add(p);
        }
        if (joinsBareName(p)) inList.add(p);
        previous = p;
      }
      for (let i = firstAtOrAfter(placed, sentenceStart, (p) => p.start); i < end; i++) {
        const p = placed[i]!;
        if (p.listed || inList.has(p) || leadClauseBefore(p.start, pos)) continue;
        if (!carries(p) && !p.sentenceOnly && p.start < clauseStart && !opensSentence(p) && !ownsBefore(p) && !(here && p.start >= wholeSentenceStart)) continue;
        // ("… (riêng khu vực Hải Dương cũ 18 doanh nghiệp), tăng 9 doanh nghiệp …": a part in a bracket owns the bracket.)
        if (p.clauseOnly && bracketClosedBefore(lower, p.start, p.end ?? p.start, pos)) continue;
        if (inMainlyAside(lower, p.start, p.end ?? p.start, pos)) continue;
        // "Trong đó, Đà Lạt đón 6 triệu lượt, khu vực Bình Thuận cũ đón 7 triệu lượt": a former unit named as a part
        // owns what follows it in its clause, whatever more specific place came before.
        const formerPart = p.former && best !== undefined && /\d/.test(lower.slice(best.start, p.start));
        if (fits(p.level) && (!best || formerPart || p.whole || (RANK[p.level] ?? 1) <= (RANK[best.level] ?? 1))) best = p;
      }
      // "ghi nhận 3 ca sởi tại huyện Cam Lâm", "khoảng 4.300 hộ ở các xã ven biển khu vực Bình Thuận cũ": a place
      // named right after the figure and its noun, by "tại/ở", is where it was counted.
      const clauseEnd = segmentBounds(segments.clauseStarts, pos, lower.length)[1];
      // ("với " is looked for first: most windows lack it, and the pattern backtracks through its optional opening
      // clause before it fails, ~1.4 µs a window.)
      const frontedWith = pos - wholeSentenceStart <= FRONTED_WITH_REACH && lower.slice(wholeSentenceStart, pos).includes('với ') &&
        FRONTED_WITH.test(lower.slice(wholeSentenceStart, pos));
      for (let i = end; i < placed.length && placed[i]!.start < Math.min(clauseEnd, pos + AT_PLACE_REACH); i++) {
        const p = placed[i]!;
        if (frontedWith && !p.listed && fits(p.level) && FIGURE_THEN_SUBJECT.test(lower.slice(pos, p.start))) return p.name;
        if (p.listed || !fits(p.level) || !AT_PLACE_BETWEEN.test(lower.slice(pos, p.start))) continue;
        // "khoảng 2.600 ha lúa ở các huyện U Minh Thượng, An Biên": a list of places owns none of it.
        const next = placed[i + 1];
        if (next && next.level === p.level && next.name !== p.name && isListJoin(lower, p.start, next.start)) break;
        if (joinsBareName(p)) break;
        return p.name;
      }
      // "Riêng phường An Hòa cũ xây dựng 18 tuyến …, nâng tổng số của ba phường lên 41 tuyến": the former parts summed
      // are the new unit, whatever part the clause opened on.
      if (best?.former && PARTS_SUMMED.test(lower.slice(best.start, pos))) best = undefined;
      if (best) return best.name;
      // "Giá một số mặt hàng tại chợ Cao Lãnh (phường Cao Lãnh) ngày 13/9 (đồng/kg):" over "- Gạo thường: 15.000": a
      // place the list's heading line names owns its items, a ward or commune too (which carry no further on their own).
      if (heading && heading[1] - heading[0] <= HEADING_LINE_REACH) {
        // ("(số liệu cùng kỳ tính gộp hai tỉnh Gia Lai và Bình Định cũ). Một số mặt hàng chủ lực:": a former unit owns
        // its own sentence only, not the list a later sentence of the heading line opens.)
        const headSentenceStart = segmentBounds(segments.sentenceStarts, Math.max(heading[0], heading[1] - 1), lower.length)[0];
        for (let i = firstAtOrAfter(placed, heading[1], (p) => p.start) - 1; i >= 0 && placed[i]!.start >= heading[0]; i--) {
          const p = placed[i]!;
          if (p.former && p.start < headSentenceStart) continue;
          if (!p.listed && fits(p.level)) return p.name;
        }
      }
      // A place carries to the end of its paragraph; a new paragraph goes back to what the article is about. (Past a
      // list, from before its sentence.)
      // ("Trà Vinh … tăng 13,93%." then a paragraph "Trong đó, tổng giá trị sản xuất nông nghiệp tăng 2,75%": a paragraph
      // opening on "Trong đó," or "Cụ thể," details the one before, so that one's place still holds: details-paragraph.)
      const paragraphStart = carryingParagraphStart(lower, segments.paragraphStarts, pos);
      for (let i = firstAtOrAfter(carried, inList.size ? sentenceStart : pos, (c) => c.start) - 1; i >= 0 && carried[i]!.start >= paragraphStart; i--) {
        // (A digest's lead: a place one clause names stays in that clause: digest-page.ts.)
        if (leadClauseBefore(carried[i]!.start, pos)) break;
        if (fits(carried[i]!.level)) return carried[i]!.name || undefined;
      }
      // "Toàn tỉnh … Các thị trường lớn nhất (lượt khách):" over "Hàn Quốc: 682.000": an item line that names no place
      // continues its heading's paragraph, not the place of the article's headline.
      if (heading && heading[0] < paragraphStart) {
        for (let i = firstAtOrAfter(carried, heading[1], (c) => c.start) - 1; i >= 0 && carried[i]!.start >= heading[0]; i--) {
          if (fits(carried[i]!.level)) return carried[i]!.name || undefined;
        }
      }
      // "Trong 10 tháng, đã có 42 tỉnh, thành phố có dự án đầu tư nước ngoài" on a province's page: a count of provinces
      // no province can own is the country's (provinces-counted-by-country).
      // A digest item's own place, named in its first sentence, holds through the item (digest-page.ts).
      const item = itemPlace(pos);
      if (item !== undefined && fits(levelOf(item))) return item;
      const fallback = sectionPlace(pos, fits) ?? main;
      return floor > RANK['tỉnh']! && fallback !== undefined && !fits(levelOf(fallback)) ? 'cả nước' : fallback;
    },
  };
}

/** The page's own place alone, for a page with no figure: none of what places each figure (the places carried from
 *  sentence to sentence, the communes known again by their bare names, the provinces by offset) is read. */
export function pagePlace(lower: string, segments: Segments, given?: string, stories?: StorySentences, tokens?: TokenStream, cased?: string, published?: string, home?: string): string | undefined {
  return readPagePlace(lower, segments, given, stories, tokens, cased, published, home).main;
}

/** The places a page names, in order, and its own place (named in its headline, else the country or the first place
 *  named): what the page's place and the place of each figure are both read from. */
function readPagePlace(lower: string, segments: Segments, given: string | undefined, stories: StorySentences = new Set<number>(), tokens: TokenStream | undefined,
  cased: string | undefined, published: string | undefined, home?: string) {
  // Places in a personal story ("ông Tám, ngụ xã Khánh Hưng, huyện Trần Văn Thời") are where that person lives.
  const allMentions = findLocalityMentions(lower, tokens, cased);
  const mentions = allMentions.filter((m) => !stories.has(segmentBounds(segments.sentenceStarts, m.start, lower.length)[0]));
  const unnamedProvince: number[] = [];
  const ahead: Placed[] = [];
  const placed = place(mentions, lower, captionRanges(lower, segments), cased, published !== undefined && published.slice(0, 7) >= MERGER_2025_FROM, unnamedProvince, ahead,
    published?.slice(0, 7));
  markBreakdownItems(placed, lower, segments, (level) => RANK[level] ?? 1);
  // The article's own place: named in its headline, else the country when the country is spoken of before any
  // province or district ("Tổng cục Thống kê công bố…"), else the first place it names.
  // (Not one of a list: "15/63 địa phương … gồm: Cao Bằng, Tuyên Quang, Lào Cai", "Các địa phương có năng suất cao: Yên
  // Định, Thọ Xuân" name places the figures are about in part, not the article's place.)
  const listMember = (i: number): boolean => {
    const p = placed[i]!;
    const joined = (a: Placed | undefined, b: Placed | undefined) => !!a && !!b && a.level === b.level && a.name !== b.name && isListJoin(lower, a.start, b.start);
    if (joined(placed[i - 1], p) || joined(p, placed[i + 1])) return true;
    // Names in a comma series after a colon, whatever the matcher made of each: "gồm: Cao Bằng, Tuyên Quang, …".
    const [sentenceStart, sentenceEnd] = segmentBounds(segments.sentenceStarts, p.start, lower.length);
    // Examples after "như" ("Một số địa phương có tỷ lệ giải ngân dưới 20% như Thành phố Hồ Chí Minh, Phú Yên, Bắc Ninh"),
    // whatever level each is.
    if (EXAMPLES_BEFORE.test(lower.slice(Math.max(sentenceStart, p.start - 8), p.start)) && lower.slice(p.start, sentenceEnd).includes(',')) return true;
    const colon = lower.lastIndexOf(':', p.start);
    return colon >= sentenceStart && !/\d/.test(lower.slice(colon + 1, p.start)) && lower.slice(colon + 1, sentenceEnd).includes(',');
  };
  const firstPlace = placed.find((p, i) => carries(p) && !listMember(i));
  // "tăng 7,5%, đứng thứ 9 cả nước" is a rank among the provinces: the country as yardstick is no article's place.
  // ("đã đầu tư vào 50 tỉnh, thành phố trên cả nước": provinces counted across the country speak of the country.)
  const national = () => hasWholeWord(lower, NATIONAL, 0, firstPlace ? firstPlace.start : lower.length, (at) => {
    const before = lower.slice(Math.max(0, at - YARDSTICK_REACH), at);
    return !COUNTRY_AS_YARDSTICK.test(before) || PROVINCES_COUNTED_BEFORE.test(before);
  }) || nationalOfficeBefore(lower, firstPlace ? firstPlace.start : lower.length);
  const headEnd = headEndOf(lower, segments);
  const headlineOrLead = given === undefined && cased ? headlineCommune(placed, cased, lower, headEnd) ??
    hamletCommune(cased, lower, headEnd, (pos) => placed.find((p) => p.start === pos && COMMUNE_LEVELS.includes(p.level))?.name) ?? leadCommune(placed, lower, headEnd) : undefined;
  // "Bản tin cuối ngày 14/4: Sa Pa đón …" over a lead that lists the day's items: a commune named bare only after a
  // digest's label is its first item's, not the page's (digest-page.ts); its bare name is still read as that commune.
  const itemCommune = headlineOrLead !== undefined && cased && isDigestItemCommune(headlineOrLead, cased, lower, headEnd) ? headlineOrLead : undefined;
  const commune = itemCommune === undefined ? headlineOrLead : undefined;
  if (commune !== undefined && cased) dropBracketedAfterBare(placed, cased, commune);
  const headline = headlinePlace(placed, lower, segments, commune);
  // "Toàn tỉnh kết nạp 288 đảng viên …" (the province unnamed), then only its districts in a breakdown: the article is
  // the province's, whose districts they are, not the first district's.
  const provinceSpokenFirst = firstPlace && (RANK[firstPlace.level] ?? 1) < RANK['tỉnh']! && unnamedProvince.length > 0 && unnamedProvince[0]! < firstPlace.start
    ? mentions.find((m) => m.name === firstPlace.name && m.province)?.province : undefined;
  // The site's own province only fills in for a page that names no place of its own (home-locality.ts).
  // (A part the headline names over a lead on the whole province is no page's place: whole-lead-under-part-headline.)
  const wholeOverPart = headline && (RANK[levelOf(headline)] ?? 1) < RANK['tỉnh']! && leadOpensOnWhole(lower, headEnd, headline.slice(levelOf(headline).length + 1))
    ? mentions.find((m) => m.name === headline && m.province)?.province : undefined;
  const main = given ?? wholeOverPart ?? headline ?? (national() ? 'cả nước' : headline === null ? undefined : provinceSpokenFirst ?? firstPlace?.name ?? home);
  return { allMentions, mentions, placed, unnamedProvince, ahead, commune, itemCommune, headline, provinceSpokenFirst, main };
}

function isDigestItemCommune(commune: string, cased: string, lower: string, headEnd: number): boolean {
  const bare = commune.slice(levelOf(commune).length + 1);
  const named = bareOccurrences(cased, bare, 0, headEnd).filter((at) => !isMenuLine(lower, at));
  return named.length > 0 && named.every((at) => afterDigestLabel(lower, at));
}

/**
 * "Bắc Ninh chỉ đứng sau Quảng Ninh (11,89%) …, trên Ninh Bình (10,65%) và Hưng Yên (9,1%)." then a paragraph "Quy mô GRDP
 * theo giá hiện hành của tỉnh ước đạt …": on a page whose headline names its province, "tỉnh" in a paragraph that names
 * no province of its own is that province again, not the last neighbour set beside it (named in a sentence that names
 * the page's province too) in a paragraph before (home-province-again). A province spoken of on its own ("Tỉnh Bình
 * Dương hỗ trợ …") is still what "toàn tỉnh" means after it.
 */
function homeProvinceAgain(placed: Placed[], segments: Segments, main: string): void {
  const { paragraphStarts, sentenceStarts } = segments;
  const homeSentences = new Set<number>();
  for (const p of placed) if (p.name === main && !p.generic) homeSentences.add(segmentIndex(sentenceStarts, p.start));
  // The start of the last mention of each province by name, when it stood beside the page's province.
  const lastBeside = new Map<string, number | undefined>();
  for (const p of placed) {
    if (p.level !== 'tỉnh') continue;
    if (!p.generic) {
      lastBeside.set(p.name, homeSentences.has(segmentIndex(sentenceStarts, p.start)) ? p.start : undefined);
      continue;
    }
    if (p.name === main) continue;
    const named = lastBeside.get(p.name);
    if (named !== undefined && named < (paragraphStarts[segmentIndex(paragraphStarts, p.start)] ?? 0)) p.name = main;
  }
}

// The figure alone in its bracket: the number, its unit or scale words, then the bracket's close.
const ALONE_IN_BRACKET = /^[\d.,]+(?: ?%| [\p{L}\p{M}]+){0,3}\)/u;

/** The place named right before the "(" that opens the bracket the figure at `pos` stands alone in. */
function bracketedAfterPlace(lower: string, pos: number, placed: readonly Placed[], ahead: readonly Placed[]): Placed | undefined {
  if (lower[pos - 1] !== '(' || lower[pos - 2] !== ' ' || !ALONE_IN_BRACKET.test(lower.slice(pos, pos + 32))) return undefined;
  const nameEnd = pos - 2;
  const endsThere = (list: readonly Placed[]) => {
    const p = list[firstAtOrAfter(list, nameEnd, (x) => x.start) - 1];
    return p && p.end === nameEnd && !p.listed ? p : undefined;
  };
  return endsThere(placed) ?? endsThere(ahead);
}

const DETAILS_OPENING = /^(?:trong đó|cụ thể)\s*,/u;

/** Where the paragraph at `pos` starts, or the paragraph before it when this one opens by detailing it. */
function carryingParagraphStart(lower: string, starts: readonly number[], pos: number): number {
  const i = segmentIndex(starts, pos);
  const start = starts[i] ?? 0;
  return i > 0 && DETAILS_OPENING.test(lower.slice(start, start + 12)) ? starts[i - 1]! : start;
}

// A guest's verb: "dự", "tham dự", "dự và chỉ đạo" (not "dự án", "dự toán", "dự kiến" …).
const ATTENDS = /(?<![\p{L}\p{M}])dự(?! (?:án|toán|kiến|báo|thảo|trữ|phòng|định|tính|thi|bị|đoán|luật|khuyết)(?!\p{L})(?!\p{M}))(?!\p{L})(?!\p{M})/u;
const OFFICE_IN_CLAUSE = /(?<![\p{L}\p{M}])(?:chủ tịch|bí thư|giám đốc|trưởng ban|trưởng đoàn|ủy viên|uỷ viên|chánh văn phòng)(?!\p{L})(?!\p{M})[^,;.()]*$/u;
const GUESTS_REACH = 240;

/** The place at `start` stands in the office of a guest of the event its sentence reports ("Cùng dự có ông …, Phó Chủ
 *  tịch UBND TP Hải Phòng", "Ông …, Giám đốc Sở Nội vụ TP Hải Phòng dự và chỉ đạo"). */
function isGuestOffice(lower: string, start: number): boolean {
  const before = lower.slice(Math.max(0, start - GUESTS_REACH), start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const clause = before.slice(Math.max(cut, before.lastIndexOf(',')) + 1);
  if (!OFFICE_IN_CLAUSE.test(clause)) return false;
  const after = lower.slice(start, start + GUESTS_REACH);
  const stop = after.search(/[.!?\n]/u);
  return ATTENDS.test((cut >= 0 ? before.slice(cut) : before) + (stop >= 0 ? after.slice(0, stop) : after));
}

// Separates the things a "lần lượt" list names: "Sở Giao thông vận tải, UBND huyện Mang Thít và UBND thị xã Bình Minh".
const ITEM_SEPARATOR = /,\s*(?:và\s+)?|\s+và\s+/gu;

/** The `count` items of the list that ends at `end`, split at its last count - 1 separators; undefined when fewer. */
function listItems(lower: string, from: number, end: number, count: number): Array<[number, number]> | undefined {
  const cuts: Array<[number, number]> = [];
  for (const m of lower.slice(from, end).matchAll(ITEM_SEPARATOR)) cuts.push([from + m.index, from + m.index + m[0].length]);
  if (cuts.length < count - 1) return undefined;
  const used = cuts.slice(cuts.length - (count - 1));
  const before = cuts[cuts.length - count];
  const items: Array<[number, number]> = [[before ? before[1] : from, used[0]![0]]];
  for (let i = 0; i < used.length; i++) items.push([used[i]![1], used[i + 1]?.[0] ?? end]);
  return items;
}

// Each level as it opens a name ("huyện "), in RANK's order.
const LEVEL_OPENINGS = Object.keys(RANK).map((level) => [level, `${level} `] as const);
const levelOf = (name: string) => LEVEL_OPENINGS.find(([, opening]) => name.startsWith(opening))?.[0] ?? 'tỉnh';

/** The place at `start` is joined to the one at `previous` as a list: "huyện An Biên và huyện U Minh Thượng", "A, B";
 * not "huyện Tây Giang đạt 22,7%, huyện Phước Sơn đạt 26%", where each has its own figure. */
/** A carried place that stands for none (after a list, in an article with no place of its own). */
const NO_PLACE = '';

/** Two units of the district rank (huyện, thị xã, quận, thành phố) named one after the other. */
function sameDistrictRank(a: Placed, b: Placed): boolean {
  return RANK[a.level] === 1 && RANK[b.level] === 1;
}

function isListJoin(lower: string, previous: number, start: number): boolean {
  const between = lower.slice(previous, start);
  if (/\d/.test(between)) return false;
  return /(?:,|\svà|\scùng)\s*$/u.test(lower.slice(Math.max(0, start - 5), start)) || BRACKETED_AFTER_NAMES.test(between);
}

// "là thị xã Điện Bàn 6.420 ha, huyện Duy Xuyên 4.780 ha và huyện Thăng Bình 6.950 ha": places listed each with its own
// figure; none of them is what the next sentence speaks of.
const PAIRED_ITEM = /^(?:(?!\.\s)[^;\n])*\d(?:(?!\.\s)[^;\n])*(?:,|\svà)\s*$/u;
const PAIRED_REACH = 80;

function isPairedListJoin(lower: string, previous: number, start: number): boolean {
  return start - previous <= PAIRED_REACH && PAIRED_ITEM.test(lower.slice(previous, start));
}

// "thôn Lô Lô Chải (xã Lũng Cú), thôn Nặm Đăm (xã Quản Bạ)": communes each in brackets after a hamlet of a list are
// joined as the hamlets are.
const BRACKETED_AFTER_NAMES = /^[^()]{1,40}\)\s*(?:,|và)\s*[^()]{1,40}\(\s*$/u;

// A bracket that opens on a delegation and names its place after a number or a comma.
const DELEGATION_BRACKET_REACH = 64;
const DELEGATION_BRACKET_BEFORE = new RegExp(`\\(\\s*${alternation(DELEGATION_BEFORE)}(?!\\p{L})(?!\\p{M})[^()\\n.;]{0,40}$`, 'u');

/** Turns the matcher's mentions into named places: bare names and generic level words resolved by context. */
// "KCN Quế Võ III", "Bệnh viện Đa khoa Đức Hòa", "Khu du lịch quốc gia Sa Pa": a facility or a sight named after a
// place is not that place.
const FACILITY_BEFORE = ['kcn', 'khu công nghiệp', 'ccn', 'cụm công nghiệp', 'khu kinh tế', 'khu đô thị', 'bệnh viện', 'bệnh viện đa khoa',
  'trung tâm y tế', 'trường', 'trường thpt', 'trường thcs', 'trường tiểu học', 'cảng', 'sân bay', 'nhà máy', 'công ty', 'chi nhánh', 'ngân hàng',
  'bến xe', 'ga',
  // "Cảng hàng không quốc tế Cam Ranh phục vụ 1.486 chuyến bay": an airport is named after a place it is not.
  'cảng hàng không', 'cảng hàng không quốc tế', 'sân bay quốc tế',
  // "Cảng tàu khách quốc tế Hạ Long đón 45 chuyến tàu biển", "cảng biển Dung Quất", "cảng cá Lạch Hới": a port too.
  'cảng tàu khách', 'cảng tàu khách quốc tế', 'cảng quốc tế', 'cảng biển', 'cảng biển quốc tế', 'bến cảng', 'cảng cá',
  // "Theo Cảng vụ Hàng hải Vũng Tàu, … hàng hóa thông qua các cảng biển trên địa bàn tỉnh": a port authority is named
  // after the port it oversees, whose waters reach beyond that city.
  'cảng vụ hàng hải', 'cảng vụ',
  // A farming area named after a place: "chủ yếu ở vùng U Minh Thượng", "vùng Đồng Tháp Mười".
  'vùng', 'tiểu vùng'];
// Sights named after their place: "Khu du lịch quốc gia Sa Pa", "danh thắng ruộng bậc thang Mù Cang Chải". Unlike a
// facility, a sight written with its commune's type word lies in that commune and what it draws is the commune's:
// "ruộng bậc thang xã Mù Cang Chải thu hút khoảng 310.000 lượt khách".
const SIGHT_BEFORE = ['khu du lịch', 'khu du lịch quốc gia', 'điểm du lịch', 'khu di tích', 'di tích', 'danh thắng', 'ruộng bậc thang',
  'vườn quốc gia', 'khu bảo tồn',
  // Landscapes named after a district, which outlive it: "Cao nguyên đá Đồng Văn", "Công viên địa chất toàn cầu Non nước
  // Cao Bằng", "Khu di tích quốc gia đặc biệt Tân Trào".
  'cao nguyên đá', 'cao nguyên', 'công viên địa chất', 'công viên địa chất toàn cầu', 'khu di tích quốc gia', 'khu di tích quốc gia đặc biệt',
  'di tích quốc gia đặc biệt',
  // "Làng hoa Sa Đéc", "làng nghề Tân Châu", "chợ nổi Cái Răng": a village or a market that sights are named after
  // (sight-village-named-after-place).
  'làng hoa', 'làng nghề', 'chợ nổi',
  // "chuẩn bị Festival Hoa Đà Lạt lần thứ XI", "Lễ hội Sen Đồng Tháp": an event named after its place, held there as
  // one of its sights (event-named-after-place).
  'festival', 'festival hoa', 'lễ hội', 'lễ hội hoa'];

/** Notes a yardstick place (ranked ahead or compared with) by its own name, or its likeliest reading. */
function keepAside(ahead: Placed[], m: LocalityMention): void {
  const own = m.name ?? (m.candidates?.find((o) => RANK[o.level] === 2) ?? m.candidates?.[0])?.name;
  if (own) ahead.push({ start: m.start, end: m.end, name: own, level: levelOf(own) });
}

/** `unnamedProvince` receives where the text speaks of "the province" before naming one. */
function place(mentions: readonly LocalityMention[], lower: string, captions: ReadonlyArray<readonly [number, number]>, cased: string | undefined, afterMerger: boolean,
  unnamedProvince: number[], ahead: Placed[] = [], month?: string): Placed[] {
  const out: Placed[] = [];
  let k = 0;
  const lastOfLevel = new Map<string, string>();
  let current: Placed | undefined;
  let previousEnd = -1;
  const formers = formerUses(mentions, lower);
  const typed = namesWrittenWithType(mentions);
  // The end of the last place named as where people go to work: the names joined to it are destinations too.
  let destinationEnd = -1;
  // The end of the last place ranked ahead of the subject: the names listed after it are ranked ahead too.
  let aheadEnd = -1;
  // The province of the place last spoken of: a bare district name two provinces share is the one in it.
  let province: string | undefined;
  // After the merger, a province merged away in an article that names the one it joined is a part of that one even
  // unmarked ("Riêng mặt hàng dừa của Bến Tre đạt …" in a Vĩnh Long report): never what "toàn tỉnh" means later.
  const named = afterMerger ? new Set(mentions.flatMap((m) => (m.name ? [m.name] : (m.candidates ?? []).map((o) => o.name)))) : undefined;
  for (const [at, m] of mentions.entries()) {
    let name: string | undefined;
    let level: string | undefined;
    if (!m.generic && windowEndsWith(lower, m.start, 24, FACILITY_BEFORE, true)) continue;
    if (!m.generic && windowEndsWith(lower, m.start, 24, SIGHT_BEFORE, true) && !(m.kind === 'explicit' && RANK[m.level ?? ''] === 0)) continue;
    if (!m.generic && namesRoad(lower, mentions, at)) continue;
    if (m.bare && opensByline(lower, m.start)) continue;
    if (!m.generic && namesRegionalOffice(lower, m.start)) continue;
    if (!m.generic && m.level !== undefined && (RANK[m.level] ?? 1) === 0 && (locatesVenue(lower, m.start) || namesEventVenue(lower, m.start, m.end))) continue;
    if (!m.generic && locatesNationalVenue(lower, m.start, m.end)) continue;
    if (m.bare && isRiverNotDistrict(cased, m.start)) continue;
    if (m.bare && isParkRowLabel(lower, m.start)) continue;
    // "đứng thứ 2 tiểu vùng Bắc Trung Bộ (sau thành phố Huế)", "xếp thứ 5 cả nước, sau A, B và C": places ranked
    // ahead are yardsticks, not the subject.
    // (Kept aside: its own value in a bracket right after it is still its own, bracketed-value-after-place; "cao hơn
    // tỉnh Bắc Giang (10,5%)" too, compared-place-value.)
    if (!m.generic && (isOvertaken(lower, m.start) || isComparedPlace(lower, m.start))) {
      keepAside(ahead, m);
      continue;
    }
    if (!m.generic && isRankedAhead(lower, m.start, aheadEnd)) {
      aheadEnd = m.end;
      keepAside(ahead, m);
      continue;
    }
    if (windowEndsWith(lower, m.start, 32, STANDARD_BEFORE, true)) continue;
    // "Đại biểu … (Tổ đại biểu huyện Hương Khê) dẫn báo cáo của Sở: toàn tỉnh còn …": a delegation's place says who
    // asks, not whose figures the question quotes.
    if (!m.generic && (windowEndsWith(lower, m.start, 40, DELEGATION_BEFORE, true) || windowEndsWith(lower, m.start, 16, DELEGATE_GROUP_BEFORE, true))) continue;
    // "Cùng dự có ông Nguyễn Minh Hùng, Phó Chủ tịch UBND TP Hải Phòng và 200 đại biểu …": the office of a guest a
    // sentence lists is where the guest serves, not what the article speaks of (guest-office-place).
    if (!m.generic && isGuestOffice(lower, m.start)) continue;
    // "(Tổ đại biểu số 11, khu vực Sóc Trăng cũ)": the delegation's number first, its place later in the same bracket.
    if (!m.generic && DELEGATION_BRACKET_BEFORE.test(lower.slice(Math.max(0, m.start - DELEGATION_BRACKET_REACH), m.start))) continue;
    if (!m.generic && (windowEndsWith(lower, m.start, 24, WORK_DESTINATION_BEFORE, true) || joinsDestination(lower, destinationEnd, m.start))) {
      destinationEnd = m.end;
      continue;
    }
    if (m.generic) {
      // Party organs ("chỉ tiêu Tỉnh ủy giao") name who set a target, not whose figure it is.
      // (Unless a People's Committee or Council opens its sentence and acts: "UBND tỉnh đã xuất 40 tấn gạo …".)
      if ((m.organ || /ủy$/u.test(lower.slice(m.start, m.end))) && !isActingBody(lower, m.start, m.end)) continue;
      // "thấp hơn mức bình quân chung của tỉnh": the province as a yardstick, not the subject.
      if (windowEndsWith(lower, m.start, 30, YARDSTICK_BEFORE, true)) continue;
      // "bằng 104,6% dự toán thành phố giao; chi ngân sách 118,5 tỷ đồng": who assigned the plan, whatever place the
      // paragraph is on, is no new subject for the clauses after it.
      if (lower.startsWith(' giao', m.end) && !/^[\p{L}\p{M}]/u.test(lower[m.end + 5] ?? '') && PLAN_ASSIGNED_BEFORE.test(lower.slice(Math.max(0, m.start - 24), m.start))) continue;
      // "quán triệt các nghị quyết, chỉ thị của Trung ương và của tỉnh": who issued the directives, not the subject.
      if (ISSUER_BEFORE.test(lower.slice(Math.max(0, m.start - ISSUER_REACH), m.start))) continue;
      // "qua Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh": who runs a platform, not the subject.
      if (isPlatformOwner(lower, m.start)) continue;
      // "đạt 23.246 tỷ đồng, đứng thứ 8 toàn tỉnh": the province a district is ranked in is no new subject either.
      if (RANKED_IN_BEFORE.test(lower.slice(Math.max(0, m.start - 24), m.start))) continue;
      // "Là trung tâm thương mại - dịch vụ của thành phố, …": the whole a fronted role names is no subject either.
      if (namesFrontedRoleWhole(lower, m.start, m.end)) continue;
      const levels = [m.level, ...(m.alsoLevels ?? [])].filter((l): l is NonNullable<typeof l> => !!l);
      // The first of its levels with a place named before (a loop, not map-then-find: see matchStarts in sorted.ts).
      let hit: readonly [string, string] | undefined;
      for (const l of levels) {
        const n = lastOfLevel.get(l);
        if (n) {
          hit = [l, n];
          break;
        }
      }
      if (!hit) {
        // "toàn tỉnh có …" before any province is named: the caller may know it from the article's district.
        // So is "Ngày 9/12/2022, HĐND tỉnh đã ban hành …": the province's own body acting (province-body-before-district).
        if (levels.includes('tỉnh') && (isSubjectReference(lower, m.start, m.end) || isActingBody(lower, m.start, m.end))) unnamedProvince.push(m.start);
        continue;
      }
      // "dự toán tỉnh giao" mentions the province in passing; "toàn tỉnh có", "của tỉnh" talk about it. A passing
      // mention never pulls a figure up from the more specific place being discussed.
      if (!isSubjectReference(lower, m.start, m.end) && current && (RANK[hit[0]] ?? 1) > (RANK[current.level] ?? 1)) continue;
      [level, name] = [hit[0], hit[1]];
    } else if (m.bare) {
      // From July 2025 no district-level unit exists: on a page that has named its province (or centrally-run city), a
      // bare old district's name after it ("trạm Hội An", "đỉnh lũ tại Hội An") names a ward, a station or an area, never
      // a unit the figures after it belong to (special zones apart). A page that opens on the old name alone ("Cai Lậy
      // thu ngân sách …") still reads it as the district, as before.
      // (A table's row label, "Đức Hòa | 412.000 | +8,1", still names the row's district.)
      const provinceNamed = afterMerger && (lastOfLevel.has('tỉnh') || lastOfLevel.has('thành phố trực thuộc trung ương')) && !opensTableRow(lower, m.start);
      // ("Việt Yên: …" on a page of December 2024: the unit in force then, bare-name-in-force.)
      const options = optionsInForce(provinceNamed ? (m.candidates ?? []).filter(standsAfterMerger) : m.candidates ?? [], month);
      const pick = options.find((o) => o.name === current?.name) ||
        options.find((o) => lastOfLevel.get(o.level) === o.name) ||
        options.find((o) => o.level === 'tỉnh') ||
        options.find((o) => o.level === 'thành phố trực thuộc trung ương') ||
        optionTypedElsewhere(options, typed, (o) => RANK[o.level] === 1) ||
        // "Phước Long: …" in a Bạc Liêu roundup: huyện Phước Long, not thị xã Phước Long of Bình Phước.
        options.find((o) => province !== undefined && o.province === province) ||
        options[0];
      if (!pick) continue;
      name = pick.name;
      level = pick.level;
      // "Phú Quốc đón 6,9 triệu lượt khách" in November 2025: the special zone, not the city it replaced.
      const zone = afterMerger && RANK[level] === 1 ? name.slice(level.length + 1) : undefined;
      if (zone !== undefined && SPECIAL_ZONES_FROM_DISTRICTS.includes(zone)) [name, level] = [`đặc khu ${zone}`, 'đặc khu'];
    } else {
      // "Đảng bộ huyện thống nhất thông qua…": a unit whose name is an everyday word, used as that word.
      // Written with capitals ("UBND thị xã Bình Minh với tỷ lệ …"), the words are the name whatever follows.
      if (m.name && EVERYDAY_NAME.test(m.name) && !PLACE_USE_AFTER.test(lower.slice(m.end, m.end + 16)) && !endsCapitalised(cased, m.start, m.end)) continue;
      // "đứng thứ 5 cả nước", "cao hơn bình quân cả nước": the country is the yardstick, not the figure's place.
      if (m.name === 'cả nước' && COUNTRY_AS_YARDSTICK.test(sameSentenceBefore(lower, m.start, YARDSTICK_REACH))) continue;
      name = m.name;
      level = m.level;
    }
    if (!name || !level) continue;
    const former = formers[at] ?? (named && RANK[level] === 2 && named.has(successorOf(name) ?? '') ? 'part' : undefined);
    if (former === 'merger') continue;
    if (m.listed) {
      out.push({ start: m.start, end: m.end, name, level, listed: true });
      continue;
    }
    while (k < captions.length && captions[k]![1] <= m.start) k++;
    // "… cao hơn mức tăng bình quân cả nước (cả nước tăng 21,7%). Khách lưu trú đạt …": the country opening an aside is
    // its figure's place there, never what the sentences after speak of.
    // So is the whole a share is taken of ("chiếm khoảng 23,5% GDP cả nước"): country-share-whole.ts.
    const countryAside = name === 'cả nước' && (lower[m.start - 1] === '(' || countryClosesShare(lower, m.start));
    // "…, nhờ Nhà máy Lọc hóa dầu Nghi Sơn vận hành ổn định": the place in a reason owns its clause, nothing after.
    const reason = !m.generic && inReasonClause(lower, m.start);
    // "Đối với tỉnh Thái Bình, tổng sản phẩm … tăng 9%. Tổng giá trị sản xuất ước đạt …" (a half-year page of the two
    // provinces being merged): a former unit opening its paragraph as the topic is what that paragraph reports on, to its
    // end; the next paragraph goes back to the page's place (former-part-topic-paragraph).
    if (former === 'part' && !m.generic && opensParagraphAsTopic(lower, m.start)) {
      out.push({ start: m.start, end: m.end, name, level, former: true });
      continue;
    }
    if (former === 'part' || countryAside || reason || (k < captions.length && captions[k]![0] <= m.start)) {
      out.push({ start: m.start, end: m.end, name, level, clauseOnly: true, ...(former === 'part' && { former: true }) });
      continue;
    }
    lastOfLevel.set(level, name);
    // "thị xã Gò Công (tỉnh Tiền Giang)": the bracket says where the place is; the place spoken of stays current.
    if (!m.generic && current && lower[m.start - 1] === '(' && m.start - previousEnd <= 2 && (RANK[level] ?? 1) > (RANK[current.level] ?? 1)) continue;
    const p: Placed = { start: m.start, end: m.end, name, level, ...(m.generic && (opensClauseAsWhole(lower, m.start) || totalOfWhole(lower, m.start)) && { whole: true }),
      ...(m.generic && { generic: true }) };
    // "…; riêng huyện Đồng Văn đón 412.000 lượt khách. Các làng văn hóa du lịch đã có 96 cơ sở homestay": a part set
    // apart by "riêng" owns the rest of its sentence; the sentences after go back to what the text was speaking of.
    if (!m.generic && (SET_APART_BEFORE.test(lower.slice(Math.max(0, m.start - 6), m.start)) ||
      ((lower.endsWith(' ở ', m.start) || lower.endsWith(' tại ', m.start)) && SET_APART_AT_BEFORE.test(lower.slice(Math.max(0, m.start - SET_APART_AT_REACH), m.start))))) {
      p.sentenceOnly = true;
    }
    // "…, trong đó huyện Lục Ngạn chiếm khoảng 52%. Tổng đàn lợn …": a part breaking the whole's figure down owns its
    // sentence only (breakdown-part-sentence).
    if (!m.generic && current && (RANK[current.level] ?? 1) > (RANK[level] ?? 1) && namesBreakdownPart(lower, m.start)) p.sentenceOnly = true;
    // "Trong tuần, cả nước ghi nhận 9.441 ca mắc, 1 ca tử vong tại Tiền Giang. Trong đó, số nhập viện giảm 13,9%": a part
    // named after a figure of the whole its sentence opened on says where that figure happened; the sentences after go
    // back to the whole (at-part-of-whole).
    if (!m.generic && current && (RANK[current.level] ?? 1) > (RANK[level] ?? 1) && (lower.endsWith(' tại ', m.start) || lower.endsWith(' ở ', m.start)) &&
      AT_FIGURE_BEFORE.test(lower.slice(Math.max(0, m.start - AT_FIGURE_REACH), m.start)) &&
      (!SENTENCE_BREAK.test(lower.slice(current.end, m.start)) || atPartOfParagraphWhole(lower, current.end ?? current.start, m.start))) {
      p.sentenceOnly = true;
    }
    out.push(p);
    current = p;
    previousEnd = m.end;
    province = RANK[level] === 2 ? name : m.province ?? m.candidates?.find((o) => o.name === name)?.province ?? province;
  }
  return out;
}

/** The name at `start` opens a line and a cell bar follows it on that line: a table row's label. */
function opensTableRow(lower: string, start: number): boolean {
  return (start === 0 || lower[start - 1] === '\n') && TABLE_ROW_LABEL.test(lower.slice(start, start + TABLE_ROW_LABEL_REACH));
}
const TABLE_ROW_LABEL = /^[^\n|]*\|/u;
const TABLE_ROW_LABEL_REACH = 48;

/** A unit a bare name can still mean after the July 2025 reorganisation: no district-level unit but the islands that became special zones. */
function standsAfterMerger(o: { name: string; level: string }): boolean {
  return RANK[o.level] !== 1 || SPECIAL_ZONES_FROM_DISTRICTS.includes(o.name.slice(o.level.length + 1));
}

// "Huyện A có 8/8 xã đạt chuẩn; toàn tỉnh có 50/86 xã": "toàn/cả tỉnh" opening a clause (after ";", ",", ":" or a
// sentence's start) makes the whole unit the subject again. ("dẫn đầu toàn tỉnh" ranks a part within it.)
const WHOLE_OPENING = /^(?:toàn|cả)\s/u;
const CLAUSE_OPENS_BEFORE = /(?:^|[;,:.\n])\s*$/u;

// "ghi nhận 3 ca sởi tại huyện Cam Lâm, nâng tổng số ca sởi của tỉnh từ đầu năm lên 19 ca": a total said to be the
// whole unit's ("tổng số … của tỉnh") is the whole's, whatever part the clause named before.
const TOTAL_OF_BEFORE = /(?<![\p{L}\p{M}])tổng(?: số| cộng)?(?: [\p{L}\p{M}]+){0,5} của $/u;
const TOTAL_REACH = 48;

function totalOfWhole(lower: string, start: number): boolean {
  return TOTAL_OF_BEFORE.test(lower.slice(Math.max(0, start - TOTAL_REACH), start));
}

function opensClauseAsWhole(lower: string, start: number): boolean {
  return WHOLE_OPENING.test(lower.slice(start, start + 5)) && CLAUSE_OPENS_BEFORE.test(lower.slice(Math.max(0, start - 4), start));
}

/** The place at `start` is listed right after a work destination ending at `destinationEnd` ("… ở A và B", "A, B"). */
function joinsDestination(lower: string, destinationEnd: number, start: number): boolean {
  return destinationEnd >= 0 && start - destinationEnd <= 6 && /^\s*(?:,|và)\s*$/u.test(lower.slice(destinationEnd, start));
}

/** The last word of [start, end) starts with a capital in the cased text. */
function endsCapitalised(cased: string | undefined, start: number, end: number): boolean {
  if (!cased) return false;
  const words = cased.slice(start, end).split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  return last !== '' && last[0] !== last[0]!.toLowerCase();
}

// "Xã có 14 sản phẩm OCOP", "năm 2025, xã đặt mục tiêu hoàn thành toàn bộ 19 tiêu chí", "“Xã cần tập trung …, phấn
// đấu … có thêm 2 ấp …”": "xã" as the subject of its clause is the commune just spoken of (or the article's own).
// Starts with the literal words (a leading alternation would make V8 try every position); what stands before is
// checked by hand: the start of the text or of a clause.
// (Tried, sticky, only where a literal search from the level's rare letter found the level: "ã", "ờ", "ặ".)
const SUBJECT_COMMUNE = /(xã|phường|đặc khu) (?=(?:đã|đang|có|cần|đặt|hiện|sẽ|phấn đấu|tiếp tục|còn|đạt|vừa|cũng|được|luôn|phải)(?!\p{L})(?!\p{M}))/uy;
const SUBJECT_LEVELS = ['xã ', 'phường ', 'đặc khu '];
// "Toàn xã có …", "Toàn đặc khu hiện có …": the whole unit as the subject, too.
const CLAUSE_OPENING = /(?:^|[.;:!?\n“"(,])\s*(?:toàn\s+)?$/u;
const COMMUNE_REACH = 1500;

// "thu nhập bình quân đầu người của xã đạt gần 40 triệu đồng/năm", "tỷ lệ hộ nghèo toàn xã còn 1,2%", "Lãnh đạo phường
// trực tiếp xuống địa bàn": the commune referred to after "của", "toàn", "cả", "trên địa bàn" or its organs, when no
// name follows ("toàn xã hội" is the whole society).
const REFERRED_BEFORE = wordStartTest(/(?<![\p{L}\p{M}])(?:của|toàn|cả|trong|trên địa bàn|lãnh đạo|ubnd|hđnd|đảng ủy|đảng bộ|chính quyền)\s$/u);

/** The level word at `at` (one of SUBJECT_LEVELS) when the words before it refer to a commune spoken of. */
function referredCommuneLevel(lower: string, at: number, placed: readonly Placed[]): string | undefined {
  if (!REFERRED_BEFORE.test(lower.slice(Math.max(0, at - 16), at))) return undefined;
  const level = SUBJECT_LEVELS.find((l) => lower.startsWith(l, at))!;
  const next = at + level.length;
  if (lower.startsWith('hội', next) && !isLetter(lower[next + 3])) return undefined;
  // (A commune named right there, "của xã Mỹ Trung", is placed already.)
  return placed[firstAtOrAfter(placed, at, (p) => p.start)]?.start === at ? undefined : level.trimEnd();
}

function addSubjectCommunes(placed: Placed[], lower: string, main: string | undefined, cased: string | undefined): void {
  const added: Placed[] = [];
  for (const at of phraseOffsets(lower, SUBJECT_LEVELS)) {
    // ("78 xã, phường phấn đấu …": the class of units listed, not a commune spoken of — commune-levels-paired.)
    if (isLetter(lower[at - 1]) || isPairedLevelWord(lower, at)) continue;
    SUBJECT_COMMUNE.lastIndex = at;
    const m = SUBJECT_COMMUNE.exec(lower);
    const level = m !== null && CLAUSE_OPENING.test(lower.slice(Math.max(0, at - 9), at)) ? m[1]! : referredCommuneLevel(lower, at, placed);
    if (level === undefined) continue;
    let referent: string | undefined;
    let named: Placed | undefined;
    for (let i = firstAtOrAfter(placed, at, (p) => p.start) - 1; i >= 0 && placed[i]!.start >= at - COMMUNE_REACH; i--) {
      const p = placed[i]!;
      if (p.level === level && !p.listed && !p.clauseOnly) { referent = p.name; named = p; break; }
    }
    referent ??= main?.startsWith(`${level} `) ? main : undefined;
    const referred = named !== undefined && referredCommuneCarries(lower, cased, at + level.length, named);
    if (referent) added.push({ start: at, name: referent, level, ...(referred && { referred }) });
  }
  if (added.length === 0) return;
  placed.push(...added);
  placed.sort((a, b) => a.start - b.start);
}

// "Quỳnh Hồng “thay áo mới” trên hành trình …" over "Chủ tịch UBND xã Quỳnh Hồng": a feature names its commune bare in
// the headline (the gazetteer knows no communes) and with its level in the text. Its bare name, written with capitals
// as a whole word, must be in a head line.

// ("Năm Căn: 16/18 chỉ tiêu …" over "Đảng bộ huyện Năm Căn …" and, later, "riêng thị trấn Năm Căn …": a district town
// shares its district's name, which the gazetteer does not read bare; the headline names the district the page speaks
// of, not its town.)
const DISTRICT_LEVELS = ['huyện', 'thị xã', 'quận', 'thành phố'];

function headlineCommune(placed: readonly Placed[], cased: string, lower: string, headEnd: number): string | undefined {
  for (const p of placed) {
    if (!COMMUNE_LEVELS.includes(p.level) || p.listed || p.clauseOnly) continue;
    const bare = p.name.slice(p.level.length + 1);
    // ("Thời sự | Kinh tế | Phú Quốc | Xã hội", "Long Xuyên 33°C": a section's name or the weather's town in the site's
    // bar is no headline.)
    if (bare.length >= 3 && bareOccurrences(cased, bare, 0, headEnd).some((at) => !isMenuLine(lower, at))) {
      return placed.find((d) => DISTRICT_LEVELS.includes(d.level) && !d.listed && !d.clauseOnly && d.name === `${d.level} ${bare}`)?.name ?? p.name;
    }
  }
  return undefined;
}

// "Phường Phong Phú được thành lập trên cơ sở sáp nhập phường Phong Phú (cũ) và xã Phong Thạnh …": a body that opens on a
// commune or ward, with no district or province named before it, is about that commune (lead-commune). (A paper's
// credit may open the line: "(GLO)- Xã Ia Hrú …".)
const LEAD_OPENING = /^\s*(?:\([^()\n]{1,20}\)\s*[-–—]?\s*)?$/u;

function leadCommune(placed: readonly Placed[], lower: string, headEnd: number): string | undefined {
  const p = placed.find((q) => q.start >= headEnd);
  if (!p || !COMMUNE_LEVELS.includes(p.level) || p.listed || p.clauseOnly) return undefined;
  if (placed.some((q) => q.start < p.start && (RANK[q.level] ?? 1) >= 1 && !q.clauseOnly)) return undefined;
  return LEAD_OPENING.test(lower.slice(Math.max(headEnd, lower.lastIndexOf('\n', p.start) + 1), p.start)) ? p.name : undefined;
}

// A level or an organ right before the name makes it a named place ("thị trấn Tân Phú", "UBND xã Quỳnh Hồng"), not the
// bare name.
const LEVEL_BEFORE = /(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|đặc khu|khu vực|ubnd|hđnd|ủy|ủy ban)\s*$/iu;

/** Offsets of `bare` written alone, as a whole word, in cased[from, to). */
function bareOccurrences(cased: string, bare: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let at = indexOfPhrase(cased, bare, from); at >= 0 && at < to; at = indexOfPhrase(cased, bare, at + 1)) {
    if (!isLetter(cased[at - 1]) && !isLetter(cased[at + bare.length]) && !LEVEL_BEFORE.test(cased.slice(Math.max(0, at - 10), at))) out.push(at);
  }
  return out;
}

const levelAndBare = (commune: string): [string, string] => {
  const level = [...COMMUNE_LEVELS, ...DISTRICT_LEVELS].find((l) => commune.startsWith(`${l} `))!;
  return [level, commune.slice(level.length + 1)];
};

// A place in brackets right after the commune's bare name says where the commune lies: "Quỳnh Hồng (Quỳnh Phụ) đã
// hoàn thành 19/19 tiêu chí".
function dropBracketedAfterBare(placed: Placed[], cased: string, commune: string): void {
  const [, bare] = levelAndBare(commune);
  const aside = new Set(bareOccurrences(cased, bare, 0, cased.length).map((at) => at + bare.length + 2));
  const kept = placed.filter((p) => !(aside.has(p.start) && cased[p.start - 1] === '(' && (RANK[p.level] ?? 1) > 0));
  placed.length = 0;
  placed.push(...kept);
}

/** Where the page writes its commune's bare name, it speaks of that commune. */
function addBareCommune(placed: Placed[], cased: string, commune: string): void {
  const [level, bare] = levelAndBare(commune);
  placed.push(...bareOccurrences(cased, bare, 0, cased.length).map((start) => ({ start, name: commune, level })));
  placed.sort((a, b) => a.start - b.start);
}

// A newspaper's name at the head of its line: "BÁO ĐẮK LẮK ĐIỆN TỬ", "Báo Thái Nguyên điện tử | Kinh tế".
const MASTHEAD_BEFORE = /^\s*báo $/u;

// Directives and whose they are: "các nghị quyết, chỉ thị của Trung ương và của tỉnh", "văn bản chỉ đạo của tỉnh".
const ISSUER_BEFORE = /(?<![\p{L}\p{M}])(?:nghị quyết|chỉ thị|kết luận|chủ trương|văn bản|chỉ đạo|hướng dẫn)(?:,? [\p{L}\p{M}]+){0,6}? của (?:trung ương,? và (?:của )?)?$/u;
const ISSUER_REACH = 90;
// "dự toán thành phố giao", "kế hoạch vốn tỉnh giao": the plan a higher level assigned.
const PLAN_ASSIGNED_BEFORE = /(?<![\p{L}\p{M}])(?:dự toán|kế hoạch|chỉ tiêu|nhiệm vụ)(?: [\p{L}\p{M}]+){0,2} $/u;
// "Năm 2024, Quảng Xương có 7 chỉ tiêu vượt kế hoạch": a headline that opens on its period, then a comma, names its place
// first all the same (the comma after a fronted period opens no later clause).
const FRONTED_PERIOD = /^(?:trong |tính đến |đến )?(?:(?:\d{1,2}|sáu|chín) tháng(?: đầu| cuối)?(?: năm)?|năm|quý [ivx1-4]+|tháng \d{1,2}|nửa (?:đầu|cuối) năm)(?:[ /-](?:năm )?\d{4})?, /u;
// "Hậu Giang: " before the place a headline is about: one short label, a colon, then the place.
const HEADLINE_LABEL = /^[^:\n]{2,30}:\s*$/u;

/** Where the head ends: the headline is among the short lines before the first paragraph of body text. */
function headEndOf(lower: string, segments: Segments): number {
  const starts = segments.paragraphStarts;
  // (A page of short lines, a resolution's list of targets, begins its body at its first bullet: "- Tổng thu ngân sách …";
  // the head is the masthead, dateline, headline and lead above it — body-begins-at-first-bullet.)
  const first = starts.findIndex((s, i) => (starts[i + 1] ?? lower.length) - s >= 200 || (s < 400 && isItemLine(lower.slice(s, s + 3))));
  return first >= 0 ? starts[first]! : Math.min(lower.length, 400);
}

/** `commune`: the commune the headline names bare, which wins over the paper's own province. */
/** The place the headline is about; null when the headline compares places it lists (no one place is the page's). */
function headlinePlace(placed: Placed[], lower: string, segments: Segments, commune?: string): string | null | undefined {
  const headEnd = headEndOf(lower, segments);
  // "Đại hội Đảng bộ xã Tân Phú Thạnh nhiệm kỳ 2025 - 2030": a commune the headline is about is the article's place.
  const inHead = (p: Placed) => p.start < headEnd && (carries(p) || (!p.clauseOnly && !p.listed && isShortParagraph(segments, p.start, lower.length)));
  // "BÁO ĐẮK LẮK ĐIỆN TỬ" over "Bí thư Huyện ủy Krông Pắc: …": the paper's name says who publishes, the headline what
  // the page is about; the paper's province stands only when the head names no other place.
  const inMasthead = (p: Placed) => MASTHEAD_BEFORE.test(lower.slice(segmentBounds(segments.paragraphStarts, p.start, lower.length)[0], p.start)) ||
    isSiteNameLine(lower, p.start) || isPublisherLine(lower, p.start) || isStationNameBefore(lower, p.start) || isPaperNameLine(lower, p.start) ||
    // (A province's portal or party site only: "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC" is the district's own page.)
    ((RANK[p.level] ?? 1) >= RANK['tỉnh']! && isPortalNameBefore(lower, p.start));
  // "Hà Nội, Huế, Hải Phòng dẫn đầu về chuyển đổi số": places listed in the headline are compared; none is the page's.
  const listedInHead = (i: number) => {
    const [p, before, after] = [placed[i]!, placed[i - 1], placed[i + 1]];
    // ("Huyện Châu Thành, tỉnh Bến Tre: …" names one place and its province: a list joins places of one level.)
    const joined = (a: Placed, b: Placed) => a.level === b.level && a.name !== b.name && isListJoin(lower, a.start, b.start);
    return (after !== undefined && inHead(after) && joined(p, after)) || (before !== undefined && inHead(before) && joined(before, p));
  };
  // A navigation bar or breadcrumb over the headline names sections and widgets, not the page's place.
  const found = placed.findIndex((p, i) => inHead(p) && !inMasthead(p) && !isMenuLine(lower, p.start) && !listedInHead(i));
  if (found < 0 && placed.some((p, i) => inHead(p) && listedInHead(i))) return null;
  // "Bản tin cuối ngày 4/10: Tháp Mười thu hoạch …" over a lead that lists the day's items: the place after a digest's
  // label is its first item's; the paper's province is the page's (digest-page.ts).
  const digestMasthead = found >= 0 && afterDigestLabel(lower, placed[found]!.start) ? placed.find((p) => inHead(p) && inMasthead(p) && p.level === 'tỉnh') : undefined;
  if (digestMasthead) return digestMasthead.name;
  // "Sốt xuất huyết tăng 2,3 lần so với cùng kỳ, Nha Trang là điểm nóng" under "BÁO KHÁNH HOÀ": a place first named in a
  // later clause of the headline is a detail of the paper's province's news, not the page's place.
  const masthead = placed.find((p) => inHead(p) && inMasthead(p) && p.level === 'tỉnh');
  if (found >= 0 && masthead && commune === undefined && (RANK[placed[found]!.level] ?? 1) < 2 && isShortParagraph(segments, placed[found]!.start, lower.length) &&
    lower.slice(segmentBounds(segments.paragraphStarts, placed[found]!.start, lower.length)[0], placed[found]!.start).replace(FRONTED_PERIOD, '').includes(', ') &&
    !isNamedWithOrgan(lower, placed[found]!.start)) return masthead.name;
  if (found < 0 && commune !== undefined) return commune;
  // "BÁO ĐIỆN BIÊN PHỦ - CƠ QUAN CỦA ĐẢNG BỘ … TỈNH ĐIỆN BIÊN": a paper named after a city says in its formula whose
  // paper it is; with no other place in the head, the formula's province is the page's, not the city of the name.
  const publisher = found < 0 ? placed.find((p) => inHead(p) && p.level === 'tỉnh' && isPublisherLine(lower, p.start)) : undefined;
  if (publisher) return publisher.name;
  const i = found >= 0 ? found : placed.findIndex(inHead);
  const head = placed[i];
  // "BÁO ĐIỆN BIÊN PHỦ" alone, the head naming no other place: the paper of a city's province is that province's.
  const paperProvince = found < 0 && head ?
    cityPaperProvince(lower.slice(segmentBounds(segments.paragraphStarts, head.start, lower.length)[0], head.start), head.name, RANK[head.level] ?? 1) : undefined;
  if (paperProvince) return paperProvince;
  // "Hậu Giang: Huyện Phụng Hiệp giải ngân …": the province labels the news; the district right after the colon is
  // what the article is about.
  const next = head && placed[i + 1];
  if (head && next && inHead(next) && (RANK[next.level] ?? 1) < (RANK[head.level] ?? 1) &&
    HEADLINE_LABEL.test(lower.slice(head.start, next.start))) return next.name;
  return head?.name;
}

// Provinces and districts merged in 2025 are still named: as parts of the new unit ("khu vực Phú Yên cũ", "tỉnh Hà
// Giang (trước sắp xếp)") or in the sentence that tells of the merger ("hợp nhất với tỉnh Yên Bái", "trên cơ sở sắp
// xếp tỉnh Hưng Yên và tỉnh Thái Bình"). Neither is the place the article goes on to talk about.
const FORMER_AFTER = /^\s*(?:\(\s*cũ\s*\)|cũ(?!\p{L})(?!\p{M})|\(?trước (?:khi )?(?:sắp xếp|sáp nhập|hợp nhất))/u;
// ("Phường Bạc Liêu được thành lập từ Phường 1, Phường 2 …": the units a new one was formed from, too; not "thành lập
// phường X", which names the new unit.)
// ("… trên cơ sở nhập thị trấn Kế Sách, xã Kế Thành và xã Kế An": "nhập" alone, after the phrase that tells of the
// basis, as "thu nhập", "nhập khẩu" never stand.)
// ("… trên cơ sở sáp nhập 3 đơn vị hành chính: thị trấn Ia Kha, xã Ia Bă và xã Ia Grăng": the count of the units merged,
// closed by a colon, stands between the verb and their names: merged-units-counted-before-names.)
const MERGED_INTO_BEFORE = /(?<![\p{L}\p{M}])(?:(?:hợp nhất|sáp nhập|sắp xếp|(?:trên cơ sở|được) nhập)(?: (?:với|từ|vào|cùng|giữa|lại))?(?: (?:\d{1,2}|hai|ba|bốn|năm|sáu) (?:đơn vị hành chính(?: cấp xã)?|đơn vị|xã|phường|thị trấn|tỉnh|huyện)(?: cũ)?:)?|thành lập từ)(?: (?:tỉnh|thành phố|huyện|thị xã)(?: [\p{L}\p{M}]+){1,3} (?:và|với|cùng))? $/u;
// ("Sản lượng thủy sản … (chủ yếu tại khu vực Bình Thuận cũ) ước đạt …": where most of a whole comes from, said in a
// bracket, leaves the whole the province's.)
const FORMER_ASIDE_BEFORE = /\(\s*(?:thuộc\s+|của\s+|(?:chủ yếu|tập trung(?: chủ yếu)?) (?:tại|ở)\s+(?:khu vực\s+|địa bàn\s+)?)?$/u;
const FORMER_ASIDE_AFTER = /^\s*cũ\s*\)/u;
const PART_TAKEN_FROM = /(?:sắp xếp|sáp nhập|hợp nhất|trên cơ sở)[^.;\n]*một phần (?:của )?$/u;
// ("Tốc độ tăng trưởng GRDP (tính chung cả khu vực Thái Bình cũ) ước đạt 9,12%": a whole counted with the part merged
// into it, "tính chung", "tính gộp", is the whole's too: included-part-counted-with.)
const INCLUDED_BEFORE = /(?<![\p{L}\p{M}])(?:bao gồm|gồm cả|kể cả|tính cả|tính (?:chung|gộp))(?: cả)?(?: địa bàn| khu vực)? $/u;

// "ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh trước khi hợp nhất": one mark after a list of names marks each of them;
// "trên cơ sở sáp nhập xã Long Hựu Đông, xã Long Hựu Tây và xã Long Khánh": one merger verb before a list, too.
const LIST_GAP = /^\s*(?:,\s*(?:và\s+)?|và\s+)(?:(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s+)?$/u;

/** formerUse of each mention (generic ones have none), a list's last mark given to the names before it. */
function formerUses(mentions: readonly LocalityMention[], lower: string): Array<'part' | 'merger' | undefined> {
  // Pushed, not mapped (see matchStarts in sorted.ts): the loops below read one array kind before and after optimising.
  const uses: Array<'part' | 'merger' | undefined> = [];
  for (const m of mentions) uses.push(m.generic ? undefined : formerUse(lower, m.start, m.end));
  for (let i = 1; i < mentions.length; i++) {
    const [previous, m] = [mentions[i - 1]!, mentions[i]!];
    if (uses[i] === undefined && uses[i - 1] === 'merger' && !m.generic && !previous.generic && LIST_GAP.test(lower.slice(previous.end, m.start))) uses[i] = 'merger';
  }
  for (let i = mentions.length - 2; i >= 0; i--) {
    const [m, next] = [mentions[i]!, mentions[i + 1]!];
    if (uses[i] === undefined && uses[i + 1] !== undefined && !m.generic && !next.generic && LIST_GAP.test(lower.slice(m.end, next.start))) uses[i] = uses[i + 1];
  }
  return uses;
}

/** 'part': a former unit reported on as a part of the new one; 'merger': a unit named only to tell of the merger. */
function formerUse(lower: string, start: number, end: number): 'part' | 'merger' | undefined {
  const before = lower.slice(Math.max(0, start - 60), start);
  // Asked of every place mention: the end-anchored patterns are tried only where their key words stand.
  // "toàn tỉnh (bao gồm địa bàn tỉnh Yên Bái cũ) đón…": the whole is spoken of, the part only included.
  if ((before.includes('gồm') || before.includes('kể cả') || before.includes('tính ')) && INCLUDED_BEFORE.test(before)) return 'merger';
  // "… 3 xã: Phú Sơn, Nghĩa Hành và Tân Hương (huyện Tân Kỳ cũ), có diện tích …": a bracket that only says where the
  // merged communes used to belong owns nothing.
  if (FORMER_ASIDE_BEFORE.test(before) && FORMER_ASIDE_AFTER.test(lower.slice(end, end + 8))) return 'merger';
  if (FORMER_AFTER.test(lower.slice(end, end + 24))) return 'part';
  // "… trên cơ sở sắp xếp các phường A, B và một phần phường Bình Hiên": the unit a part was taken from is named for the
  // merger only.
  if (before.endsWith('một phần ') || before.endsWith('một phần của ')) {
    if (PART_TAKEN_FROM.test(lower.slice(Math.max(0, start - 200), start))) return 'merger';
  }
  if (!before.includes('nhập') && !before.includes('hợp nhất') && !before.includes('sắp xếp') && !before.includes('lập từ')) return undefined;
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  return MERGED_INTO_BEFORE.test(cut >= 0 ? before.slice(cut + 1) : before) ? 'merger' : undefined;
}

// "Đối với tỉnh Thái Bình, ", "Về khu vực Bắc Giang cũ, ", "Tại khu vực Quảng Bình (cũ), " at the head of a paragraph.
const TOPIC_OPENER_BEFORE = /(?:^|\n)[\s"“(–-]*(?:đối với|về|tại|ở) (?:khu vực |địa bàn )?$/u;
const TOPIC_OPENER_REACH = 40;

/** The place at [start, …) opens its paragraph as its topic: "Đối với tỉnh Thái Bình, …". */
function opensParagraphAsTopic(lower: string, start: number): boolean {
  return TOPIC_OPENER_BEFORE.test(lower.slice(Math.max(0, start - TOPIC_OPENER_REACH), start));
}

function isSubjectReference(lower: string, start: number, end: number): boolean {
  if (/^(?:toàn|cả|trên địa bàn)\s/u.test(lower.slice(start, end))) return true;
  const before = lower.slice(Math.max(0, start - 12), start);
  const after = lower.slice(end, end + 12);
  return /(?:toàn|cả|địa bàn|của|trong|tại)\s*$/u.test(before) || /^\s*(?:có|đạt|đã|thực hiện|tiếp tục|ước|phấn đấu)(?!\p{L})(?!\p{M})/u.test(after) || /(?:^|[.\n]\s*)$/u.test(before);
}
