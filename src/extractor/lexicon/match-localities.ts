// Finds places in normalised, lowercased text: explicit ones ("tỉnh bến tre", "tp. bến tre", "tx.cai lậy",
// "huyện ủy đức hòa", "phường 1", "xã mỹ an", "cả nước"), bare names ("bến tre", "cai lậy") with the units they
// may denote, and generic references to a level ("thị xã", "toàn tỉnh", "huyện ủy") for the caller to map to the
// article's own unit. One pass over the tokens; the tries are built when the module loads.
import { LOCALITY_UNITS, nameKeys, type LocalityUnit } from './gazetteer.ts';
import { VERB_AFTER_NUMBERED_NAME } from './numbered-name-verbs.ts';
import { listLevelBefore } from './common-word-name-in-list.ts';
import type { CommuneType, LocalityLevel, UnitType } from './localities.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { SEP_BREAK, SEP_COMMA, SEP_JOIN, SEP_NUM, SEP_SPACE, streamFor, tokenText, tokenize, type TokenStream } from './tokenize.ts';

export interface LocalityCandidate {
  /** Canonical spelling: "thị xã Cai Lậy". */
  name: string;
  /** The unit's type word. */
  level: UnitType;
  /** Districts: canonical name of the province. */
  province?: string;
  from?: string;
  until?: string;
}

export interface LocalityMention {
  /** Offsets into the string given, [start, end). */
  start: number;
  end: number;
  kind: 'explicit' | 'bare' | 'generic';
  /** Explicit: the canonical spelling for Figure.locality ("tỉnh Bến Tre", "thị xã Cai Lậy", "xã Mỹ An", "cả nước"). */
  name?: string;
  /** Explicit and generic: the type word of the unit ("thị xã", "tỉnh", "xã", "cả nước"). Absent on bare names. */
  level?: LocalityLevel;
  /** Generic "thành phố" / "thành ủy": may also mean a centrally-run city. */
  alsoLevels?: LocalityLevel[];
  /** Explicit districts: their province when the name (or a following "tỉnh X") tells it. */
  province?: string;
  /** Explicit communes: false when the name is not in the gazetteer (it has no communes; they are read by pattern). */
  known?: boolean;
  bare?: true;
  generic?: true;
  /**
   * Set when the words name a body of the unit rather than the place ("tỉnh ủy", "thị ủy", "UBND tỉnh"):
   * "chỉ tiêu Tỉnh ủy giao" is a target set by the province, not a figure of the province.
   */
  organ?: true;
  /**
   * A commune named in a list after a plural type word ("các xã Mỹ Thọ, Mỹ Lợi và Mỹ Chánh lần lượt đạt…"): it owns
   * the k-th figure after "lần lượt", not the figures of its sentence.
   */
  listed?: true;
  /** Bare names, and explicit names that several units share: every unit the name may denote. */
  candidates?: LocalityCandidate[];
}

interface TypeWord {
  /** Unit types the word introduces. */
  types: readonly (UnitType | CommuneType)[];
  /** "tp", "tx": may be followed by a dot; "h", "q": must be. */
  abbrev?: 'dot-optional' | 'dot-required';
  /** Whether the word alone refers to the current unit of its level ("thị xã", "huyện ủy"); never for xã/phường. */
  generic: boolean;
  /** "tỉnh ủy", "thành ủy", "thị ủy", "huyện ủy", "quận ủy": the party committee of the unit. */
  organ?: true;
}

const CITY = ['thành phố trực thuộc trung ương', 'thành phố'] as const;
const TYPE_WORDS: ReadonlyArray<[string, TypeWord]> = [
  ['tỉnh', { types: ['tỉnh'], generic: true }],
  ['tỉnh ủy', { types: ['tỉnh'], generic: true, organ: true }],
  ['thành phố', { types: CITY, generic: true }],
  ['thành ủy', { types: CITY, generic: true, organ: true }],
  ['tp', { types: CITY, abbrev: 'dot-optional', generic: false }],
  ['thị xã', { types: ['thị xã'], generic: true }],
  ['thị ủy', { types: ['thị xã'], generic: true, organ: true }],
  ['tx', { types: ['thị xã'], abbrev: 'dot-optional', generic: false }],
  ['huyện', { types: ['huyện'], generic: true }],
  ['huyện ủy', { types: ['huyện'], generic: true, organ: true }],
  // "Huyện đảo Cô Tô", "huyện đảo Lý Sơn": an island district is a district.
  ['huyện đảo', { types: ['huyện'], generic: true }],
  ['h', { types: ['huyện'], abbrev: 'dot-required', generic: false }],
  ['quận', { types: ['quận'], generic: true }],
  ['quận ủy', { types: ['quận'], generic: true, organ: true }],
  ['q', { types: ['quận'], abbrev: 'dot-required', generic: false }],
  ['xã', { types: ['xã'], generic: false }],
  ['phường', { types: ['phường'], generic: false }],
  ['thị trấn', { types: ['thị trấn'], generic: false }],
  ['đặc khu', { types: ['đặc khu'], generic: false }],
];

