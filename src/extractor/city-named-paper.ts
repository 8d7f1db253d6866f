// "BÁO ĐIỆN BIÊN PHỦ" alone over the page: the province's party paper of Điện Biên takes its name from a city below the
// province. With no publisher's formula to say whose paper it is (publisher-formula-over-city-paper) and no other place in
// the head, the page is the city's province, not the city of the name: a paper named after a city below the province is
// that province's.
import { provinceOf } from './lexicon/gazetteer.ts';

// The paper's name opens its line: "báo " and nothing else before the place.
const PAPER_BEFORE = /^\s*báo $/u;

/** The province whose paper is named after `name`, a city below the province (`rank` < 2) opening a "Báo …" line;
 *  `lineBefore` is the line's text before the place, lower-cased. */
export function cityPaperProvince(lineBefore: string, name: string, rank: number): string | undefined {
  if (rank >= 2 || !PAPER_BEFORE.test(lineBefore)) return undefined;
  const province = provinceOf(name);
  return province !== undefined && province !== name ? province : undefined;
}
