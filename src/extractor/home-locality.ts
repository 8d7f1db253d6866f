// The site's home place the caller passes in (ExtractOptions.homeLocality) is spelt as the gazetteer spells places, and as
// the place was when the page was published: a paper's province merged away in 2025 is, in what that paper printed
// afterwards, the province it joined. (The site's home province is only what the site mostly writes about: Báo Đồng
// Khởi's article about "TP. Bến Tre" is the city's, so resolve-locality.ts lets the page's own place come first.)
import { findLocalityMentions } from './lexicon/match-localities.ts';
import { unitsByCanonical } from './lexicon/gazetteer.ts';
import { normalise } from './normalise.ts';

const PROVINCE_LEVELS: ReadonlySet<string> = new Set(['tỉnh', 'thành phố trực thuộc trung ương']);

export function homeLocalityOn(given: string | undefined, published?: string): string | undefined {
  if (given === undefined) return undefined;
  const trimmed = given.trim();
  if (trimmed === '') return undefined;
  const lower = normalise(trimmed).lower;
  const name = spelt(lower) ?? spelt(`tỉnh ${lower}`) ?? trimmed;
  const month = published?.slice(0, 7);
  if (month === undefined || month.length < 7) return name;
  // Followed once per merger or change of status: Thừa Thiên Huế became thành phố Huế, which merged nothing away.
  let current = name;
  for (let hops = 0; hops < 3; hops++) {
    const ended = unitsByCanonical(current).find((u) => u.successor !== undefined && u.until !== undefined && u.until < month);
    if (!ended) break;
    current = ended.successor!;
  }
  return current;
}

/** The canonical name when the whole string is one place: "TP. Hồ Chí Minh" → "thành phố Hồ Chí Minh", "Lâm Đồng" →
 *  "tỉnh Lâm Đồng" (a bare name only when it names a province). */
function spelt(lower: string): string | undefined {
  const mentions = findLocalityMentions(lower);
  if (mentions.length !== 1) return undefined;
  const [m] = mentions;
  if (m!.start !== 0 || m!.end !== lower.length) return undefined;
  if (m!.name !== undefined) return m!.name;
  const provinces = (m!.candidates ?? []).filter((c) => PROVINCE_LEVELS.has(c.level));
  return provinces.length === 1 ? provinces[0]!.name : undefined;
}