function buildTypeTrie(): PhraseTrie<TypeWord> {
  const trie = new PhraseTrie<TypeWord>();
  for (const [phrase, word] of TYPE_WORDS) trie.add(phrase, word);
  return trie;
}

function buildCountryTrie(): PhraseTrie<true> {
  const trie = new PhraseTrie<true>();
  // "kim ngạch xuất khẩu gạo của Việt Nam": the country as owner. (Bare "Việt Nam" ends the names of many bodies of a
  // province: "Ủy ban MTTQ Việt Nam tỉnh", "Ngân hàng Chính sách xã hội Việt Nam".)
  // "Tính chung 9 tháng, GDP tăng 7,85%": the gross domestic product is the country's (a province's is its GRDP), so a
  // national paragraph of a roundup headlined on one province is not that province's (gdp-is-national).
  // "kim ngạch xuất khẩu của nước ta đạt 391 tỷ USD": "our country" is the country (country-called-ours).
  // "tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam đạt 27,26 tỷ USD": what flows into the country is the country's
  // (into-the-country).
  for (const p of ['cả nước', 'toàn quốc', 'của việt nam', 'vào việt nam', 'gdp', 'nước ta']) trie.add(p, true);
  return trie;
}

// Names that are also everyday words or a person's name: never read bare ("thống nhất", "hòa bình", "Hồ Chí Minh").
const NO_BARE = new Set([
  'hồ chí minh', 'sài gòn', 'hn', 'hcm', 'thống nhất', 'hòa bình', 'kế sách', 'đại từ', 'lương tài', 'duyên hải',
  'bình minh', 'năm căn', 'chợ mới', 'tam nông', 'thanh bình', 'bác ái', 'phú quý', 'thanh xuân', 'phúc thọ',
  'hai bà trưng', 'ngô quyền', 'lê chân', 'trần văn thời', 'hoàng mai', 'hoàng sa', 'trường sa', 'yên bình',
  'vĩnh cửu', 'đất đỏ', 'cờ đỏ', 'vũ quang', 'lý nhân', 'tân yên', 'an lão', 'tây sơn', 'đông sơn',
  'quang bình', 'thái hòa', 'đông hòa', 'phú hòa', 'sông cầu',
]);
// One-syllable names are read bare only when they cannot be a common word.
const ONE_SYLLABLE_BARE = new Set(['huế', 'pleiku', 'kbang', 'tphcm', 'đakrông', 'mđrắk']);
// Aliases that carry their own type word.
const EXPLICIT_ALIASES = new Set(['tphcm']);
// A bare name right after these is a person's name, a river, a street, a bridge…
const SURNAMES = new Set([
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương',
  'lý', 'đào', 'đoàn', 'vương', 'trịnh', 'trương', 'lâm', 'phùng', 'mai', 'tô', 'tạ', 'lưu', 'thái', 'cao', 'đinh',
]);
const NOT_AFTER = new Set([
  ...SURNAMES,
  'văn', 'thị', 'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'em', 'cháu', 'thầy', 'cụ', 'chí', 'đc',
  'sông', 'cầu', 'đường', 'phố', 'lộ', 'kênh', 'rạch', 'núi', 'hồ', 'vịnh', 'mũi', 'chợ', 'bến', 'cảng', 'ga', 'đảo',
  'hẻm', 'ngõ', 'đèo', 'suối', 'ấp', 'khóm', 'thôn', 'xóm', 'bản', 'buôn', 'làng',
  // A battle or a campaign named for where it was fought: "Chiến thắng Điện Biên Phủ", "Chiến dịch Hồ Chí Minh".
  'thắng', 'dịch',
  // Goods named for where they come from: "dưa hấu Long An giảm còn 12.000 đồng/kg", "bưởi Bến Tre", "chè Thái Nguyên".
  'hấu', 'bưởi', 'xoài', 'nhãn', 'vải', 'chè', 'mắm', 'kẹo', 'nếp',
]);
// A word of NOT_AFTER that ends the name of a kind of region ("miền núi", "vùng núi"), not a mountain's: → the word before.
const REGION_BEFORE: ReadonlyMap<string, string> = new Map([['núi', 'miền']]);
const NOT_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['thái bình', new Set(['dương'])],
  ['đồng tháp', new Set(['mười'])],
  ['an dương', new Set(['vương'])],
]);
// Words before a level word that make it a count or a class rather than a reference: "các xã", "3 huyện", "cấp huyện".
const QUANTIFIERS = new Set([
  'các', 'những', 'mỗi', 'từng', 'cấp', 'số', 'nhiều', 'liên', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám',
  'chín', 'mười', 'lên', 'giữa', 'vài', 'mọi',
]);
// Words that end a commune name, or cannot be part of one.
const NAME_STOP = new Set([
  'và', 'có', 'đạt', 'được', 'đã', 'đang', 'sẽ', 'là', 'của', 'với', 'thuộc', 'trên', 'trong', 'tại', 'ở', 'huyện',
  'thị', 'tỉnh', 'tp', 'tx', 'xã', 'phường', 'năm', 'về', 'đến', 'cho', 'để', 'bị', 'gồm', 'nay', 'vào',
  'từ', 'theo', 'nhằm', 'cũng', 'vẫn', 'còn', 'không', 'chưa', 'này', 'đó', 'khi', 'mà', 'nên', 'thì', 'như', 'hiện',
  'tổ', 'ấp', 'khu', 'thôn', 'bản', 'giáp', 'cùng', 'hay', 'hoặc', 'do', 'vì', 'qua', 'sau', 'trước', 'ngày', 'tháng',
  'quý', 'xây', 'mới', 'chuẩn', 'nông', 'điểm', 'nghèo', 'khó', 'vùng', 'ven', 'biển', 'núi', 'bãi', 'ngang', 'lại',
  'đối', 'đặc', 'biệt', 'điển', 'hình', 'các', 'những', 'một', 'hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín',
  'mười', 'trọng', 'kiểu', 'mẫu', 'đô', 'văn', 'hóa', 'anh', 'hùng', 'an toàn', 'tiếp', 'giáp', 'ra', 'lên',
  'thẩm', 'trình', 'xét', 'thực', 'triển', 'phối', 'kiểm', 'quản', 'tiến', 'phải', 'nào', 'ấy', 'đây',
]);
// Syllables a commune name may use: every syllable of the gazetteer's names plus common ones of commune names.
function buildNameSyllables(): ReadonlySet<string> {
  const set = new Set(
    'an bình phú mỹ tân long hòa thạnh phước hưng thuận lợi nhơn phong hội tây đông nam bắc trung thới khánh lộc lương quới hựu tường định hiệp đức thành vĩnh thịnh sơn giang hải xuân thủy lạc lâm quang minh hiếu nghĩa nhuận thắng lập điền trạch thọ phúc hữu đạo chánh tú cường trinh chí đa ngãi hiển trị thới hào kiệt tấn lễ nhì nhất tam tứ ngũ hanh yên cư hoa hương mai đào châu bảo kim ngọc trà thanh sa gia tiên tân hạnh thông tín tài dân quý phụng'.split(' '),
  );
  for (const u of LOCALITY_UNITS) for (const t of tokenize(u.name.toLowerCase())) if (!/\d/.test(t.text)) set.add(t.text);
  for (const w of NAME_STOP) set.delete(w);
  return set;
}

