// "Vốn ngân sách địa phương giải ngân 6.124 tỷ đồng, đạt 72,1%", "mới giải ngân 198 tỷ đồng (31,9%)": the percentage
// right after an amount disbursed is the share of its capital plan, an attainment, even when "kế hoạch" goes unsaid.

const REACH = 72;
const DISBURSED_THEN_SHARE = /(?<![\p{L}\p{M}])giải ngân (?:được |đạt )?[\d.,]+ (?:nghìn tỷ|nghìn tỉ|tỷ|tỉ|triệu) đồng(?:,? (?:đạt|bằng)|\s*\() $/u;

/** The percentage at `numberStart` follows "giải ngân <amount>, đạt" or "giải ngân <amount> (" in its clause. */
export function isDisbursedShare(lower: string, clauseStart: number, numberStart: number): boolean {
  const before = lower.slice(Math.max(clauseStart, numberStart - REACH), numberStart);
  if (!before.includes('giải ngân')) return false;
  return DISBURSED_THEN_SHARE.test(before.endsWith('(') ? `${before} ` : before);
}
