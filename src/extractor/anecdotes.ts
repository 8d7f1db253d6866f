// Figures in a story about one person ("Ông Trần Văn Tám … có 3 ao nuôi, lãi gần 800 triệu đồng") are not
// socio-economic results. Such sentences start with a named person, or continue one with a bare "Ông", "Bà"…
// An official speaking ("Ông Nguyễn Văn A, Chủ tịch UBND huyện, cho biết …") still reports.

const NAMED_PERSON = /^[\s"“(–-]*(?:Ông|Bà|Anh|Chị|Cô|Chú|Em|Cụ|Gia đình (?:ông|bà|anh|chị))\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}/u;
const PRONOUN_START = /^[\s"“(–-]*(?:Ông|Bà|Anh|Chị|Cô|Chú|Cụ)\s+(?!\p{Lu})/u;
const OFFICIAL = /(?<![\p{L}\p{M}])(?:chủ tịch|bí thư|giám đốc|trưởng|phó|bộ trưởng|thứ trưởng|đại diện|lãnh đạo|người phát ngôn|tổng cục|cục trưởng|ủy viên|đại biểu)(?![\p{L}\p{M}])/u;

/** Start offsets of sentences that tell a personal story, so their figures are dropped. */
export function anecdoteSentences(text: string, lower: string, sentenceStarts: readonly number[]): Set<number> {
  const out = new Set<number>();
  let inStory = false;
  sentenceStarts.forEach((start, i) => {
    const end = sentenceStarts[i + 1] ?? text.length;
    const head = text.slice(start, Math.min(end, start + 80));
    if (NAMED_PERSON.test(head)) {
      inStory = !OFFICIAL.test(lower.slice(start, end));
    } else if (!(inStory && PRONOUN_START.test(head))) {
      inStory = false;
    }
    if (inStory) out.add(start);
  });
  return out;
}