interface NamePayload {
  key: string;
  syllables: number;
  units: readonly LocalityUnit[];
}

function buildNameTrie(): PhraseTrie<NamePayload> {
  const trie = new PhraseTrie<NamePayload>();
  for (const [key, units] of nameKeys()) trie.add(key, { key, syllables: tokenize(key).length, units });
  return trie;
}

// Built on first use, so that a page that never extracts pays nothing.
let TYPE_TRIE: PhraseTrie<TypeWord>;
let COUNTRY_TRIE: PhraseTrie<true>;
let NAME_TRIE: PhraseTrie<NamePayload>;
let NAME_SYLLABLES: ReadonlySet<string>;
let built = false;
function ensureBuilt(): void {
  if (built) return;
  TYPE_TRIE = buildTypeTrie();
  COUNTRY_TRIE = buildCountryTrie();
  NAME_TRIE = buildNameTrie();
  NAME_SYLLABLES = buildNameSyllables();
  built = true;
}

function candidate(u: LocalityUnit): LocalityCandidate {
  const c: LocalityCandidate = { name: u.canonical, level: u.type };
  if (u.province !== undefined) c.province = u.province;
  if (u.from !== undefined) c.from = u.from;
  if (u.until !== undefined) c.until = u.until;
  return c;
}

// A constant: under tsx a literal with \p{…} outside a class is compiled as `new RegExp(…)` at each call.
const WORD_STARTS = /(^|\s)(\p{L})/gu;

function titleCase(name: string): string {
  return name.replace(WORD_STARTS, (_, pre: string, ch: string) => pre + ch.toUpperCase());
}

function gapText(ts: TokenStream, i: number): string {
  return i > 0 ? ts.source.slice(ts.end[i - 1]!, ts.start[i]!) : '';
}

// After "tp"/"tx" a dot or a space; after "h"/"q" a dot; after a full word a space.
function nameMayFollow(ts: TokenStream, nameIndex: number, word: TypeWord): boolean {
  if (nameIndex >= ts.count) return false;
  const sep = ts.sep[nameIndex]!;
  if (word.abbrev === undefined) return sep === SEP_SPACE;
  if (/^\.\s*$/.test(gapText(ts, nameIndex))) return true;
  return word.abbrev === 'dot-optional' && sep === SEP_SPACE;
}

