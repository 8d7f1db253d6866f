// A lead opens on the paper's credit before a dash: "(DRT) - ", "(Baothanhhoa.vn) - ", and as many provincial papers write
// it, bare: "ĐBP - ", "QTO - ", "LCĐT - ". The bare credit is one short word (no digits, no spaces), so "Tháng 5 - …" or a
// place's name "Điện Biên - …" is none. Lower-cased, anchored by the caller where a sentence opens.
export const PAPER_CREDIT = '(?:\\([^()\\n]{1,24}\\)|[\\p{L}\\p{M}.]{2,12})\\s*[-–—]\\s*';
