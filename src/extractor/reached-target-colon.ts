// "Thị xã đã hoàn thành mục tiêu xây dựng nông thôn mới: 100% xã đạt chuẩn …, trong đó có 4/9 xã …": a target named as
// reached ("hoàn thành", "đạt", "vượt" before it), whose words then end on a colon, heads a list of what was reached.
// Its items are results, as a reached target closed by a comma is (reached-target-colon).

/** The words after a reached target's cue, up to the figure, are the target's name and a colon, no figure between. */
export const REACHED_TARGET_LISTED = /^[^()\d,;:%.\n]{0,48}:/u;