/** The token before `i` when joined to it by a space or hyphen. */
function prevText(ts: TokenStream, i: number): string | undefined {
  if (i <= 0 || i >= ts.count) return undefined;
  const sep = ts.sep[i]!;
  if (sep !== SEP_SPACE && sep !== SEP_JOIN) return undefined;
  return tokenText(ts, i - 1);
}

/** The token at `i` when joined to the previous one by a space. */
function nextSpaced(ts: TokenStream, i: number): string | undefined {
  return i < ts.count && ts.sep[i] === SEP_SPACE ? tokenText(ts, i) : undefined;
}

function isQuantified(ts: TokenStream, i: number, depth = 0): boolean {
  const p = prevText(ts, i);
  // "Năm 2024 huyện được giao …": a year is no count of the units after it.
  if (p !== undefined && (QUANTIFIERS.has(p) || (/^\d/.test(p) && !(/^(?:19|20)\d\d$/.test(p) && prevText(ts, i - 1) === 'năm')))) return true;
  return depth < 4 && continuesCountedKinds(ts, i, depth);
}

// "Trong 10 huyện, thị xã, thành phố, huyện Tuần Giáo …", "các xã, phường và thị trấn": a kind of unit listed after a
// counted kind is counted with it — a class of units, not the one the text was speaking of.
function continuesCountedKinds(ts: TokenStream, i: number, depth: number): boolean {
  let end = i - 1;
  if (ts.sep[i] !== SEP_COMMA) {
    if (prevText(ts, i) !== 'và') return false;
    end = i - 2;
    if (end < 0 || (ts.sep[i - 1] !== SEP_SPACE && ts.sep[i - 1] !== SEP_COMMA)) return false;
  }
  // The longer kind first: "thị xã" before its last word "xã".
  for (let first = Math.max(0, end - 1); first <= end; first++) {
    const kind = TYPE_TRIE.longestAt(ts, first);
    if (kind !== undefined && kind.last === end && !kind.value.abbrev) return isQuantified(ts, first, depth + 1);
  }
  return false;
}

const TIME_UNITS = new Set(['tháng', 'năm', 'quý', 'ngày', 'tuần']);

/**
 * A commune's name: digits ("phường 1"; never a special zone's: "đặc khu 10 tháng") or 1–3 name syllables ending at punctuation, the text end or a stop word.
 * After "xã", which also starts everyday words, every syllable must be one that place names use; after "phường"
 * and "thị trấn", which nearly always precede a name, any syllable that is not a stop word will do.
 */
function communeName(ts: TokenStream, first: number, strict: boolean, numbered: boolean): number | undefined {
  if (first >= ts.count || ts.sep[first] !== SEP_SPACE) return undefined;
  // ("Chi ngân sách phường 6 tháng đầu năm": a number of months after the ward is a stretch of time, not its number.)
  // ("Diện tích cà phê toàn xã 9.850 ha": digits that go on after a thousands or decimal mark are an amount, not a number.)
  if (/^\d{1,2}$/.test(tokenText(ts, first))) {
    const next = first + 1 < ts.count ? first + 1 : undefined;
    const amount = next !== undefined && (ts.sep[next] === SEP_NUM || TIME_UNITS.has(tokenText(ts, next)));
    return numbered && !amount ? first : undefined;
  }
  for (let last = first; last < first + 3 && last < ts.count; last++) {
    const syllable = tokenText(ts, last);
    const plausible = strict ? NAME_SYLLABLES.has(syllable) : !NAME_STOP.has(syllable) && !/\d/.test(syllable);
    if (!plausible || (last > first && ts.sep[last] !== SEP_SPACE)) return undefined;
    const next = last + 1;
    if (next >= ts.count || ts.sep[next] !== SEP_SPACE || NAME_STOP.has(tokenText(ts, next))) return last;
  }
  return undefined;
}

/**
 * Where the page writes names with capitals, a commune's name is the run of capitalised syllables after its type
 * word, whatever they are ("Xã Tà Năng giảm…", "xã N'Thol Hạ xuống giống…"): 1–4 syllables followed by a lower-case
 * word or punctuation. A run that goes on (a heading in capitals) says nothing, and the syllable rules decide.
 */
const MAX_NAME = 4;

