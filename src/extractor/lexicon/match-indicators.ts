// Finds indicator names in normalised, lowercased text. The trie is built once, when the module loads; a scan
// is one pass over the tokens, taking the longest phrase at each position (leftmost-longest), so
// "tỷ lệ hộ nghèo" beats "hộ nghèo" and "giá trị sản xuất nông nghiệp" beats "giá trị sản xuất".
import { INDICATORS, type IndicatorEntry } from './indicators.ts';
import { GAP_MARK, PhraseTrie } from './phrase-trie.ts';
import { normaliseKey, streamFor, tokenize, type TokenStream } from './tokenize.ts';

export interface IndicatorMention {
  /** Indicator id from FIGURES.md (or one the project added, see IndicatorEntry.added). */
  id: string;
  /** Offsets into the string given, [start, end). */
  start: number;
  end: number;
  /** Set when the phrase names the indicator only loosely ("xuất khẩu", "tội phạm"). */
  weak?: true;
  /** Set when the phrase had a gap that matched something: "xuất khẩu [28] lao động". The figure may sit there. */
  gap?: { start: number; end: number };
}

export interface LexiconPhrase {
  id: string;
  phrase: string;
  weak: boolean;
}

/** Expands "{a|b|}" alternatives; nested braces are not supported (and not needed). */
export function expandTemplate(template: string): string[] {
  const open = template.indexOf('{');
  if (open < 0) return [template.replace(/ {2,}/g, ' ').trim()];
  const close = template.indexOf('}', open);
  if (close < 0) throw new Error(`unbalanced braces in "${template}"`);
  const head = template.slice(0, open);
  const tail = template.slice(close + 1);
  return template
    .slice(open + 1, close)
    .split('|')
    .flatMap((alt) => expandTemplate(head + alt + tail));
}

// Papers write both "tỷ" and "tỉ" (and "tỷ lệ"/"tỉ lệ"); every phrase gets the other spelling too.
function spellingVariants(phrase: string): string[] {
  if (!phrase.includes('tỷ') && !phrase.includes('tỉ')) return [phrase];
  const out = new Set([phrase]);
  if (/(^|[^\p{L}])tỷ(?!\p{L})(?!\p{M})/u.test(phrase)) out.add(phrase.replace(/(^|[^\p{L}])tỷ(?!\p{L})(?!\p{M})/gu, '$1tỉ'));
  if (/(^|[^\p{L}])tỉ(?!\p{L})(?!\p{M})/u.test(phrase)) out.add(phrase.replace(/(^|[^\p{L}])tỉ(?!\p{L})(?!\p{M})/gu, '$1tỷ'));
  return [...out];
}

function entryPhrases(entry: IndicatorEntry): LexiconPhrase[] {
  const out: LexiconPhrase[] = [];
  const push = (templates: readonly string[] | undefined, weak: boolean): void => {
    for (const t of templates ?? []) {
      // The data is already lowercase with canonical tones (a unit test holds it to that), so no normalising here.
      for (const p of expandTemplate(t)) {
        for (const v of spellingVariants(p)) out.push({ id: entry.id, phrase: v, weak });
      }
    }
  };
  push(entry.phrases, false);
  push(entry.weakPhrases, true);
  return out;
}

/** Every phrase of the lexicon after expansion, in data order: what the matcher knows. */
export function lexiconPhrases(entries: readonly IndicatorEntry[] = INDICATORS): LexiconPhrase[] {
  return entries.flatMap(entryPhrases);
}

interface Payload {
  id: string;
  weak: boolean;
}

function buildTrie(): PhraseTrie<Payload> {
  const trie = new PhraseTrie<Payload>();
  for (const { id, phrase, weak } of lexiconPhrases()) {
    // The first entry to claim a phrase keeps it, except that a strong reading of the same id beats a weak one.
    trie.add(phrase, { id, weak }, (old) => old.id === id && old.weak && !weak);
  }
  return trie;
}

// Built on first use, so that a page that never extracts pays nothing.
let trie: PhraseTrie<Payload> | undefined;

/**
 * Indicator mentions in `lower` (normalised and lowercased by the caller), left to right, never overlapping.
 * Pass `tokens` from scanTokens(lower) to share one scan with findLocalityMentions.
 */
export function findIndicatorMentions(lower: string, tokens?: TokenStream): IndicatorMention[] {
  // Build before scanning: the scan numbers words by the vocabulary the tries create.
  const phrases = (trie ??= buildTrie());
  const ts = streamFor(lower, tokens);
  const out: IndicatorMention[] = [];
  for (let i = 0; i < ts.count; ) {
    const m = phrases.longestAt(ts, i);
    if (m === undefined) {
      i++;
      continue;
    }
    // Every field from the start: one object shape for the resolver's reads.
    const mention: IndicatorMention = { id: m.value.id, start: ts.start[m.first]!, end: ts.end[m.last]!, weak: undefined, gap: undefined };
    if (m.value.weak) mention.weak = true;
    if (m.gapFirst !== undefined && m.gapLast !== undefined) {
      mention.gap = { start: ts.start[m.gapFirst]!, end: ts.end[m.gapLast]! };
    }
    out.push(mention);
    i = m.last + 1;
  }
  return out;
}

function unitKey(unit: string): string {
  return tokenize(normaliseKey(unit))
    .map((t) => t.text)
    .join(' ');
}

const UNIT_HINTS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const entry of INDICATORS) {
    for (const t of entry.unitHints ?? []) {
      for (const p of expandTemplate(normaliseKey(t))) {
        for (const v of spellingVariants(p)) if (!map.has(unitKey(v))) map.set(unitKey(v), entry.id);
      }
    }
  }
  return map;
})();

/**
 * The indicator a unit alone suggests, for a unit as written after the number: "lượt khách" → tourist_arrivals,
 * "bác sĩ/vạn dân" → doctors_per_10k, "đảng viên mới" → new_party_members. Spacing and slashes do not matter.
 */
export function indicatorForUnit(unit: string): string | undefined {
  return UNIT_HINTS.get(unitKey(unit));
}

const BY_ID: ReadonlyMap<string, IndicatorEntry> = new Map(INDICATORS.map((e) => [e.id, e]));

export function indicatorById(id: string): IndicatorEntry | undefined {
  return BY_ID.get(id);
}

/** The id to use for a percentage figure: poor_households → poverty_rate, grdp → grdp_growth; else the id. */
export function percentVariantOf(id: string): string {
  return BY_ID.get(id)?.percentVariant ?? id;
}

export { GAP_MARK };
