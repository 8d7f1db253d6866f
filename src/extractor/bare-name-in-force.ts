// "Việt Yên: Thu ngân sách năm 2024 ước đạt …" on a page of December 2024, "Đông Triều: …" in 2025: a district whose type
// changed is listed under both types, and a bare name is the one in force on the page's date (bare-name-in-force). When
// none or all of the options are in force then (every district after June 2025, an undated page), they all stay.
import { inForceOn } from './lexicon/gazetteer.ts';

export function optionsInForce<T extends { name: string }>(options: readonly T[], month: string | undefined): readonly T[] {
  if (month === undefined || options.length < 2) return options;
  const inForce = options.filter((o) => inForceOn(o.name, month));
  return inForce.length > 0 && inForce.length < options.length ? inForce : options;
}