function capitalisedName(ts: TokenStream, first: number, cased: string, afterComma = false): number | undefined {
  const sep = first < ts.count ? ts.sep[first] : undefined;
  if (first >= ts.count || !(sep === SEP_SPACE || (afterComma && sep === SEP_COMMA)) || !startsUpper(cased, ts.start[first]!)) return undefined;
  if (/^\d/.test(tokenText(ts, first))) return undefined;
  // "xã NTM kiểu mẫu", "xã ATTP": an acronym after a word in lower or title case is a kind of commune, not its name.
  if (first > 0 && isAcronym(cased, ts.start[first]!, ts.end[first]!) && !isAcronym(cased, ts.start[first - 1]!, ts.end[first - 1]!)) return undefined;
  let last = first;
  while (last + 1 < ts.count && (ts.sep[last + 1] === SEP_SPACE || ts.sep[last + 1] === SEP_JOIN) && startsUpper(cased, ts.start[last + 1]!)) {
    last++;
    // "Chủ tịch UBND xã Tiểu Cần Kiên Thị Sa Rết", "xã Vĩnh Thạnh Nguyễn Văn Hùng": a person's name (a family name,
    // then "Thị" or "Văn", then a given name) right after the commune's ends the commune's name before it.
    if (last - first >= 3 && PERSON_MIDDLE.has(tokenText(ts, last - 1)) && ts.sep[last] === SEP_SPACE && ts.sep[last - 1] === SEP_SPACE) return last - 3;
    if (last - first >= MAX_NAME) return undefined;
  }
  return numberedSuffix(ts, last) ?? last;
}

/** "xã Đam Rông 2", "xã Bảo Lâm 3": communes formed in 2025 from one old name carry a single digit after it, which ends
 * the name (a bracket, a comma or a full stop follows); "xã Tà Năng 12 hộ" counts households. */
function numberedSuffix(ts: TokenStream, last: number): number | undefined {
  const n = last + 1;
  if (n >= ts.count || ts.sep[n] !== SEP_SPACE || !/^[1-9]$/.test(tokenText(ts, n))) return undefined;
  if (n + 1 >= ts.count || ts.sep[n + 1] === SEP_BREAK || ts.sep[n + 1] === SEP_COMMA) return n;
  // ("phường Hà Giang 1 tổ chức hội nghị …": the clause's verb right after the digit ends the name on it —
  // numbered-commune-before-verb.)
  return ts.sep[n + 1] === SEP_SPACE && verbOpensAt(ts, n + 1) ? n : undefined;
}

function verbOpensAt(ts: TokenStream, i: number): boolean {
  const first = tokenText(ts, i);
  if (!VERB_AFTER_NUMBERED_NAME.has(first)) return false;
  const seconds = VERB_AFTER_NUMBERED_NAME.get(first);
  return seconds === undefined || (i + 1 < ts.count && ts.sep[i + 1] === SEP_SPACE && seconds.includes(tokenText(ts, i + 1)));
}

// The middle word of a Vietnamese person's name.
const PERSON_MIDDLE = new Set(['thị', 'văn']);

function isAcronym(cased: string, start: number, end: number): boolean {
  const word = cased.slice(start, end);
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

// Lower-case words that may stand between "các xã" and the "là" before its list.
const WORDS_BEFORE_LIST = 8;

/** The "là" (or "như") within a few lower-case words after a plural type word ("các xã có diện tích lớn nhất là …",
 * "các xã vùng cao như Tân Hợp, Chiềng Khừa, … lần lượt là …"), if any. */
function copulaAfterType(ts: TokenStream, from: number, cased: string): number | undefined {
  for (let j = from; j < ts.count && j < from + WORDS_BEFORE_LIST; j++) {
    if (ts.sep[j] !== SEP_SPACE || startsUpper(cased, ts.start[j]!) || /^\d/.test(tokenText(ts, j))) return undefined;
    const word = tokenText(ts, j);
    if (word === 'là' || word === 'như') return j;
  }
  return undefined;
}

/** "các xã Mỹ Thọ, Mỹ Lợi và Mỹ Chánh": capitalised names joined by commas and "và", as [first, last] token pairs. */
function listedNames(ts: TokenStream, first: number, cased: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = first; out.length < 12; ) {
    const last = capitalisedName(ts, at, cased, out.length > 0);
    if (last === undefined) break;
    out.push([at, last]);
    const next = last + 1;
    if (next < ts.count && ts.sep[next] === SEP_COMMA) at = next;
    else if (next + 1 < ts.count && ts.sep[next] === SEP_SPACE && tokenText(ts, next) === 'và') at = next + 1;
    else break;
  }
  return out;
}

function startsUpper(cased: string, at: number): boolean {
  const ch = cased[at]!;
  return ch !== ch.toLowerCase();
}

function levelOfTypes(types: readonly (UnitType | CommuneType)[], units: readonly LocalityUnit[]): LocalityLevel {
  // "thành phố Huế" is a district city until 2024 and a centrally-run city after; the broader reading wins.
  for (const t of types) if (units.some((u) => u.type === t)) return t;
  return types[0]!;
}

function explicitUnits(payload: NamePayload, types: readonly (UnitType | CommuneType)[]): LocalityUnit[] {
  return payload.units.filter((u) => types.includes(u.type));
}

