// "Kết quả thu hút vốn FDI quý I/2026 theo khu vực (đơn vị: triệu USD):" over "Khu vực | Cấp mới | Tăng vốn | Tổng" and
// rows "Khu vực Bình Phước cũ | 84,9 | 26,9 | 111,8": a table of places whose columns split the caption's measure into
// its kinds. No column names a modality, so every cell is a reported value in the caption's unit.
const PLACE_HEAD = /^(?:khu vực|địa phương|địa bàn|đơn vị hành chính|tỉnh|tỉnh, thành phố|huyện|xã|phường|xã, phường)$/u;
const NUMBER_HEAD = /\d/u;

export type PlaceColumn = { label?: boolean; captionNames?: boolean; modality?: 'actual' } | undefined;

/** Columns of a place table, or undefined: the first heading names places, the others are words (no numbers), and the
 * caption above gives the unit its cells are counted in. */
export function placeColumns(heads: readonly string[], captionUnit: string | undefined): PlaceColumn[] | undefined {
  if (!captionUnit || heads.length < 3 || !PLACE_HEAD.test(heads[0] ?? '')) return undefined;
  if (heads.slice(1).some((h) => h === '' || NUMBER_HEAD.test(h))) return undefined;
  return heads.map((_, i) => (i === 0 ? { label: true, captionNames: true } : { modality: 'actual' as const }));
}
