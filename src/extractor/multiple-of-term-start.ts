// "thu nhập bình quân đầu người đạt 58 triệu đồng, gấp 1,5 lần đầu nhiệm kỳ": right after a multiple, the start of the
// term names its base without "so với", as "gấp 1,4 lần năm trước" names last year's level. (Only after a multiple: after
// other figures the words may open the next clause, "tăng 12 xã, đầu nhiệm kỳ chỉ có 3 xã".)
const TERM_START_RIGHT_AFTER = /^ (?:so (?:với )?)?(?:lúc |thời điểm )?đầu nhiệm kỳ(?!\p{L})(?!\p{M})/u;

/** Whether the text right after a multiple names the start of the term as its base. */
export function multipleOfTermStart(after: string): boolean {
  return TERM_START_RIGHT_AFTER.test(after);
}
