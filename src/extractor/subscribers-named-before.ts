// "thuê bao di động băng rộng (4G, 5G) đạt 4,12 triệu, chiếm 84,8%", "số thuê bao 5G đạt 312.000, gấp 2,6 lần …":
// telecom pages name the subscribers as the clause's subject and give the number bare after "đạt" or "là", as
// count-named-before.ts reads a counted noun before "là". The number is subscribers, with its scale.
import type { Candidate } from './scan-figures.ts';
import { candidate } from './candidate.ts';
import { readLiteral, scale, toNumber } from './number-literal.ts';

const SUBSCRIBERS = { unit: 'thuê bao', class: 'physical' } as const;
// The subject, then at most 60 characters of its phrase (no end of clause), then the verb.
const SUBJECT_THEN_VERB = /(?<![\p{L}\p{M}])thuê bao(?!\p{L})(?!\p{M})[^.;:!?\n]{0,60}?(?<![\p{L}\p{M}])(?:đạt|là)\s$/u;
// The number, a scale word at most, then the end of the phrase or a link word: nothing that is a unit of its own.
const BARE_AMOUNT = /^(\d{1,3}(?:\.\d{3})*(?:,(\d+))?)(?: (triệu|nghìn|ngàn))?(?=\s*(?:[,;.)]|$|\s(?:với|và|trong|tăng|giảm|so|chiếm|gấp)(?!\p{L})(?!\p{M})))/u;
const POWER: Record<string, number> = { triệu: 6, nghìn: 3, ngàn: 3 };
const REACH = 80;

export function subscribersNamedBefore(lower: string, pos: number): Candidate | undefined {
  if (!lower.startsWith('đạt ', pos - 4) && !lower.startsWith('là ', pos - 3)) return undefined;
  const m = BARE_AMOUNT.exec(lower.slice(pos, pos + 24));
  if (!m || !SUBJECT_THEN_VERB.test(lower.slice(Math.max(0, pos - REACH), pos))) return undefined;
  const literal = readLiteral(m[1]!);
  if (!literal.ok) return undefined;
  const value = toNumber(m[3] ? scale(literal.value, POWER[m[3]]!) : literal.value);
  // A bare integer under a thousand is no subscriber count a page prints ("là 5" of a rank).
  if (!m[3] && value < 1000) return undefined;
  return candidate({ start: pos, end: pos + m[0].length, numberStart: pos, value, unit: SUBSCRIBERS, decimals: literal.decimals });
}