/**
 * Locality mentions in `lower` (normalised and lowercased by the caller), left to right, never overlapping.
 * Pass `tokens` from scanTokens(lower) to share one scan with findIndicatorMentions.
 */
export function findLocalityMentions(lower: string, tokens?: TokenStream, cased?: string): LocalityMention[] {
  ensureBuilt();
  const ts = streamFor(lower, tokens);
  const out: LocalityMention[] = [];
  for (let i = 0; i < ts.count; ) {
    // Most words start no place phrase: one look per trie instead of three matcher calls.
    const w = ts.word[i]!;
    if (!COUNTRY_TRIE.starts(w) && !TYPE_TRIE.starts(w) && !NAME_TRIE.starts(w)) {
      i++;
      continue;
    }
    const start = ts.start[i]!;
    const country = COUNTRY_TRIE.longestAt(ts, i);
    if (country !== undefined) {
      out.push({ start, end: ts.end[country.last]!, kind: 'explicit', name: 'cả nước', level: 'cả nước' });
      i = country.last + 1;
      continue;
    }
    const typeWord = TYPE_TRIE.longestAt(ts, i);
    if (typeWord !== undefined) {
      const word = typeWord.value;
      const nameAt = typeWord.last + 1;
      const kind = word.types[0]!;
      if (kind === 'xã' || kind === 'phường' || kind === 'thị trấn' || kind === 'đặc khu') {
        const refused = isQuantified(ts, i) || notCommune(ts, i, nameAt, cased);
        const person = !refused && isPersonAfterTitle(ts, i, nameAt);
        const capitalised = cased === undefined || refused || person ? undefined : capitalisedName(ts, nameAt, cased);
        // "Tổng chi ngân sách phường ước thực hiện …": on a page that writes names with capitals, a word in lower case
        // after "phường" or "thị trấn" is a name only if place names use it, as after "xã".
        const lowerCaseOnCasedPage = cased !== undefined && nameAt < ts.count && !startsUpper(cased, ts.start[nameAt]!);
        // "HĐND xã đề ra 22 chỉ tiêu", "xã đặt ra", "Lãnh đạo phường trực tiếp xuống địa bàn": where the page writes names
        // with capitals, a lower-case word after "xã", "phường" or "thị trấn" is what the unit does, never its name
        // (syllables like "đề", "trực" also occur in names).
        const verbAfterXa = kind !== 'đặc khu' && lowerCaseOnCasedPage && !/^\d/.test(tokenText(ts, nameAt));
        const last = capitalised ?? (refused || person || verbAfterXa ? undefined : communeName(ts, nameAt, kind === 'xã' || lowerCaseOnCasedPage, kind !== 'đặc khu'));
        let listed = last === undefined && cased !== undefined && isQuantified(ts, i) ? listedNames(ts, nameAt, cased) : [];
        // "Các xã có diện tích lúa lớn nhất là Công Thành, Đô Thành và Phúc Thành, lần lượt …": the list after a few
        // words in lower case and "là".
        if (last === undefined && cased !== undefined && listed.length < 2 && isQuantified(ts, i)) {
          const copula = copulaAfterType(ts, nameAt, cased);
          if (copula !== undefined) listed = listedNames(ts, copula + 1, cased);
        }
        if (last !== undefined) {
          const name = capitalised !== undefined ? cased!.slice(ts.start[nameAt]!, ts.end[last]!) : titleCase(lower.slice(ts.start[nameAt]!, ts.end[last]!));
          out.push({ start, end: ts.end[last]!, kind: 'explicit', name: `${kind} ${name}`, level: kind, known: false });
          i = last + 1;
        } else if (listed.length >= 2) {
          for (const [from, to] of listed) {
            out.push({ start: ts.start[from]!, end: ts.end[to]!, kind: 'explicit', name: `${kind} ${cased!.slice(ts.start[from]!, ts.end[to]!)}`, level: kind, known: false, listed: true });
          }
          i = listed[listed.length - 1]![1] + 1;
        } else {
          // "các cơ sở lưu trú trên đặc khu đạt 68%": a province holds one or two special zones, so the word alone is the
          // one spoken of, as "huyện" alone is (never "xã" or "phường" alone: a province has hundreds).
          if (kind === 'đặc khu' && !refused) out.push(genericMention(ts, i, typeWord.last, { ...word, generic: true }));
          i = typeWord.last + 1;
        }
        continue;
      }
      const named = nameMayFollow(ts, nameAt, word)
        ? NAME_TRIE.longestAt(ts, nameAt, (v) => explicitUnits(v, word.types).length > 0)
        : undefined;
      if (named !== undefined) {
        const units = explicitUnits(named.value, word.types);
        const level = levelOfTypes(word.types, units);
        const mention: LocalityMention = {
          start,
          end: ts.end[named.last]!,
          kind: 'explicit',
          name: units.find((u) => u.type === level)!.canonical,
          level,
        };
        const provinces = new Set(units.map((u) => u.province ?? u.canonical));
        if (provinces.size === 1) mention.province = [...provinces][0]!;
        if (isOrgan(ts, i, word)) mention.organ = true;
        if (units.length > 1) mention.candidates = units.map(candidate);
        out.push(mention);
        i = named.last + 1;
        continue;
      }
      if (word.generic && !isQuantified(ts, i) && !notGeneric(ts, i, typeWord.last)) {
        out.push(genericMention(ts, i, typeWord.last, word));
      }
      i = typeWord.last + 1;
      continue;
    }
    const bare = bareAt(ts, i);
    if (bare !== undefined) {
      if (bare.mention !== undefined) out.push(bare.mention);
      i = bare.last + 1;
      continue;
    }
    i++;
  }
  narrowByFollowingProvince(lower, out);
  return out;
}

