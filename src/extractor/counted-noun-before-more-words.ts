// "phấn đấu giảm 30 hộ nghèo trở lên", "giảm 45 hộ nghèo trong năm": the word or two after a counted unit that say what
// is counted ("hộ nghèo") may be followed by a bound or by more words. The counted noun is tried with two words, then
// with one when the second ends the noun, and its words do not keep a bound after them from the figure
// (counted-noun-before-more-words).

// (Letters only: a digit or a mark ends the noun.)
const NEXT_WORDS = /^ ([\p{L}\p{M}]+)(?: ([\p{L}\p{M}]+))?/u;
const REACH = 30;

// Words that end a noun phrase rather than go on naming it: a bound, a preposition, a conjunction, a verb ("1 xã NTM
// kiểu mẫu" goes on; "30 hộ nghèo trong năm", "30 hộ nghèo trở lên" end after "nghèo").
const ENDS_NOUN = new Set(['trở', 'trong', 'tại', 'ở', 'của', 'và', 'so', 'được', 'đạt', 'là', 'với', 'từ', 'đến', 'sau', 'khi',
  'do', 'vào', 'theo', 'bằng', 'chiếm', 'tăng', 'giảm', 'cho', 'nhưng', 'còn']);

/** The counted unit with the words after it, longest first ("hộ nghèo trong", then "hộ nghèo" when "trong" ends it). */
export function countedNounForms(lower: string, unit: string, end: number): string[] {
  const next = NEXT_WORDS.exec(lower.slice(end, end + REACH));
  if (!next) return [];
  if (!next[2]) return [`${unit} ${next[1]}`];
  const two = `${unit} ${next[1]} ${next[2]}`;
  return ENDS_NOUN.has(next[2]) ? [two, `${unit} ${next[1]}`] : [two];
}

// One or two words that go on naming the counted thing, then the bound; not a verb that sets a bar of its own ("12
// thôn đạt chuẩn trở lên").
const NOUN_REST_BEFORE_BOUND = /^(?!(?:đạt|có|được|là|từ|và|với|trên|dưới)\s)[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)? (?=trở (?:lên|xuống)(?!\p{L})(?!\p{M}))/u;

/** The words after a counted noun with the rest of the noun before "trở lên"/"trở xuống" cut off. */
export function withoutNounRest(text: string): string {
  return text.replace(NOUN_REST_BEFORE_BOUND, '');
}
