// A commune named once with its level word ("chủ một cơ sở chè ở xã Tân Cương") and again bare after a zone or
// village noun ("vùng chè Tân Cương đón khoảng 450.000 lượt khách", "làng nghề Tân Cương có …") is that commune: the
// gazetteer knows no communes, so the bare name is read only because the article spelt it out before.
import { COMMUNE_LEVELS } from './lexicon/localities.ts';
import type { LocalityMention } from './lexicon/match-localities.ts';
import { alternation } from './vocabulary/regexp.ts';
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';

// Nouns a place's name follows when the land or the village is meant; up to two lower-case words of its crop or
// craft may stand between ("vùng chè", "làng nghề gốm").
const ZONE_NOUNS = ['vùng', 'vùng đất', 'làng', 'làng nghề', 'cánh đồng', 'đồi'];
const ZONE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])${alternation(ZONE_NOUNS)}(?<between>(?: [\p{L}\p{M}]+){0,2}) $`, 'u');

export interface NamedAgain {
  start: number;
  name: string;
  level: string;
}

/** Places where a commune spelt out elsewhere in the article is named bare after a zone noun. `cased` (same offsets)
 *  tells a name in capitals from the same words used as common nouns. */
export function communesNamedAgain(lower: string, mentions: readonly LocalityMention[], cased: string | undefined): NamedAgain[] {
  if (!cased) return [];
  const names = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'explicit' || !m.name || !m.level || !COMMUNE_LEVELS.includes(m.level)) continue;
    names.set(m.name.slice(m.level.length + 1).toLowerCase(), m.name);
  }
  const out: NamedAgain[] = [];
  for (const [bare, name] of names) {
    const level = name.slice(0, name.length - bare.length - 1);
    for (let at = indexOfPhrase(lower, bare); at >= 0; at = indexOfPhrase(lower, bare, at + 1)) {
      const end = at + bare.length;
      if (/[\p{L}\p{M}]/u.test(lower[at - 1] ?? ' ') || /[\p{L}\p{M}]/u.test(lower[end] ?? ' ')) continue;
      if (!isCapitalised(cased.slice(at, end))) continue;
      const zone = ZONE_BEFORE.exec(lower.slice(Math.max(0, at - 32), at));
      if (!zone) continue;
      // The words between the zone noun and the name are common nouns ("chè"), not another name.
      const between = zone.groups?.['between'] ?? '';
      if (isCapitalisedAnywhere(cased.slice(at - 1 - between.length, at - 1))) continue;
      out.push({ start: at, name, level });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const isCapitalised = (words: string) => words.split(' ').every((w) => w !== '' && w[0] !== w[0]!.toLowerCase());
const isCapitalisedAnywhere = (words: string) => words.split(' ').some((w) => w !== '' && w[0] !== w[0]!.toLowerCase());
