// Figures in a story about one person ("Ông Trần Văn Tám … có 3 ao nuôi, lãi gần 800 triệu đồng") are not
// socio-economic results. Such sentences start with a named person, name a family or a villager by where they
// live, or continue a story with a bare "Ông", "Bà"… An official speaking ("Ông Nguyễn Văn A, Chủ tịch UBND huyện,
// cho biết …") or answering in an interview ("Ông Nguyễn Văn Nam: …") still reports.

import { titleNamesPlace } from './place-named-like-person.ts';
import { opensOnOneInvestor } from './one-investor.ts';
import { opensOnMemory } from './remembered-story.ts';
import { isWorksMilestoneSentence } from './works-milestone.ts';
import { oneProducer, type OneProducer } from './one-producer.ts';
import { segmentIndex } from './segments.ts';
import { VOTE_WORDS } from './vocabulary/cues.ts';
import { hasWholeWord } from './vocabulary/word-boundary.ts';
import { wordStartTest } from './vocabulary/word-start.ts';
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';

const NAME = String.raw`\p{Lu}[\p{Ll}'’]*(?:\s+\p{Lu}[\p{Ll}'’]*){0,3}`;
const TITLE = String.raw`(?:Ông|Bà|Anh|Chị|Cô|Chú|Em|Cụ|Thí sinh|Học sinh|Sinh viên|Nông dân|Ngư dân|Gia đình (?:ông|bà|anh|chị)|gia đình (?:ông|bà|anh|chị))`;
const LEAD_IN = String.raw`(?:(?:Như|Điển hình(?: là| như)?|Chẳng hạn(?: như)?|Trường hợp(?: của)?|Câu chuyện của|Với)\s+)?`;
// "Theo ông Sáu, năm nay vườn mai của ông có 1.000 gốc": a villager as the source (an official's title still reports).
// ("Học sinh Trường THPT Chuyên đạt 15 giải": a school's pupils, not one person.)
const NOT_A_PERSON = String.raw`(?!(?:Trường|Lớp|Khoa|Học viện|Đại học|Huyện|Tỉnh|Thành phố|Xã|Phường|Hợp tác xã|HTX)(?!\p{L})(?!\p{M}))`;
const NAMED_PERSON = new RegExp(String.raw`^[\s"“(–-]*(?:${LEAD_IN}${TITLE}|Theo (?:ông|bà|anh|chị|cô|chú|cụ))\s+${NOT_A_PERSON}${NAME}`, 'u');
const SPEAKER = new RegExp(String.raw`^[\s"“(–-]*${TITLE}\s+${NAME}\s*:`, 'u');
// "cô giáo Hoàng Thị Lan, 29 tuổi", "ngư dân Lê Văn Sáu (61 tuổi)": a calling between the title and the name; "già
// làng Y Thuôn năm nay đã 82 tuổi" (then "Già kể …" goes on with him).
const OCCUPATION = '(?:giáo|giáo viên|ngư dân|nông dân|công nhân|bác sĩ|y sĩ|y tá|thợ)';
const VILLAGER = new RegExp(String.raw`(?:gia đình|hộ) (?:ông|bà|anh|chị|cô|chú)\s+\p{Lu}|(?:ông|bà|anh|chị|cô|chú|em|cháu|thầy|già làng)(?: ${OCCUPATION})?\s+${NAME}\s*(?:[,(]|,? năm nay(?: đã)?)\s*\d{1,3} tuổi|(?:ông|bà|anh|chị|cô|chú)\s+${NAME}(?:,?\s+(?:\d+\s+tuổi,?\s+)?(?:ở|ngụ|trú|tại|người)\s+|\s*\(\s*)(?:ở\s+)?(?:thôn|ấp|buôn|bản|xóm|xã|khóm|tổ|phường|làng|khu phố)`, 'u');
// What every VILLAGER match holds besides its age ("tuổi"): a family or household then a title, or where one lives.
// Tried first because it is cheap: without \p{…} classes V8 scans a sentence several times faster (a sentence that
// names a person runs VILLAGER at ~10 ns a character).
const VILLAGER_HINT = /(?:gia đình|hộ) (?:ông|bà|anh|chị|cô|chú)\s|(?:ở|ngụ|trú|tại|người|\()\s*(?:ở\s+)?(?:thôn|ấp|buôn|bản|xóm|xã|khóm|tổ|phường|làng|khu phố)/;
// "Có anh nông dân ở xã Ea Phê nói với tôi, nhà anh 2 ha cà phê …", "…, có cụ bà ở thôn 3 hiến 500 m2 đất vườn": someone
// unnamed, introduced by where they live, tells one household's story.
const UNNAMED_VILLAGER = /(?:^|[\s,;:“"(])có (?:một |1 )?(?:anh|chị|ông|bà|cụ|bác|cô|chú|em|gia đình|người)(?: [\p{L}\p{M}]+){0,2} (?:ở|tại|ngụ) (?:thôn|ấp|buôn|bản|xã|xóm|làng|khóm|tổ)(?!\p{L})(?!\p{M})/u;
// Where that someone lives, as every UNNAMED_VILLAGER match writes it: a cheap test first (see VILLAGER_HINT).
const UNNAMED_VILLAGER_HINT = /(?:ở|tại|ngụ) (?:thôn|ấp|buôn|bản|xã|xóm|làng|khóm|tổ)/;
// "Năm 2022, ông hiến 300 m2 đất": a year opening the sentence still goes on with the person before; so does a
// stretch of the story's own ("Từ đầu năm đến nay, ông liên tiếp trúng 2 vụ lúa; vụ đầu năm lãi khoảng 35 triệu đồng/ha").
const PRONOUN_START = /^[\s"“(–-]*(?:(?:Nay|Hiện nay|Hiện|Năm nay|Mỗi năm|Trước đây|Đến nay|Từ đầu năm(?: đến nay)?|Năm (?:ngoái|rồi|qua)|Vụ (?:này|trước|vừa qua|rồi)|(?:Từ )?[Nn]ăm \d{4}),?\s+)?(?:gia đình\s+)?(?:Ông|Bà|Anh|Chị|Cô|Chú|Cụ|Già(?= (?:kể|nói|cười|bảo|nhớ|cho biết|tâm sự))|ông|bà|anh|chị)\s+(?!\p{Lu})/u;
// A clock time or a road milestone marks one incident ("Khoảng 14 giờ ngày 14/11, tại km 12 Quốc lộ 1A, … làm 2
// người chết"): a news event, not a statistic. (Not a rate per square kilometre: "mật độ dân số 1.392 người/km2".)
const ONE_EVENT = /(?<![\p{L}\p{M}])(?:(?:khoảng|lúc|vào lúc|vào khoảng) \d{1,2} ?(?:giờ|h)(?:\s?\d{1,2})?|(?<![\d/]\s?)km ?\d+(?!\d*\s*(?:m2|²)))(?![\p{L}\p{M}\d])/u;
const EVENT_HINT = /\dh/;
// "Theo khảo sát lúc 8 giờ 30 phút, giá cà phê … ở mức 116.200 đồng/kg", "phiên giao dịch lúc 9 giờ": on a price page
// the clock time says when a price was taken, not when an incident happened. (A road milestone still marks one.)
const PRICE_QUOTED = /(?<![\p{L}\p{M}])giá(?!\p{L})(?!\p{M})(?:[^.;]|\.(?=\d))*?(?:đồng|usd)\/(?:kg|tấn|con|lít|chục|tạ)(?!\p{L})(?!\p{M})/u;
const MILESTONE = /(?<![\p{L}\p{M}\d/])km ?\d/u;
// "Vụ tai nạn làm 3 người chết, 5 người bị thương": a sentence whose subject is one incident (not "các vụ", "12 vụ").
const INCIDENTS = '(?:tai nạn|cháy|nổ|lật|va chạm|sạt lở|đuối nước|ngộ độc|tấn công|trộm|cướp)';
const INCIDENT_HEAD = new RegExp(String.raw`^[\s"“(–-]*(?:[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,3}, )?vụ ${INCIDENTS}(?!\p{L})(?!\p{M})`, 'u');
// "Điển hình, ngày 14/8, Đồn Biên phòng … bắt quả tang 2 đối tượng …", "Đáng chú ý là vụ cháy tại một công ty … gây thiệt
// hại khoảng 11 tỷ đồng": an example given after a tally, one day's case or one incident, is that case's story.
// (A day alone, "Ngày 3/5/2025, toàn tỉnh đón …", may open a daily tally: only "Điển hình," makes it an example.)
const EXAMPLE_HEAD = new RegExp(String.raw`^[\s"“(–-]*(?:điển hình(?: là| như)?,? (?:vào )?(?:(?:khoảng|lúc) [\dh ]{2,8})?ngày \d{1,2}[/-]\d{1,2}(?:[/-](?:19|20)\d\d)?[ ,]|(?:điển hình|đáng chú ý|cá biệt)(?: là| như)?,? (?:(?:một|1) )?vụ ${INCIDENTS}(?!\p{L})(?!\p{M}))`, 'u');
// "Một chiếc ghe chở 15 người bị lật trên sông Hậu, … cứu được 13 người": a sentence whose subject is one boat or one
// vehicle tells one incident.
const ONE_VEHICLE_HEAD = /^[\s"“(–-]*(?:[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,3}, )?(?:một|1) chiếc (?:ghe|xuồng|thuyền|tàu|ca nô|sà lan|xe|ô tô)(?!\p{L})(?!\p{M})/u;
// "Phòng Cảnh sát hình sự triệt phá một đường dây cá độ … với số tiền giao dịch khoảng 3,2 tỷ đồng, bắt giữ 6 đối tượng":
// one bust told, its sums and arrests are that case's. (A month's tally writes its busts with digits: "triệt phá 2
// đường dây, 5 ổ nhóm".)
const ONE_BUST = /(?<![\p{L}\p{M}])(?:triệt phá|bóc gỡ|đánh sập|phá)(?: thành công)? một (?:đường dây|ổ nhóm|băng nhóm|tụ điểm|sới bạc|vụ án|vụ)(?!\p{L})(?!\p{M})/u;
// Its verbs, looked for before the pattern (its leading lookbehind makes V8 try it at every character).
const BUST_VERBS = ['phá', 'bóc gỡ', 'đánh sập'];
// "…, tuy nhiên ngày 14/8, một vụ ngộ độc tại bếp ăn … đã làm 23 công nhân phải nhập viện": the toll of one incident
// named inside the sentence, right after its "làm".
const ONE_INCIDENT_TOLL = new RegExp(String.raw`(?<![\p{L}\p{M}\d.,])(?:một|1) vụ ${INCIDENTS}(?!\p{L})(?!\p{M})[^.;\n]*(?<![\p{L}\p{M}])làm(?: cho)? $`, 'u');

/** The number is what one incident, named earlier in its sentence, did ("một vụ ngộ độc … làm 23 công nhân …"). */
export function isOneIncidentToll(lower: string, sentenceStart: number, numberStart: number): boolean {
  if (!lower.endsWith('làm ', numberStart) && !lower.endsWith('làm cho ', numberStart)) return false;
  return ONE_INCIDENT_TOLL.test(lower.slice(Math.max(sentenceStart, numberStart - 160), numberStart));
}
// "…; trong đó có xe tải biển kiểm soát 37C-128.45 chở vượt 112% tải trọng cho phép": a clause that gives one vehicle's
// plate tells that vehicle.
const PLATE = /(?<![\p{L}\p{M}])(?:biển kiểm soát|biển số|bks):? ?\d{2}[a-zđ]{1,2}\d?[- ]?\d{3}\.?\d{2}(?!\d)/u;

/** The clause names one vehicle by its licence plate: its figures are that vehicle's. */
export function isOneVehicleClause(lower: string, clauseStart: number, clauseEnd: number): boolean {
  const clause = lower.slice(clauseStart, clauseEnd);
  return (clause.includes('biển') || clause.includes('bks')) && PLATE.test(clause);
}

// Titles, and what only an official does to a district's figures ("Ông Nguyễn Minh Lâm yêu cầu: "… phấn đấu thu ngân
// sách đạt từ 1.100 tỉ đồng trở lên""; "Ông Trần Văn Hùng đề nghị các ngành, các xã rà soát … (hiện có 7/24 xã)").
const OFFICIAL = wordStartTest(/(?<![\p{L}\p{M}])(?:chủ tịch|bí thư|giám đốc|trưởng|phó|chánh (?:văn phòng|thanh tra|án)|bộ trưởng|thứ trưởng|đại diện|lãnh đạo|người phát ngôn|tổng cục|cục trưởng|ủy viên|đại biểu|yêu cầu|chỉ đạo|kết luận|phấn đấu|đề nghị các (?:ngành|cấp|sở|xã|phường|địa phương|đơn vị|cơ quan))(?!\p{L})(?!\p{M})/u);

// "…; em Nguyễn Minh Khang, học sinh lớp 12A1, đạt 29,5 điểm": a clause of its own that opens on a named person.
const CLAUSE_PERSON = new RegExp(String.raw`^[\s"“(–-]*(?:ông|bà|anh|chị|cô|chú|em|cụ|cháu)\s+\p{Lu}[\p{Ll}'’]*(?:\s+\p{Lu}[\p{Ll}'’]*){1,3}`, 'u');

/** A clause after ";" that tells one named person's story (an official's words still report). */
export function isStoryClause(text: string, lower: string, clauseStart: number, clauseEnd: number): boolean {
  return CLAUSE_PERSON.test(text.slice(clauseStart, Math.min(clauseEnd, clauseStart + 60))) && !OFFICIAL.test(lower.slice(clauseStart, clauseEnd));
}

/** A share or a head count in a clause that tells a vote ("được 52/53 đại biểu có mặt tán thành", "tái đắc cử với 100%
 *  số phiếu"): the tally of one vote. */
export function isVoteTally(lower: string, clauseStart: number, clauseEnd: number, numberStart: number, end: number): boolean {
  if (!clauseSpeaksOfVote(lower, clauseStart, clauseEnd)) return false;
  // The number counts voters or votes, or stands right after the vote ("…, chiếm 98,1%", "với tỷ lệ 100%"): a plan
  // passed by the vote ("biểu quyết thông qua … mục tiêu tăng trưởng 8%") keeps its figures.
  return VOTERS_AFTER.test(lower.slice(end, end + 16)) || VOTE_SHARE_BEFORE.test(lower.slice(Math.max(clauseStart, numberStart - 16), numberStart)) ||
    hasWholeWord(lower, VOTE_WORDS, Math.max(clauseStart, numberStart - 24), numberStart);
}
// The figures of a clause are asked one after another: its answer is kept for the next one.
let lastClause = { lower: '', start: -1, end: -1, vote: false };

function clauseSpeaksOfVote(lower: string, start: number, end: number): boolean {
  const last = lastClause;
  if (last.lower === lower && last.start === start && last.end === end) return last.vote;
  const vote = hasWholeWord(lower, VOTE_WORDS, start, end);
  lastClause = { lower, start, end, vote };
  return vote;
}
const VOTERS_AFTER = /^ (?:số )?(?:đại biểu|phiếu|số phiếu|cử tri)(?!\p{L})(?!\p{M})/u;
const VOTE_SHARE_BEFORE = /(?:với tỷ lệ|với|chiếm) $/u;

/** The sentences (by start offset) that tell a personal story or one incident, so their figures are dropped. */
export interface StorySentences {
  has(sentenceStart: number): boolean;
}

// A sentence's verdict: judged on its own words, or (a bare "Ông", "Bà" opening it) the same as the sentence before.
const STORY = 1;
const NOT_STORY = 2;
const AS_BEFORE = 3;
// Names nobody and tells no incident: not a story, but no break in one either.
const NEUTRAL = 4;
// Carries on the sentence before; settled once that one is.
const PENDING = 5;

/**
 * Sentences are judged when asked about: figures, periods and places stand in under half of them. A story carried on
 * by a bare pronoun needs the sentences before it, which are then judged too (each at most once).
 */
export function anecdoteSentences(text: string, lower: string, sentenceStarts: readonly number[]): StorySentences {
  const verdicts = new Uint8Array(sentenceStarts.length);
  const producer = oneProducer(text, lower);
  const judge = (i: number): boolean => {
    // Back to a sentence judged already or on its own words, then the ones that carry its verdict on.
    // "… anh Giang (thôn An Phúc) cho hay … Rau cải là giống mới … Từ trồng rau, gia đình có thêm thu nhập …": one
    // sentence of the same paragraph that names nobody does not break the story it stands in. The blank between two
    // paragraphs says nothing either: a story told on in the next paragraph ("“Năm ngoái, gia đình tôi lãi …”, anh
    // Thắng nói") goes on across it. A blank is never a story of its own, so it keeps no verdict.
    let j = i;
    let skipped = 0;
    while (j >= 0) {
      if (isBlank(j)) {
        j--;
        continue;
      }
      if (verdicts[j] === 0) {
        const own = ownVerdict(text, lower, sentenceStarts[j]!, sentenceStarts[j + 1] ?? text.length, producer);
        if (own === AS_BEFORE) {
          verdicts[j] = PENDING;
          j--;
          continue;
        }
        verdicts[j] = own;
      }
      if (verdicts[j] === NEUTRAL && j < i && skipped === 0 && !text.slice(sentenceStarts[j]!, sentenceStarts[j + 1] ?? text.length).includes('\n')) {
        skipped++;
        j--;
        continue;
      }
      break;
    }
    const carried = j >= 0 && verdicts[j] === STORY ? STORY : NOT_STORY;
    for (let k = Math.max(0, j + 1); k <= i; k++) if (verdicts[k] === PENDING) verdicts[k] = carried;
    return verdicts[i] === STORY;
  };
  const isBlank = (k: number) => lower.slice(sentenceStarts[k]!, sentenceStarts[k + 1] ?? text.length).trim() === '';
  return {
    has(sentenceStart) {
      if (sentenceStarts.length === 0) return false;
      const i = segmentIndex(sentenceStarts, sentenceStart);
      if (sentenceStarts[i] !== sentenceStart) return false;
      // A sentence with a verdict is no blank (a blank keeps none): asked again for every place and period in it, it
      // is not cut out and trimmed again.
      if (verdicts[i] !== 0) return verdicts[i] === STORY;
      return !isBlank(i) && judge(i);
    },
  };
}

function ownVerdict(text: string, lower: string, start: number, end: number, producer: OneProducer): typeof STORY | typeof NOT_STORY | typeof AS_BEFORE | typeof NEUTRAL {
  const sentence = lower.slice(start, end);
  if (producer.tells(start, end)) return STORY;
  // Each head pattern reads only the sentence's opening, so its key word is looked for there.
  const opening = sentence.slice(0, 80);
  if (opening.includes('vụ ') && INCIDENT_HEAD.test(opening)) return STORY;
  if ((opening.includes('điển hình') || opening.includes('đáng chú ý') || opening.includes('cá biệt')) && EXAMPLE_HEAD.test(opening)) return STORY;
  if (opening.includes('chiếc ') && ONE_VEHICLE_HEAD.test(sentence.slice(0, 60))) return STORY;
  if (opening.includes('khoa') && TOP_SCORER_HEAD.test(opening)) return STORY;
  if (sentence.includes('một ') && BUST_VERBS.some((verb) => sentence.includes(verb)) && ONE_BUST.test(sentence)) return STORY;
  if (opensOnOneInvestor(sentence)) return STORY;
  if (opensOnMemory(sentence)) return reports(sentence) ? NOT_STORY : STORY;
  // Each cheap test once per sentence; the event hint only when asked.
  const person = mentionsPerson(lower, start, end);
  let event: boolean | undefined;
  const eventHint = () => (event ??= indexOfPhrase(sentence, 'giờ') >= 0 || sentence.includes('km') || EVENT_HINT.test(sentence));
  // Most sentences name nobody and no incident: nothing to test.
  if (!person && !eventHint()) return carriesOn(sentence) ? AS_BEFORE : NEUTRAL;
  const head = text.slice(start, Math.min(end, start + 120));
  if (SPEAKER.test(head)) return NOT_STORY;
  if (eventHint() && ONE_EVENT.test(sentence) && !isWorksMilestoneSentence(sentence) && !isPriceTaken(sentence)) return STORY;
  if (person && UNNAMED_VILLAGER_HINT.test(sentence) && UNNAMED_VILLAGER.test(sentence)) return reports(sentence) ? NOT_STORY : STORY;
  // ("Cô Tô đón 310.000 lượt khách": the island district, place-named-like-person.)
  if (NAMED_PERSON.test(head) && !titleNamesPlace(head)) return reports(sentence) ? NOT_STORY : STORY;
  if (person && namesVillager(text.slice(start, Math.min(end, start + 400)))) return reports(sentence) ? NOT_STORY : STORY;
  // "Ông cho biết …" carries on the story before it, if there is one.
  return PRONOUN_START.test(head) || carriesOn(sentence) ? AS_BEFORE : NOT_STORY;
}

// "ông Lê Văn Hòa, 56 tuổi, Trưởng trạm Y tế xã Bình Minh, chia sẻ trạm … mỗi ngày khám khoảng 40 lượt bệnh nhân": the
// head of a hamlet, a street group or a health station tells his own place's day, not a report.
const GRASSROOTS_HEAD = /(?<![\p{L}\p{M}])(?:phó )?(?:trưởng (?:thôn|ấp|khóm|bản|xóm|buôn|khu phố|trạm y tế|trạm)|(?:tổ|thôn|ấp|xóm|bản) trưởng)(?!\p{L})(?!\p{M})/gu;

// "Theo ông Thuỷ, cũng như gia đình anh Thắng, toàn xã hiện có 14 trang trại …", "Ông Minh cho biết, 9 tháng, toàn quốc
// xảy ra 8.161 vụ tai nạn …": a whole place as the subject of its clause is a statistic, whoever is cited for it.
const WHOLE_PLACE_SUBJECT = /(?<![\p{L}\p{M}])(?:(?:toàn|cả) (?:xã|phường|huyện|thị xã|thành phố|tỉnh|nước)|toàn quốc)(?: hiện| đã| cũng| vẫn)? (?:có|đạt|ước đạt|đón|thu|giảm|tăng|xảy ra|ghi nhận)(?!\p{L})(?!\p{M})/u;

// "Ông Nguyễn Văn Tâm cho biết, năm 2025 thu ngân sách trên địa bàn đạt …", "Theo ông Sơn, tỷ lệ hộ nghèo của huyện
// giảm còn 2,1%": measures only a public body keeps, cited from someone whose title the article gave before.
const PUBLIC_MEASURE = /(?<![\p{L}\p{M}])(?:thu ngân sách|chi ngân sách|tỷ lệ hộ nghèo|trên địa bàn|kim ngạch|vốn đầu tư công|tăng trưởng kinh tế|grdp)(?!\p{L})(?!\p{M})/u;

/** An official speaks, or a whole place is the subject (the sentence reports), unless the only title is a grassroots
 *  head's (with or without an age: "Ông Lê Văn Chín, Tổ trưởng tổ dân phố 7, … cho biết tổ có 210 hộ" tells his own
 *  street's day). */
function reports(sentence: string): boolean {
  if (WHOLE_PLACE_SUBJECT.test(sentence) || PUBLIC_MEASURE.test(sentence)) return true;
  if (!OFFICIAL.test(sentence)) return false;
  if (!sentence.includes('trưởng')) return true;
  return OFFICIAL.test(sentence.replace(GRASSROOTS_HEAD, ' '));
}

// (Without the u flag: words and a space only, matched the same, and V8 scans faster.)
const PERSON_WORD = /(?:ông|bà|anh|chị|cô|chú|em|cụ|cháu|thầy|già|thí sinh|học sinh|sinh viên|nông dân|ngư dân) /;
// "Thủ khoa của tỉnh đạt 54,5 điểm", "Hai á khoa cùng đạt 55,5 điểm": the best candidates' own scores.
const TOP_SCORER_HEAD = /^[\s"“(–-]*(?:[^,.;:\d]{1,40},\s+)?(?:(?:hai|ba|các|những) )?(?:thủ khoa|á khoa)(?!\p{L})(?!\p{M})/u;
// "“Ghe của chùa tôi dài 27 m…”", "Tôi được xã hỗ trợ 1 triệu đồng": a speaker's own "tôi" at the head of a sentence
// goes on with whoever spoke before — a villager's story stays one, an official's "Tôi đề nghị …" stays a report.
const FIRST_PERSON_HEAD = /^[^.;:]{0,30}(?<![\p{L}\p{M}]|chúng )tôi(?!\p{L})(?!\p{M})/u;
// "Năm nay, gia đình thu hoạch hơn 20 tấn bưởi": the family of the story before, named by no one's name.
// "Từ trồng rau, gia đình có thêm thu nhập …": after a short phrase set off by a comma too.
// "gia đình chính sách", "gia đình có công": classes of families, no one's in particular.
const FAMILY_CLASS = 'nào|chính sách|có công|văn hóa|văn hoá|thế hệ|liệt sĩ';
const FAMILY_HEAD = new RegExp(String.raw`^[\s"“(–-]*(?:[^,.;:\d]{1,30},\s+)?gia đình (?!(?:${FAMILY_CLASS})(?!\p{L})(?!\p{M}))`, 'u');
// "… cùng với vốn liếng của gia đình ông quyết định mua 8 con bò", "Vợ chồng anh đã vay vốn …", "trong gia trại của gia
// đình có …": the family of the story before, by a bare pronoun or none, anywhere in the sentence.
const FAMILY_OF_STORY = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:(?:gia đình|vợ chồng) (?:ông|bà|anh|chị|cô|chú)(?!\p{L})(?!\p{M})|của gia đình (?!(?:${FAMILY_CLASS}|người)(?!\p{L})(?!\p{M})))`, 'u');
// "Đến nay, đàn bò đã lên 5 con, gia đình vừa đăng ký ra khỏi danh sách hộ nghèo": a later clause whose subject is a bare
// "gia đình" doing something is the story's family too. So is the family that paid the rest of a cost ("…, Nhà nước hỗ
// trợ 40 triệu đồng, còn lại gia đình bán 2 con bò và vay thêm …").
const FAMILY_CLAUSE = new RegExp(String.raw`[,;]\s+(?:còn lại |phần còn lại )?gia đình (?!(?:${FAMILY_CLASS})(?!\p{L})(?!\p{M}))(?:đã|vừa|đang|cũng|còn|mới|được|có|bán|vay|tự)(?!\p{L})(?!\p{M})`, 'u');

// "Nhà bà được xã hỗ trợ 5 triệu đồng": the household of the person before ("nhà" + a bare pronoun, no name).
const HOUSEHOLD_HEAD = /^[\s"“(–-]*nhà (?:ông|bà|anh|chị|cô|chú|cụ|em)(?![\p{L}\p{M}]| \p{Lu})/u;
// "Chị Lan … có con trai 7 tuổi đang nằm điều trị. “Cháu sốt cao 3 ngày, …. Khu trọ nhà tôi có 6 phòng thì 4 phòng có
// người bệnh”, chị Lan kể.", "“Đường rộng thì con cháu đi học…”, ông Út cười.", "“Chuyến biển trước bão, 5 anh em đi
// 6 ngày được gần 2 tấn mực …": a quotation that opens a sentence, closed there or not, is said by whoever the sentence
// before was about (an official's quote after an official's report stays a report).
const OPENS_QUOTE = /^\s*[“"]/u;

// "Thôn đã huy động 60 thanh niên, 3 máy xúc …" after a hamlet head's story: the hamlet, unnamed, is the one before.
const HAMLET_HEAD = /^[\s"“(–-]*(?:thôn|ấp|khóm|xóm|bản|buôn|trạm) (?:đã|đang|cũng|vừa|còn|có|hiện)(?!\p{L})(?!\p{M})/u;
// "Trường có 11 lớp với 386 học sinh" after a teacher's story, "Năm 2025, homestay đón khoảng 4.200 lượt khách" after
// its owner's, "Mỗi năm dây chuyền làm ra khoảng 40 tấn" after the cooperative's: the one place or thing the story is
// about, named bare (no name, no count), goes on with it. So does "ở đây" ("Mỗi đêm nghỉ ở đây có giá …").
const ONE_PLACE_HEAD = /^[\s"“(–-]*(?:(?:năm \d{4}|năm nay|năm ngoái|năm rồi|mỗi năm|mỗi ngày|mỗi tháng|hiện nay|nay),?\s+)?(?:trường|lớp|homestay|trang trại|gia trại|vườn|ao|bè|tàu|xưởng|nhà xưởng|dây chuyền|nhà sơ chế|cơ sở|quán|cửa hàng) (?:đã |đang |cũng |vừa |còn |hiện |chỉ )?(?:có|đón|thu|làm ra|xử lý|sản xuất|bán|cho thu|tiêu thụ|nuôi|trồng)(?!\p{L})(?!\p{M})/u;
const HERE = /^[^.;]{0,40}(?<![\p{L}\p{M}])(?:ở|tại) đây(?!\p{L})(?!\p{M})/u;

// A sentence that closes a quote opened before ("Trang trại còn tạo việc làm cho 6 lao động …”, anh Thắng nói, …") is
// said by whoever the quote belongs to: it goes on with the sentence before.
const QUOTE_CLOSES = /^[^“”]*”/u;
// (Written with straight quotes, a close is told from an open by where it stands: the sentence's only quote mark, at its
// end — "… nay cả nhà yên tâm đón mùa mưa".)
const STRAIGHT_QUOTE_CLOSES = /^[^"“”]*"[.!?…]?\s*$/u;

// "Đến nay, trang trại của anh có 18 con bò", "Căn nhà 3 tầng của gia đình … trị giá gần 2 tỷ đồng": a thing owned by
// the person before, named by a bare pronoun (an official's sentence is judged on its own). After any short phrase set
// off by a comma too: "Từ đầu năm, tàu của ông đã ra khơi 9 chuyến".
const POSSESSED_HEAD = /^[\s"“(–-]*(?:(?:đến nay|nay|hiện nay|hiện|năm nay|năm ngoái|năm \d{4}),?\s+|[^,.;:\d]{1,30},\s+)?(?:[\p{L}\p{M}\d]+ ){1,5}của (?:anh|chị|ông|bà|cụ|em|cô|chú|gia đình)(?!\p{L})(?!\p{M})/u;
// Its owner, tested first: "của" alone opens a third of the heads.
const POSSESSOR_HINT = /của (?:anh|chị|ông|bà|cụ|em|cô|chú|gia đình)/;

// Asked of most sentences: each pattern only where its key word stands (most sentences hold none of them).
function carriesOn(sentence: string): boolean {
  const head = sentence.slice(0, 80);
  // (lastIndexOf: V8's forward search for ” looks for its higher byte, 0x20, and so stops at every space.)
  return OPENS_QUOTE.test(sentence) || (sentence.lastIndexOf('”') >= 0 && QUOTE_CLOSES.test(sentence)) || (sentence.includes('"') && STRAIGHT_QUOTE_CLOSES.test(sentence)) ||
    (POSSESSOR_HINT.test(head) && POSSESSED_HEAD.test(head) && !OFFICIAL.test(sentence)) ||
    (head.includes('tôi') && FIRST_PERSON_HEAD.test(sentence)) || (indexOfPhrase(sentence, 'gia đình') >= 0 && (FAMILY_HEAD.test(sentence) || FAMILY_OF_STORY.test(sentence) || FAMILY_CLAUSE.test(sentence))) ||
    (indexOfPhrase(sentence, 'vợ chồng') >= 0 && FAMILY_OF_STORY.test(sentence)) ||
    (head.includes('nhà ') && HOUSEHOLD_HEAD.test(sentence)) ||
    HAMLET_HEAD.test(sentence) || ONE_PLACE_HEAD.test(sentence) || (head.includes('đây') && HERE.test(sentence));
}

/** VILLAGER's test, behind its cheap hints. */
function namesVillager(window: string): boolean {
  return (indexOfPhrase(window, 'tuổi') >= 0 || VILLAGER_HINT.test(window)) && VILLAGER.test(window);
}

/** A cheap test before the costly one: most sentences name nobody. */
function mentionsPerson(lower: string, start: number, end: number): boolean {
  return PERSON_WORD.test(lower.slice(start, Math.min(end, start + 400)));
}

/** A sentence quoting a price per unit, with no road milestone: its clock time is when the price was taken. */
function isPriceTaken(sentence: string): boolean {
  return sentence.includes('giá') && !MILESTONE.test(sentence) && PRICE_QUOTED.test(sentence);
}
