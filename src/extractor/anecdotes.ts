// Figures in a story about one person ("Ông Trần Văn Tám … có 3 ao nuôi, lãi gần 800 triệu đồng") are not
// socio-economic results. Such sentences start with a named person, name a family or a villager by where they
// live, or continue a story with a bare "Ông", "Bà"… An official speaking ("Ông Nguyễn Văn A, Chủ tịch UBND huyện,
// cho biết …") or answering in an interview ("Ông Nguyễn Văn Nam: …") still reports.

import { segmentIndex } from './segments.ts';
import { VOTE_WORDS } from './vocabulary/cues.ts';
import { hasWholeWord } from './vocabulary/word-boundary.ts';

const NAME = String.raw`\p{Lu}[\p{Ll}'’]*(?:\s+\p{Lu}[\p{Ll}'’]*){0,3}`;
const TITLE = String.raw`(?:Ông|Bà|Anh|Chị|Cô|Chú|Em|Cụ|Gia đình (?:ông|bà|anh|chị)|gia đình (?:ông|bà|anh|chị))`;
const LEAD_IN = String.raw`(?:(?:Như|Điển hình(?: là| như)?|Chẳng hạn(?: như)?|Trường hợp(?: của)?|Câu chuyện của|Với)\s+)?`;
// "Theo ông Sáu, năm nay vườn mai của ông có 1.000 gốc": a villager as the source (an official's title still reports).
const NAMED_PERSON = new RegExp(String.raw`^[\s"“(–-]*(?:${LEAD_IN}${TITLE}|Theo (?:ông|bà|anh|chị|cô|chú|cụ))\s+${NAME}`, 'u');
const SPEAKER = new RegExp(String.raw`^[\s"“(–-]*${TITLE}\s+${NAME}\s*:`, 'u');
const VILLAGER = new RegExp(String.raw`(?:gia đình|hộ) (?:ông|bà|anh|chị|cô|chú)\s+\p{Lu}|(?:ông|bà|anh|chị|cô|chú|em|cháu)\s+${NAME}\s*[,(]\s*\d{1,3} tuổi|(?:ông|bà|anh|chị|cô|chú)\s+${NAME},?\s+(?:\d+\s+tuổi,?\s+)?(?:ở|ngụ|trú|tại|người)\s+(?:ở\s+)?(?:thôn|ấp|buôn|bản|xã|khóm|tổ|phường|làng|khu phố)`, 'u');
// "Năm 2022, ông hiến 300 m2 đất": a year opening the sentence still goes on with the person before.
const PRONOUN_START = /^[\s"“(–-]*(?:(?:Nay|Hiện nay|Hiện|Năm nay|Mỗi năm|Trước đây|(?:Từ )?[Nn]ăm \d{4}),?\s+)?(?:gia đình\s+)?(?:Ông|Bà|Anh|Chị|Cô|Chú|Cụ|ông|bà|anh|chị)\s+(?!\p{Lu})/u;
// A clock time or a road milestone marks one incident ("Khoảng 14 giờ ngày 14/11, tại km 12 Quốc lộ 1A, … làm 2
// người chết"): a news event, not a statistic.
const ONE_EVENT = /(?<![\p{L}\p{M}])(?:(?:khoảng|lúc|vào lúc|vào khoảng) \d{1,2} ?(?:giờ|h)(?:\s?\d{1,2})?|(?<!\d\s?)km ?\d+(?!\d*\s*(?:m2|²)))(?![\p{L}\p{M}\d])/u;
const EVENT_HINT = /giờ|km|\dh/;
// "Vụ tai nạn làm 3 người chết, 5 người bị thương": a sentence whose subject is one incident (not "các vụ", "12 vụ").
const INCIDENTS = '(?:tai nạn|cháy|nổ|lật|va chạm|sạt lở|đuối nước|ngộ độc|tấn công|trộm|cướp)';
const INCIDENT_HEAD = new RegExp(String.raw`^[\s"“(–-]*(?:[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,3}, )?vụ ${INCIDENTS}(?![\p{L}\p{M}])`, 'u');
// "Một chiếc ghe chở 15 người bị lật trên sông Hậu, … cứu được 13 người": a sentence whose subject is one boat or one
// vehicle tells one incident.
const ONE_VEHICLE_HEAD = /^[\s"“(–-]*(?:[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,3}, )?(?:một|1) chiếc (?:ghe|xuồng|thuyền|tàu|ca nô|sà lan|xe|ô tô)(?![\p{L}\p{M}])/u;
// "…, tuy nhiên ngày 14/8, một vụ ngộ độc tại bếp ăn … đã làm 23 công nhân phải nhập viện": the toll of one incident
// named inside the sentence, right after its "làm".
const ONE_INCIDENT_TOLL = new RegExp(String.raw`(?<![\p{L}\p{M}\d.,])(?:một|1) vụ ${INCIDENTS}(?![\p{L}\p{M}])[^.;\n]*(?<![\p{L}\p{M}])làm(?: cho)? $`, 'u');

/** The number is what one incident, named earlier in its sentence, did ("một vụ ngộ độc … làm 23 công nhân …"). */
export function isOneIncidentToll(lower: string, sentenceStart: number, numberStart: number): boolean {
  if (!lower.endsWith('làm ', numberStart) && !lower.endsWith('làm cho ', numberStart)) return false;
  return ONE_INCIDENT_TOLL.test(lower.slice(Math.max(sentenceStart, numberStart - 160), numberStart));
}
// Titles, and what only an official does to a district's figures ("Ông Nguyễn Minh Lâm yêu cầu: "… phấn đấu thu ngân
// sách đạt từ 1.100 tỉ đồng trở lên"").
const OFFICIAL = /(?<![\p{L}\p{M}])(?:chủ tịch|bí thư|giám đốc|trưởng|phó|bộ trưởng|thứ trưởng|đại diện|lãnh đạo|người phát ngôn|tổng cục|cục trưởng|ủy viên|đại biểu|yêu cầu|chỉ đạo|kết luận|phấn đấu)(?![\p{L}\p{M}])/u;

// "…; em Nguyễn Minh Khang, học sinh lớp 12A1, đạt 29,5 điểm": a clause of its own that opens on a named person.
const CLAUSE_PERSON = new RegExp(String.raw`^[\s"“(–-]*(?:ông|bà|anh|chị|cô|chú|em|cụ|cháu)\s+\p{Lu}[\p{Ll}'’]*(?:\s+\p{Lu}[\p{Ll}'’]*){1,3}`, 'u');

/** A clause after ";" that tells one named person's story (an official's words still report). */
export function isStoryClause(text: string, lower: string, clauseStart: number, clauseEnd: number): boolean {
  return CLAUSE_PERSON.test(text.slice(clauseStart, Math.min(clauseEnd, clauseStart + 60))) && !OFFICIAL.test(lower.slice(clauseStart, clauseEnd));
}

/** A share or a head count in a clause that tells a vote ("được 52/53 đại biểu có mặt tán thành", "tái đắc cử với 100%
 *  số phiếu"): the tally of one vote. */
export function isVoteTally(lower: string, clauseStart: number, clauseEnd: number, numberStart: number, end: number): boolean {
  if (!hasWholeWord(lower, VOTE_WORDS, clauseStart, clauseEnd)) return false;
  // The number counts voters or votes, or stands right after the vote ("…, chiếm 98,1%", "với tỷ lệ 100%"): a plan
  // passed by the vote ("biểu quyết thông qua … mục tiêu tăng trưởng 8%") keeps its figures.
  return VOTERS_AFTER.test(lower.slice(end, end + 16)) || VOTE_SHARE_BEFORE.test(lower.slice(Math.max(clauseStart, numberStart - 16), numberStart)) ||
    hasWholeWord(lower, VOTE_WORDS, Math.max(clauseStart, numberStart - 24), numberStart);
}
const VOTERS_AFTER = /^ (?:số )?(?:đại biểu|phiếu|số phiếu|cử tri)(?![\p{L}\p{M}])/u;
const VOTE_SHARE_BEFORE = /(?:với tỷ lệ|với|chiếm) $/u;

/** The sentences (by start offset) that tell a personal story or one incident, so their figures are dropped. */
export interface StorySentences {
  has(sentenceStart: number): boolean;
}

// A sentence's verdict: judged on its own words, or (a bare "Ông", "Bà" opening it) the same as the sentence before.
const STORY = 1;
const NOT_STORY = 2;
const AS_BEFORE = 3;

/**
 * Sentences are judged when asked about: figures, periods and places stand in under half of them. A story carried on
 * by a bare pronoun needs the sentences before it, which are then judged too (each at most once).
 */
export function anecdoteSentences(text: string, lower: string, sentenceStarts: readonly number[]): StorySentences {
  const verdicts = new Uint8Array(sentenceStarts.length);
  const judge = (i: number): boolean => {
    // Back to a sentence judged already or on its own words, then the ones that carry its verdict on.
    let j = i;
    while (j >= 0 && verdicts[j] === 0) {
      const own = ownVerdict(text, lower, sentenceStarts[j]!, sentenceStarts[j + 1] ?? text.length);
      if (own !== AS_BEFORE) {
        verdicts[j] = own;
        break;
      }
      j--;
    }
    const carried = j >= 0 && verdicts[j] === STORY ? STORY : NOT_STORY;
    for (let k = j + 1; k <= i; k++) verdicts[k] = carried;
    return verdicts[i] === STORY;
  };
  return {
    has(sentenceStart) {
      if (sentenceStarts.length === 0) return false;
      const i = segmentIndex(sentenceStarts, sentenceStart);
      return sentenceStarts[i] === sentenceStart && (verdicts[i] === 0 ? judge(i) : verdicts[i] === STORY);
    },
  };
}

function ownVerdict(text: string, lower: string, start: number, end: number): typeof STORY | typeof NOT_STORY | typeof AS_BEFORE {
  const sentence = lower.slice(start, end);
  if (sentence.includes('vụ ') && INCIDENT_HEAD.test(sentence.slice(0, 80))) return STORY;
  if (sentence.includes('chiếc ') && ONE_VEHICLE_HEAD.test(sentence.slice(0, 60))) return STORY;
  // Each cheap test once per sentence; the event hint only when asked.
  const person = mentionsPerson(lower, start, end);
  let event: boolean | undefined;
  const eventHint = () => (event ??= EVENT_HINT.test(sentence));
  // Most sentences name nobody and no incident: nothing to test.
  if (!person && !eventHint()) return carriesOn(sentence) ? AS_BEFORE : NOT_STORY;
  const head = text.slice(start, Math.min(end, start + 120));
  if (SPEAKER.test(head)) return NOT_STORY;
  if (eventHint() && ONE_EVENT.test(sentence)) return STORY;
  if (NAMED_PERSON.test(head)) return reports(sentence) ? NOT_STORY : STORY;
  if (person && VILLAGER.test(text.slice(start, Math.min(end, start + 400)))) return reports(sentence) ? NOT_STORY : STORY;
  // "Ông cho biết …" carries on the story before it, if there is one.
  return PRONOUN_START.test(head) || carriesOn(sentence) ? AS_BEFORE : NOT_STORY;
}

// "ông Lê Văn Hòa, 56 tuổi, Trưởng trạm Y tế xã Bình Minh, chia sẻ trạm … mỗi ngày khám khoảng 40 lượt bệnh nhân": the
// head of a hamlet, a street group or a health station tells his own place's day, not a report.
const GRASSROOTS_HEAD = /(?<![\p{L}\p{M}])(?:phó )?(?:trưởng (?:thôn|ấp|khóm|bản|xóm|buôn|khu phố|trạm y tế|trạm)|(?:tổ|thôn|ấp|xóm|bản) trưởng)(?![\p{L}\p{M}])/gu;

/** An official speaks (the sentence reports), unless the only title is a grassroots head's (with or without an age:
 * "Ông Lê Văn Chín, Tổ trưởng tổ dân phố 7, … cho biết tổ có 210 hộ" tells his own street's day). */
function reports(sentence: string): boolean {
  if (!OFFICIAL.test(sentence)) return false;
  if (!sentence.includes('trưởng')) return true;
  return OFFICIAL.test(sentence.replace(GRASSROOTS_HEAD, ' '));
}

const PERSON_WORD = /(?:ông|bà|anh|chị|cô|chú|em|cụ|cháu) /u;
// "“Ghe của chùa tôi dài 27 m…”", "Tôi được xã hỗ trợ 1 triệu đồng": a speaker's own "tôi" at the head of a sentence
// goes on with whoever spoke before — a villager's story stays one, an official's "Tôi đề nghị …" stays a report.
const FIRST_PERSON_HEAD = /^[^.;:]{0,30}(?<![\p{L}\p{M}]|chúng )tôi(?![\p{L}\p{M}])/u;
// "Năm nay, gia đình thu hoạch hơn 20 tấn bưởi": the family of the story before, named by no one's name.
const FAMILY_HEAD = /^[\s"“(–-]*(?:(?:nay|hiện nay|hiện|năm nay|năm qua|mỗi năm|vụ này|vụ rồi),?\s+)?gia đình (?!(?:nào|chính sách|có công|văn hóa|văn hoá|thế hệ|liệt sĩ)(?![\p{L}\p{M}]))/u;

// "Nhà bà được xã hỗ trợ 5 triệu đồng": the household of the person before ("nhà" + a bare pronoun, no name).
const HOUSEHOLD_HEAD = /^[\s"“(–-]*nhà (?:ông|bà|anh|chị|cô|chú|cụ|em)(?![\p{L}\p{M}]| \p{Lu})/u;
// "“Đường rộng thì con cháu đi học…”, ông Út cười.": a quote said by a bare title and first name goes on with whoever
// the sentence before was about (an official's quote after an official's report stays a report).
const QUOTE_SAID_BY = /^[\s"“]*[“"][^”"]{8,}[”"],? (?:ông|bà|anh|chị|cô|chú|cụ|em) [\p{L}\p{M}]+(?: [\p{L}\p{M}]+)? (?:nói|cười|kể|chia sẻ|tâm sự|bộc bạch|cho biết|nhớ lại)[.!]?\s*$/u;

// "Chị Lan … có con trai 7 tuổi đang nằm điều trị. “Cháu sốt cao 3 ngày, …. Khu trọ nhà tôi có 6 phòng thì 4 phòng có
// người bệnh”, chị Lan kể.": a quotation that opens a sentence is said by whoever the sentence before was about.
const OPENS_QUOTE = /^\s*[“"]/u;

// "Thôn đã huy động 60 thanh niên, 3 máy xúc …" after a hamlet head's story: the hamlet, unnamed, is the one before.
const HAMLET_HEAD = /^[\s"“(–-]*(?:thôn|ấp|khóm|xóm|bản|buôn|trạm) (?:đã|đang|cũng|vừa|còn|có|hiện)(?![\p{L}\p{M}])/u;

function carriesOn(sentence: string): boolean {
  return OPENS_QUOTE.test(sentence) || FIRST_PERSON_HEAD.test(sentence) || (sentence.includes('gia đình') && FAMILY_HEAD.test(sentence)) ||
    (sentence.includes('nhà ') && HOUSEHOLD_HEAD.test(sentence)) || QUOTE_SAID_BY.test(sentence) ||
    HAMLET_HEAD.test(sentence);
}

/** A cheap test before the costly one: most sentences name nobody. */
function mentionsPerson(lower: string, start: number, end: number): boolean {
  return PERSON_WORD.test(lower.slice(start, Math.min(end, start + 400)));
}