// "xã hội", "xã giao", "xã viên", "hợp tác xã": the word xã that is not a commune.
const NOT_COMMUNE_NEXT = new Set(['hội', 'giao', 'viên', 'tắc']);
function notCommune(ts: TokenStream, first: number, nameAt: number, cased?: string): boolean {
  // "xã, phường, thị trấn": the levels listed, not one ward.
  if (first > 0 && ts.sep[first] !== undefined && ts.sep[first]! <= SEP_COMMA && tokenText(ts, first - 1) === 'xã') return true;
  if (tokenText(ts, first) !== 'xã') return false;
  const next = nameAt < ts.count ? tokenText(ts, nameAt) : undefined;
  return prevText(ts, first) === 'tác' || (next !== undefined && NOT_COMMUNE_NEXT.has(next) && !(cased !== undefined && namedLikeCommune(ts, nameAt, cased)));
}

// "Đảng ủy xã Hội Thịnh", "xã Giao Thủy": on a page that writes names with capitals, "Hội" or "Giao" opening a name of
// capitalised syllables is the commune's name, not "xã hội" or "xã giao" (a line in capitals says nothing).
function namedLikeCommune(ts: TokenStream, nameAt: number, cased: string): boolean {
  const after = nameAt + 1;
  return ts.sep[nameAt] === SEP_SPACE && startsUpper(cased, ts.start[nameAt]!) && !isAcronym(cased, ts.start[nameAt]!, ts.end[nameAt]!) &&
    after < ts.count && ts.sep[after] === SEP_SPACE && startsUpper(cased, ts.start[after]!) && !isAcronym(cased, ts.start[after]!, ts.end[after]!);
}

// "Chủ tịch UBND xã Nguyễn Thị Thu Hà cho biết": the official's name follows the unit's type word where the unit
// goes unnamed. A surname then "Thị" is a woman's name (no commune is called so); a surname then "Văn" is a man's
// only after an office ("phường Nguyễn Văn Cừ", "thị trấn Trần Văn Thời" are places named after people).
const OFFICE_BEFORE = new Set(['ubnd', 'hđnd', 'ủy', 'uỷ', 'mttq', 'ubmttq']);
function isPersonAfterTitle(ts: TokenStream, first: number, nameAt: number): boolean {
  if (nameAt + 2 >= ts.count || !SURNAMES.has(tokenText(ts, nameAt))) return false;
  const middle = tokenText(ts, nameAt + 1);
  if (middle === 'thị') return true;
  const office = prevText(ts, first);
  return middle === 'văn' && office !== undefined && OFFICE_BEFORE.has(office);
}

// "UBND tỉnh", "HĐND huyện", "Ủy ban nhân dân thị xã": a body of the unit.
const ORGAN_BEFORE = new Set(['ubnd', 'hđnd', 'ubmttq', 'mttq']);
function isOrgan(ts: TokenStream, first: number, word: TypeWord): boolean {
  if (word.organ) return true;
  const p = prevText(ts, first);
  if (p !== undefined && ORGAN_BEFORE.has(p)) return true;
  if (p !== 'dân' || first < 4) return false;
  const body = [first - 4, first - 3, first - 2].map((k) => tokenText(ts, k)).join(' ');
  return body === 'ủy ban nhân' || body === 'hội đồng nhân';
}

function notGeneric(ts: TokenStream, first: number, last: number): boolean {
  const nextJoined = nextSpaced(ts, last + 1);
  const head = tokenText(ts, first);
  // "thành phố trực thuộc trung ương", "thành phố thuộc tỉnh": a class of units, not one.
  if (head === 'thành' && (nextJoined === 'trực' || nextJoined === 'thuộc')) return true;
  // "tỉnh lộ", "huyện lộ": roads.
  if (nextJoined === 'lộ') return true;
  // "tỉnh táo", "thức tỉnh".
  if (head === 'tỉnh' && last === first && (nextJoined === 'táo' || prevText(ts, first) === 'thức')) return true;
  // "Thành ủy TP. Bến Tre": the explicit name that follows says it better.
  if (nextJoined !== undefined && TYPE_TRIE.longestAt(ts, last + 1) !== undefined) return true;
  return false;
}

