// Crops, seasons, livestock and catches that say whose output a bare "sản lượng" is. Lower-case, canonical tones.
//
// Named in the same sentence, each says it outright: "xuống giống 19.850 ha lúa, năng suất 58,6 tạ/ha, sản lượng
// đạt 116.320 tấn" is rice output; produce with no indicator of its own is listed so that the nearest one wins
// ("… 3.000 ha rau màu, sản lượng …" has none). Only words that are nothing else: no "cá" (cá nhân), "tiêu" (chỉ
// tiêu), "cam" (cam kết), "khóm" (a hamlet).
export const OUTPUT_CROPS: ReadonlyArray<readonly [string, string | undefined]> = [
  ['lúa', 'rice_output'], ['lúa gạo', 'rice_output'],
  // Rice seasons: "Vụ Hè Thu 2024, … xuống giống 280.000 ha, sản lượng khoảng 1,5 - 1,6 triệu tấn".
  ['hè thu', 'rice_output'], ['đông xuân', 'rice_output'], ['thu đông', 'rice_output'], ['vụ mùa', 'rice_output'],
  ['tôm', 'aquaculture_output'], ['cá tra', 'aquaculture_output'], ['cá lóc', 'aquaculture_output'], ['cá basa', 'aquaculture_output'], ['thủy sản', 'aquaculture_output'], ['thuỷ sản', 'aquaculture_output'],
  ['nuôi trồng thủy sản', 'aquaculture_output'], ['cua', 'aquaculture_output'], ['nghêu', 'aquaculture_output'],
  ['rau', undefined], ['màu', undefined], ['rau màu', undefined], ['bắp', undefined], ['ngô', undefined], ['khoai', undefined],
  ['mía', undefined], ['dừa', undefined], ['cây ăn trái', undefined], ['trái cây', undefined], ['sầu riêng', undefined],
  ['thanh long', undefined], ['xoài', undefined], ['bưởi', undefined], ['chuối', undefined],
  ['dứa', undefined], ['cà phê', undefined], ['hồ tiêu', undefined], ['hạt điều', undefined], ['cao su', undefined], ['chè', undefined],
  ['heo', undefined], ['lợn', undefined], ['bò', undefined], ['gà', undefined], ['vịt', undefined], ['gia cầm', undefined],
  ['gia súc', undefined], ['muối', undefined], ['gỗ', undefined], ['rừng', undefined],
];

// Named earlier in the paragraph (or list line), the last produce decides: only rice has an indicator there
// (rice_output); anything else named nearer leaves the output without one. Wider than the list above, since a
// wrong word here can only withhold rice_output, never give another indicator.
export const RICE_NOUNS: readonly string[] = ['lúa', 'thóc', 'lúa gạo'];

export const OTHER_PRODUCE: readonly string[] = [
  'ngô', 'bắp', 'lạc', 'đậu phộng', 'đậu', 'khoai', 'sắn', 'mì', 'mía', 'rau', 'rau màu', 'hoa màu', 'cây màu', 'xoài', 'dừa',
  'cà phê', 'hồ tiêu', 'tiêu', 'điều', 'cao su', 'chè', 'thanh long', 'sầu riêng', 'bưởi', 'chuối', 'cây ăn trái',
  'cây ăn quả', 'trái cây', 'khóm', 'dứa', 'nhãn', 'vải', 'cam', 'quýt', 'tôm', 'cá', 'cá tra', 'thủy sản', 'hải sản', 'heo',
  'lợn', 'bò', 'trâu', 'gà', 'gia cầm', 'gia súc', 'muối', 'gỗ', 'sữa', 'trứng', 'thịt',
];

// Trees and forests, planted or tended over years, not sown for one season: a rice season named in an earlier sentence
// does not date what a sentence says of them ("Vụ Đông Xuân 2025 - 2026, … sản lượng lúa …. Khu vực Kon Tum cũ trồng mới
// 1.150 ha cà phê"). Whole words, lower-case, canonical tones.
export const PERENNIALS: readonly string[] = [
  'cà phê', 'hồ tiêu', 'cao su', 'chè', 'hạt điều', 'cây điều', 'sầu riêng', 'cây ăn quả', 'cây ăn trái', 'cây lâu năm', 'cây công nghiệp lâu năm',
  'rừng', 'sâm', 'mắc ca', 'quế', 'dừa', 'bưởi', 'xoài', 'thanh long', 'cây dược liệu',
];
