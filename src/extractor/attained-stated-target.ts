// "Giai đoạn 2021 - 2025, tỉnh đặt mục tiêu có 120 xã đạt chuẩn; đến nay đã đạt 85% mục tiêu": a share of "the target"
// that names no measure of its own, after a target stated earlier in its sentence, measures what that target counts, not
// the topic of the paragraph before.

// Right after the percentage: the bare plan noun (with its verb at most), then the clause ends.
const BARE_TARGET_AFTER = /^ (?:mục tiêu|kế hoạch|chỉ tiêu)(?: (?:đề ra|đặt ra|này|trên|đó))?\s*(?:[.;,)]|$)/u;
const REACH = 24;

/** The percentage ending at `end` is a share of a target named bare ("đạt 85% mục tiêu."). */
export function attainsBareTarget(lower: string, end: number): boolean {
  return BARE_TARGET_AFTER.test(lower.slice(end, end + REACH));
}
