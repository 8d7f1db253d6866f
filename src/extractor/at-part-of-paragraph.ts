// "TP ghi nhận 32.011 người mắc bệnh sốt xuất huyết … Cũng trong tuần này đã ghi nhận 1 trường hợp tử vong do sốt xuất
// huyết tại quận 6. Như vậy số ca tử vong … từ đầu năm đến nay là 13 người": a part named after a figure, by "tại" or
// "ở", says where that figure happened also when the whole was named in an earlier sentence of the paragraph; the
// sentences after go back to the whole (at-part-of-paragraph), as they do within one sentence (at-part-of-whole).

// (Bounded: the whole must have been named within the paragraph, a few sentences back.)
const REACH = 600;

/** The whole named at `wholeEnd` and the part at `partStart` are in one paragraph, close enough. */
export function atPartOfParagraphWhole(lower: string, wholeEnd: number, partStart: number): boolean {
  return partStart - wholeEnd <= REACH && !lower.slice(wholeEnd, partStart).includes('\n');
}
