// "… được tiếp nhận qua Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "tại Trung tâm Phục vụ hành chính
// công của tỉnh": "của tỉnh" after a platform or an office names who runs it. It mentions the province in passing, as
// "dự toán tỉnh giao" does; it does not make the province the subject of a district's figures.

/** Nouns that open the name of a platform or an office ("Hệ thống thông tin …", "Cổng dịch vụ công …"). */
const PLATFORM_NOUNS = ['hệ thống', 'cổng dịch vụ công', 'cổng thông tin', 'phần mềm', 'ứng dụng', 'nền tảng', 'trung tâm phục vụ hành chính công',
  'trung tâm hành chính công', 'bộ phận một cửa', 'kho dữ liệu', 'cơ sở dữ liệu'];
// The platform's name runs up to "của" without a comma, full stop or number.
const REACH = 80;

/** Whether the "tỉnh" at `start` follows "của" at the end of a platform's or an office's name. */
export function isPlatformOwner(lower: string, start: number): boolean {
  if (!lower.endsWith('của ', start)) return false;
  const window = lower.slice(Math.max(0, start - REACH), start - 4);
  const cut = Math.max(window.lastIndexOf(','), window.lastIndexOf('.'), window.lastIndexOf(';'), window.lastIndexOf('\n'));
  const name = window.slice(cut + 1);
  return !/\d/.test(name) && PLATFORM_NOUNS.some((noun) => name.includes(noun));
}
