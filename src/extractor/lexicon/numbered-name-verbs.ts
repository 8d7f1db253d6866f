// "Đảng uỷ phường Hà Giang 1 tổ chức hội nghị …", "xã Đam Rông 2 đã có thêm …": words that open a clause's predicate right
// after a commune's name. After a single digit that follows the name, one of them says the digit ended the name
// (numbered-commune-before-verb); a counted noun ("xã Tà Năng 3 hộ") says the digit counts. First syllables, with the
// second where the first alone is also a noun ("tổ" of "tổ chức", not "tổ dân phố").
export const VERB_AFTER_NUMBERED_NAME: ReadonlyMap<string, readonly string[] | undefined> = new Map<string, readonly string[] | undefined>([
  ['tổ', ['chức']], ['triển', ['khai']], ['tổng', ['kết']], ['phấn', ['đấu']], ['tiếp', ['tục', 'nhận']], ['ra', ['mắt', 'quân']],
  ['hoàn', ['thành']], ['thực', ['hiện']], ['công', ['bố']], ['khai', ['mạc', 'trương']],
  ['đã', undefined], ['đang', undefined], ['sẽ', undefined], ['vừa', undefined], ['cũng', undefined], ['luôn', undefined],
  ['được', undefined], ['đạt', undefined], ['có', undefined], ['hiện', undefined], ['là', undefined],
]);
