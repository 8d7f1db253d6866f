import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/extractor/lexicon/indicators.ts';
import { expandTemplate, lexiconPhrases } from '../../../src/extractor/lexicon/match-indicators.ts';
import { canonicalTones, tokenize, SEP_BREAK, SEP_COMMA, SEP_JOIN, SEP_NUM, SEP_SPACE } from '../../../src/extractor/lexicon/tokenize.ts';
import { LOCALITY_UNITS } from '../../../src/extractor/lexicon/gazetteer.ts';

const FIGURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/spec/FIGURES.md');

function specIds(): string[] {
  const text = readFileSync(FIGURES, 'utf8');
  const section = text.slice(text.indexOf('## Indicator ids'), text.indexOf('## Gold files'));
  return [...section.matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1]!);
}

describe('lexicon data', () => {
  it.runIf(existsSync(FIGURES))('every indicator id in FIGURES.md has an entry', () => {
    const ids = new Set(INDICATORS.map((e) => e.id));
    const wanted = specIds();
    expect(wanted.length).toBeGreaterThan(50);
    expect(wanted.filter((id) => !ids.has(id))).toEqual([]);
  });
  it.runIf(existsSync(FIGURES))('ids the project adds are marked as added', () => {
    const spec = new Set(specIds());
    expect(INDICATORS.filter((e) => !spec.has(e.id) && !e.added).map((e) => e.id)).toEqual([]);
  });
  it('no id appears twice', () => {
    const ids = INDICATORS.map((e) => e.id);
    expect(ids.length).toBe(new Set(ids).size);
  });
  it('no phrase is mapped to two ids', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { id, phrase } of lexiconPhrases()) {
      const other = owner.get(phrase);
      if (other !== undefined && other !== id) clashes.push(`${phrase}: ${other} / ${id}`);
      owner.set(phrase, id);
    }
    expect(clashes).toEqual([]);
  });
  it('phrases are lowercase and in canonical tone placement', () => {
    const bad = lexiconPhrases().filter(({ phrase }) => phrase !== phrase.toLowerCase() || phrase !== canonicalTones(phrase));
    expect(bad).toEqual([]);
  });
  it('every entry has at least one strong phrase and both labels', () => {
    for (const e of INDICATORS) {
      expect(e.phrases.length, e.id).toBeGreaterThan(0);
      expect(e.label.vi.length, e.id).toBeGreaterThan(0);
      expect(e.label.en.length, e.id).toBeGreaterThan(0);
    }
  });
  it('percentVariant points at a real id', () => {
    const ids = new Set(INDICATORS.map((e) => e.id));
    for (const e of INDICATORS) if (e.percentVariant !== undefined) expect(ids.has(e.percentVariant), e.id).toBe(true);
  });
  it('the lexicon is broad: thousands of phrasings', () => {
    expect(lexiconPhrases().length).toBeGreaterThan(2000);
  });
  it('template alternatives expand, an empty one drops the part', () => {
    expect(expandTemplate('{tổng |}thu {nsnn|ns}')).toEqual(['tổng thu nsnn', 'tổng thu ns', 'thu nsnn', 'thu ns']);
  });
  it('district names in the gazetteer are unique within a province and type', () => {
    const seen = new Set<string>();
    const dupes: string[] = [];
    for (const u of LOCALITY_UNITS) {
      const k = `${u.province ?? ''}|${u.canonical}|${u.from ?? ''}|${u.until ?? ''}`;
      if (seen.has(k)) dupes.push(k);
      seen.add(k);
    }
    expect(dupes).toEqual([]);
  });
});

describe('tokenizer', () => {
  it('a token is a run of letters, marks and digits', () => {
    expect(tokenize('tỷ lệ hộ nghèo').map((t) => t.text)).toEqual(['tỷ', 'lệ', 'hộ', 'nghèo']);
  });
  it('separators are classified', () => {
    const seps = tokenize('a b-c, d.e 1.400 (f').map((t) => t.sep);
    expect(seps).toEqual([SEP_BREAK, SEP_SPACE, SEP_JOIN, SEP_COMMA, SEP_BREAK, SEP_SPACE, SEP_NUM, SEP_BREAK]);
  });
  it('a no-break space counts as a space', () => {
    expect(tokenize('thu\u00a0ngân').map((t) => t.sep)).toEqual([SEP_BREAK, SEP_SPACE]);
  });
  it('canonical tones move the mark onto the first vowel of a final oa/oe/uy', () => {
    expect(canonicalTones('Đức Hoà, thuỷ sản, khoẻ, uỷ ban, hoá')).toBe('Đức Hòa, thủy sản, khỏe, ủy ban, hóa');
  });
  it('canonical tones leave closed syllables and quy alone', () => {
    expect(canonicalTones('hoàng, khoảng, huỳnh, Phú Quý, quý')).toBe('hoàng, khoảng, huỳnh, Phú Quý, quý');
  });
});

describe('gazetteer data', () => {
  it('names are NFC with canonical tone placement, as the normaliser writes them', () => {
    const bad = LOCALITY_UNITS.filter((u) => u.name !== canonicalTones(u.name) || u.name !== u.name.normalize('NFC')).map((u) => u.name);
    expect(bad).toEqual([]);
  });
  it('every spelling key is lowercase', () => {
    const bad = LOCALITY_UNITS.flatMap((u) => u.keys).filter((k) => k !== k.toLowerCase());
    expect(bad).toEqual([]);
  });
});
