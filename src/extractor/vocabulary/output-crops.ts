// What a bare "sản lượng" (output) measures, told by the last crop or stock the sentence named before it:
// "xuống giống 19.850 ha lúa, năng suất 58,6 tạ/ha, sản lượng đạt 116.320 tấn" is rice output. Crops and stocks
// with no indicator of their own are listed too, so that the nearest one wins ("… 3.000 ha rau màu, sản lượng …").
// Only words that are nothing else: no "cá" (cá nhân), "tiêu" (chỉ tiêu), "cam" (cam kết), "khóm" (a hamlet).
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
