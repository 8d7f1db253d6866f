// "Ứng dụng "Tỉnh số" phiên bản 3.0 đã có 412.000 lượt tải": downloads of an app its sentence names measure how widely
// the app is taken up, a figure; the counter beside a page's attachment ("Tải về (125 lượt tải)") is page furniture.

// The app named before the number in its sentence ("phiên bản 3.0": a dot between digits ends no sentence).
// A verb of having or reaching stands right before it ("đã có", "đạt hơn"): a bracketed counter after an attachment's
// title ("Kế hoạch ứng dụng công nghệ thông tin (320 lượt tải)") has none.
const APP_BEFORE = /(?<![\p{L}\p{M}])(?:ứng dụng|app|phần mềm|nền tảng)(?!\p{L})(?!\p{M})(?:[^.!?\n]|\.(?=\d)){0,80}?(?<![\p{L}\p{M}])(?:có|đạt|vượt|với|thu hút|cán mốc)(?: (?:hơn|gần|khoảng|trên|được))? $/u;
const REACH = 100;

/** Whether the "lượt tải" after the number at `numberStart` counts downloads of an app named before it. */
export function downloadsOfApp(lower: string, numberStart: number): boolean {
  const window = lower.slice(Math.max(0, numberStart - REACH), numberStart);
  return (window.includes('ứng dụng') || window.includes('app') || window.includes('phần mềm') || window.includes('nền tảng')) && APP_BEFORE.test(window);
}
