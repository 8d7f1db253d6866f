// Figures in a story about one person ("Ông Trần Văn Tám … có 3 ao nuôi, lãi gần 800 triệu đồng") are not
// socio-economic results. Such sentences start with a named person, name a family or a villager by where they
// live, or continue a story with a bare "Ông", "Bà"… An official speaking ("Ông Nguyễn Văn A, Chủ tịch UBND huyện,
// cho biết …") or answering in an interview ("Ông Nguyễn Văn Nam: …") still reports.

const NAME = String.raw`\p{Lu}[\p{Ll}'’]*(?:\s+\p{Lu}[\p{Ll}'’]*){0,3}`;
const TITLE = String.raw`(?:Ông|Bà|Anh|Chị|Cô|Chú|Em|Cụ|Gia đình (?:ông|bà|anh|chị)|gia đình (?:ông|bà|anh|chị))`;
const LEAD_IN = String.raw`(?:(?:Như|Điển hình(?: là| như)?|Chẳng hạn(?: như)?|Trường hợp(?: của)?|Câu chuyện của|Với)\s+)?`;
const NAMED_PERSON = new RegExp(String.raw`^[\s"“(–-]*${LEAD_IN}${TITLE}\s+${NAME}`, 'u');
const SPEAKER = new RegExp(String.raw`^[\s"“(–-]*${TITLE}\s+${NAME}\s*:`, 'u');
const VILLAGER = new RegExp(String.raw`(?:gia đình|hộ) (?:ông|bà|anh|chị|cô|chú)\s+\p{Lu}|(?:ông|bà|anh|chị|cô|chú|em|cháu)\s+${NAME}\s*[,(]\s*\d{1,3} tuổi|(?:ông|bà|anh|chị|cô|chú)\s+${NAME},?\s+(?:\d+\s+tuổi,?\s+)?(?:ở|ngụ|trú|tại|người)\s+(?:ở\s+)?(?:thôn|ấp|buôn|bản|xã|khóm|tổ|phường|làng|khu phố)`, 'u');
const PRONOUN_START = /^[\s"“(–-]*(?:(?:Nay|Hiện nay|Hiện|Năm nay|Mỗi năm),?\s+)?(?:gia đình\s+)?(?:Ông|Bà|Anh|Chị|Cô|Chú|Cụ|ông|bà|anh|chị)\s+(?!\p{Lu})/u;
// A clock time or a road milestone marks one incident ("Khoảng 14 giờ ngày 14/11, tại km 12 Quốc lộ 1A, … làm 2
// người chết"): a news event, not a statistic.
const ONE_EVENT = /(?<![\p{L}\p{M}])(?:(?:khoảng|lúc|vào lúc|vào khoảng) \d{1,2} ?(?:giờ|h)(?:\s?\d{1,2})?|(?<!\d\s?)km ?\d+(?!\d*\s*(?:m2|²)))(?![\p{L}\p{M}\d])/u;
const EVENT_HINT = /giờ|km|\dh/;
// Titles, and what only an official does to a district's figures ("Ông Nguyễn Minh Lâm yêu cầu: "… phấn đấu thu ngân
// sách đạt từ 1.100 tỉ đồng trở lên"").
const OFFICIAL = /(?<![\p{L}\p{M}])(?:chủ tịch|bí thư|giám đốc|trưởng|phó|bộ trưởng|thứ trưởng|đại diện|lãnh đạo|người phát ngôn|tổng cục|cục trưởng|ủy viên|đại biểu|yêu cầu|chỉ đạo|kết luận|phấn đấu)(?![\p{L}\p{M}])/u;

/** Start offsets of sentences that tell a personal story or one incident, so their figures are dropped. */
export function anecdoteSentences(text: string, lower: string, sentenceStarts: readonly number[]): Set<number> {
  const out = new Set<number>();
  let inStory = false;
  sentenceStarts.forEach((start, i) => {
    const end = sentenceStarts[i + 1] ?? text.length;
    const sentence = lower.slice(start, end);
    // Each cheap test once per sentence; the event hint only when asked.
    const person = mentionsPerson(lower, start, end);
    let event: boolean | undefined;
    const eventHint = () => (event ??= EVENT_HINT.test(sentence));
    if (!person && !eventHint()) {
      // Most sentences name nobody and no incident: nothing to test.
      inStory = false;
      return;
    }
    const head = text.slice(start, Math.min(end, start + 120));
    if (SPEAKER.test(head)) {
      inStory = false;
    } else if (eventHint() && ONE_EVENT.test(sentence)) {
      inStory = true;
    } else if (NAMED_PERSON.test(head)) {
      inStory = !OFFICIAL.test(sentence);
    } else if (person && VILLAGER.test(text.slice(start, Math.min(end, start + 400)))) {
      inStory = !OFFICIAL.test(sentence);
    } else if (!(inStory && PRONOUN_START.test(head))) {
      inStory = false;
    }
    if (inStory) out.add(start);
  });
  return out;
}

const PERSON_WORD = /(?:ông|bà|anh|chị|cô|chú|em|cụ|cháu) /u;

/** A cheap test before the costly one: most sentences name nobody. */
function mentionsPerson(lower: string, start: number, end: number): boolean {
  return PERSON_WORD.test(lower.slice(start, Math.min(end, start + 400)));
}
