// "ước đạt 7,4%, không đạt mục tiêu 8% Nghị quyết đề ra": a percentage right after the name of a target is that target's
// value; the plan named after it says whose target it is, so the figure is no share of that plan reached.
const TARGET_NAMED = /^\s+(?:không |chưa )?(?:đạt|đạt được|vượt|hoàn thành|thấp hơn|cao hơn|so với) (?:mục tiêu|chỉ tiêu)(?: là)?\s+$/u;

/** Whether the words from the verb at `verbAt` to the number at `lead` name a target whose value the number is. */
export function isTargetValueBeforePlan(lower: string, verbAt: number, lead: number): boolean {
  if (lead - verbAt > 40) return false;
  // Back to the verb's own start (its negation included) through the target's name.
  return TARGET_NAMED.test(' ' + lower.slice(verbAt, lead));
}
