import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIndicatorMentions } from '../../../src/extractor/lexicon/match-indicators.ts';
import { findLocalityMentions } from '../../../src/extractor/lexicon/match-localities.ts';
import { scanTokens } from '../../../src/extractor/lexicon/tokenize.ts';

// Pieces of real phrases and places, separators and digits: random text that often comes close to a match.
const PIECES = [
  'tỷ', 'tỉ', 'lệ', 'hộ', 'nghèo', 'thu', 'ngân', 'sách', 'xuất', 'khẩu', 'lao', 'động', 'kết', 'nạp', 'đảng', 'viên',
  'mới', 'xã', 'phường', 'thị', 'huyện', 'tỉnh', 'thành', 'phố', 'tp', 'tx', 'bến', 'tre', 'cai', 'lậy', 'đức', 'hòa',
  'nông', 'thôn', 'nâng', 'cao', 'kiểu', 'mẫu', 'ntm', 'chỉ', 'tiêu', 'nq', '1', '28', '1.400', '0,69', ' ', '  ',
  ', ', '. ', '-', '/', '(', ')', '\n', '…', 'hộp', 'ủy', 'cả', 'nước', 'hồ', 'chí', 'minh',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(' ').toLowerCase());

function wellFormed(ms: ReadonlyArray<{ start: number; end: number }>, length: number): boolean {
  let prevEnd = 0;
  for (const m of ms) {
    if (m.start < prevEnd || m.end <= m.start || m.end > length) return false;
    prevEnd = m.end;
  }
  return true;
}

describe('lexicon matchers: properties', () => {
  it('indicator mentions are ordered, disjoint and inside the text', () => {
    fc.assert(fc.property(text, (s) => wellFormed(findIndicatorMentions(s), s.length)));
  });
  it('locality mentions are ordered, disjoint and inside the text', () => {
    fc.assert(fc.property(text, (s) => wellFormed(findLocalityMentions(s), s.length)));
  });
  it('an indicator mention read alone names the same indicator over the same span', () => {
    fc.assert(
      fc.property(text, (s) =>
        findIndicatorMentions(s).every((m) => {
          const alone = findIndicatorMentions(s.slice(m.start, m.end));
          return alone.length === 1 && alone[0]!.id === m.id && alone[0]!.end === m.end - m.start;
        }),
      ),
    );
  });
  it('sharing one scan gives the same mentions as scanning twice', () => {
    fc.assert(
      fc.property(text, (s) => {
        const ts = scanTokens(s);
        expect(findIndicatorMentions(s, ts)).toEqual(findIndicatorMentions(s));
        expect(findLocalityMentions(s, ts)).toEqual(findLocalityMentions(s));
      }),
    );
  });
  it('a scan of another string is not reused', () => {
    const ts = scanTokens('hộ nghèo');
    expect(findIndicatorMentions('tỷ lệ hộ nghèo', ts).map((m) => m.id)).toEqual(['poverty_rate']);
  });
  it('adversarial repetition of phrase heads and gaps stays fast', () => {
    const heads = 'xuất khẩu kết nạp đưa 1.200 1.200 1.200 tỷ lệ hộ tỉnh ủy thành phố tp. xã '.repeat(4000);
    const t0 = performance.now();
    findIndicatorMentions(heads);
    findLocalityMentions(heads);
    // ~300 KB; linear matching takes tens of ms even on a busy machine, a quadratic blow-up would take minutes.
    expect(performance.now() - t0).toBeLessThan(5000);
  }, 20_000);
  it('a 100 KB line with no separators is one token and matches nothing', () => {
    const line = 'a'.repeat(100_000);
    expect(findIndicatorMentions(line)).toEqual([]);
    expect(findLocalityMentions(line)).toEqual([]);
  });
  it('empty text has no mentions', () => {
    expect(findIndicatorMentions('')).toEqual([]);
    expect(findLocalityMentions('')).toEqual([]);
  });
});

describe('indicator lexicon: weak generic words', () => {
  it('giải ngân alone is weak (a bank also disburses loans)', () => {
    expect(findIndicatorMentions('ngân hàng giải ngân 500 tỷ đồng')[0]).toMatchObject({ id: 'public_investment_disbursement', weak: true });
  });
  it('a project’s tổng vốn đầu tư is weak', () => {
    expect(findIndicatorMentions('dự án có tổng vốn đầu tư 500 tỷ đồng')[0]).toMatchObject({ id: 'social_investment', weak: true });
  });
});
