// "Cô Tô đón 310.000 lượt khách, tăng 9%", "Bà Rịa đón …": a place whose name opens on a word that is also a person's
// title ("Cô", "Bà", "Ông") reads like "Miss Tô" opening her own story. When the title and the one capitalised word
// after it spell a known locality, and no further name follows ("Cô Tô Thị Lan" is a person), it is the place
// (place-named-like-person).
import { unitsNamed } from './lexicon/gazetteer.ts';

const TITLED_NAME = /^[\s"“(–-]*((?:Ông|Bà|Cô|Chú|Anh|Chị|Cụ|Em)\s+\p{Lu}[\p{Ll}\p{M}'’]*)(\s+\p{Lu})?/u;

/** The sentence head opens on a title and a name that together are a place's bare name. */
export function titleNamesPlace(head: string): boolean {
  const m = TITLED_NAME.exec(head.normalize('NFC'));
  return m !== null && m[2] === undefined && unitsNamed(m[1]!).length > 0;
}
