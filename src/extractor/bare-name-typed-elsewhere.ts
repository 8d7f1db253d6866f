// "Việt Yên: Giá trị sản xuất công nghiệp … ước đạt …" then "HĐND thị xã Việt Yên …": a district whose type changed
// (huyện → thị xã, thị xã → thành phố) is listed under both types, and a bare name cannot tell which. The page itself
// can: the type it writes the same name with anywhere is the unit it speaks of (bare-name-typed-elsewhere).
import type { LocalityMention } from './lexicon/match-localities.ts';

/** Canonical names the page writes out with their type word ("thị xã việt yên"). */
export function namesWrittenWithType(mentions: readonly LocalityMention[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of mentions) if (m.kind === 'explicit' && m.name) out.add(m.name);
  return out;
}

/** Of a bare name's district-level options, the one the page writes with its type, when it names one of several. */
export function optionTypedElsewhere<T extends { name: string }>(options: readonly T[], typed: ReadonlySet<string>, isDistrict: (o: T) => boolean): T | undefined {
  const districts = options.filter(isDistrict);
  if (districts.length < 2) return undefined;
  const written = districts.filter((o) => typed.has(o.name));
  return written.length === 1 ? written[0] : undefined;
}
