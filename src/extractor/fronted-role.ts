// "Là trung tâm thương mại - dịch vụ của thành phố, tổng mức bán lẻ … tăng bình quân 9,8%/năm": a sentence that opens on
// the role its subject plays in a larger unit ("Là …", "Với vai trò là …", up to the comma that closes it) names that
// unit as the whole the subject belongs to, not as the subject. A ward's or district's figures after it stay its own.

/** Opens a sentence with "là" (or "với vai trò/vị thế/vị trí là") and a short role before "của/trong" and the unit. */
const ROLE_BEFORE = /(?:^|[.!?\n]\s*)(?:với (?:vai trò|vị thế|vị trí) )?là [^,.;:!?\n()]{1,60} (?:của|trong) $/u;
const ROLE_REACH = 90;
/** The fronted phrase closes with a comma soon after the unit. */
const CLOSES_AFTER = /^[^,.;:!?\n()]{0,32},/u;
const CLOSE_REACH = 34;

/** The place mention from `start` to `end` (lower-cased text) is the whole a fronted role names: "Là trung tâm … của tỉnh,". */
export function namesFrontedRoleWhole(lower: string, start: number, end: number): boolean {
  return ROLE_BEFORE.test(lower.slice(Math.max(0, start - ROLE_REACH), start)) && CLOSES_AFTER.test(lower.slice(end, end + CLOSE_REACH));
}
