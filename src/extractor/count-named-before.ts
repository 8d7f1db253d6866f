// "số dự án FDI trên địa bàn tỉnh còn hiệu lực là 156, với tổng số vốn …", "Số doanh nghiệp thành lập mới là 420, tăng
// 12%": a count whose noun is named before it, as the subject "(tổng) số <noun>", and whose number stands bare after
// "là". The noun is one the extractor counts (vocabulary/units.ts), so "số điện thoại là …" or "số hiệu là …" give none.
import type { Candidate } from './scan-figures.ts';
import { candidate } from './candidate.ts';
import { UNIT_ENTRIES, type UnitInfo } from './vocabulary/units.ts';

const COUNTED_NOUNS = new Map<string, UnitInfo>(UNIT_ENTRIES.filter(([, u]) => u.class === 'count'));
const NOUNS = [...COUNTED_NOUNS.keys()].sort((a, b) => b.length - a.length).join('|');
// The subject, then at most 80 characters of its phrase (no digit, no end of clause) before "là".
const SUBJECT_THEN_IS = new RegExp(`(?<![\\p{L}\\p{M}])(?:tổng )?số (${NOUNS})(?!\\p{L})(?!\\p{M})[^.;:!?\\n\\d]{0,80}?(?<![\\p{L}\\p{M}])là $`, 'u');
// A plain integer (thousands by dots), then the end of the phrase: not a year, a decimal, a date or a unit's figure.
const BARE_INTEGER = /^\d{1,3}(?:\.\d{3})*(?=\s*(?:[,;.)]|$|\s(?:với|và|trong|tăng|giảm|so)\s))/u;
const REACH = 110;

export function countNamedBefore(lower: string, pos: number): Candidate | undefined {
  if (!lower.startsWith('là ', pos - 3)) return undefined;
  const number = BARE_INTEGER.exec(lower.slice(pos, pos + 16));
  if (!number) return undefined;
  const subject = SUBJECT_THEN_IS.exec(lower.slice(Math.max(0, pos - REACH), pos));
  const unit = subject ? COUNTED_NOUNS.get(subject[1]!) : undefined;
  if (!unit) return undefined;
  const end = pos + number[0].length;
  return candidate({ start: pos, end, numberStart: pos, value: Number(number[0].replaceAll('.', '')), unit, decimals: 0 });
}