function genericMention(ts: TokenStream, first: number, last: number, word: TypeWord): LocalityMention {
  // Take in the words that make a whole-unit reference: "toàn tỉnh", "trên địa bàn huyện", "đảng bộ thị xã".
  const before = (n: number): string | undefined => {
    if (first < n) return undefined;
    const words: string[] = [];
    for (let k = first - n; k < first; k++) {
      if (ts.sep[k + 1] !== SEP_SPACE) return undefined;
      words.push(tokenText(ts, k));
    }
    return words.join(' ');
  };
  let start = first;
  if (before(3) === 'trên địa bàn') start = first - 3;
  else if (before(2) === 'đảng bộ') start = first - 2;
  else if (before(1) === 'toàn') start = first - 1;
  const level = word.types[0]!;
  const m: LocalityMention = {
    start: ts.start[start]!,
    end: ts.end[last]!,
    kind: 'generic',
    generic: true,
    level: level === 'thành phố trực thuộc trung ương' ? 'thành phố' : level,
  };
  if (word.types.length > 1) m.alsoLevels = ['thành phố trực thuộc trung ương'];
  if (isOrgan(ts, first, word)) m.organ = true;
  return m;
}

const readsBare = (v: NamePayload) => !NO_BARE.has(v.key) && (v.syllables >= 2 || ONE_SYLLABLE_BARE.has(v.key));

// "khu vực Hòa Bình cũ", "khu vực Hòa Bình (cũ)": a name that is also a common word ("hòa bình", peace) is the former
// unit when "khu vực" stands before it and "cũ" after (former-area-common-word-name).
const readsFormerArea = (v: NamePayload) => v.syllables >= 2;

function formerAreaAt(ts: TokenStream, i: number) {
  if (prevText(ts, i) !== 'vực' || prevText(ts, i - 1) !== 'khu') return undefined;
  const m = NAME_TRIE.longestAt(ts, i, readsFormerArea);
  if (m === undefined || !NO_BARE.has(m.value.key)) return undefined;
  const next = m.last + 1 < ts.count ? tokenText(ts, m.last + 1) : undefined;
  const afterBracket = next === '(' && m.last + 2 < ts.count ? tokenText(ts, m.last + 2) : undefined;
  return next === 'cũ' || afterBracket === 'cũ' ? m : undefined;
}

function listItemAt(ts: TokenStream, i: number) {
  const m = NAME_TRIE.longestAt(ts, i, readsFormerArea);
  if (m === undefined || !NO_BARE.has(m.value.key)) return undefined;
  const level = listLevelBefore(ts, i);
  return level !== undefined && m.value.units.some((u) => u.type === level) ? m : undefined;
}

function bareAt(ts: TokenStream, i: number): { mention?: LocalityMention; last: number } | undefined {
  const m = NAME_TRIE.longestAt(ts, i, readsBare) ?? formerAreaAt(ts, i) ?? listItemAt(ts, i);
  if (m === undefined) return undefined;
  const prev = prevText(ts, i);
  // "núi Hướng Hóa" would be a mountain; "các huyện miền núi Hướng Hóa, Đakrông" are districts of the uplands.
  if (prev !== undefined && NOT_AFTER.has(prev) && !(REGION_BEFORE.has(prev) && REGION_BEFORE.get(prev) === prevText(ts, i - 1))) return undefined;
  // "Đồng Tháp Mười", "Thái Bình Dương": a region or an ocean; step over the whole of it.
  const next = nextSpaced(ts, m.last + 1);
  if (next !== undefined && NOT_BEFORE.get(m.value.key)?.has(next)) return { last: m.last + 1 };
  const start = ts.start[i]!;
  const end = ts.end[m.last]!;
  if (EXPLICIT_ALIASES.has(m.value.key)) {
    const u = m.value.units[0]!;
    return { mention: { start, end, kind: 'explicit', name: u.canonical, level: u.type, province: u.canonical }, last: m.last };
  }
  return { mention: { start, end, kind: 'bare', bare: true, candidates: m.value.units.map(candidate) }, last: m.last };
}

// "huyện Châu Thành, tỉnh Tiền Giang": the province right after an explicit district settles which one it is.
function narrowByFollowingProvince(lower: string, mentions: LocalityMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1]!;
    if (m.kind !== 'explicit' || m.province !== undefined || m.candidates === undefined) continue;
    if (next.kind !== 'explicit' || (next.level !== 'tỉnh' && next.level !== 'thành phố trực thuộc trung ương')) continue;
    if (!/^[\s,(–-]{0,4}$/.test(lower.slice(m.end, next.start))) continue;
    const inProvince = m.candidates.filter((c) => c.province === next.name);
    if (inProvince.length === 0) continue;
    m.province = next.name!;
    m.candidates = inProvince;
  }
}
