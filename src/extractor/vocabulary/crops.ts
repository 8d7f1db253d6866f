// Crops, livestock and catches a paragraph about farming may name. The nearest one before a bare "sản lượng" says
// whose output it is; only rice has an indicator of its own (rice_output). Lower-case, canonical tones.
export const RICE_NOUNS: readonly string[] = ['lúa', 'thóc', 'lúa gạo'];

export const OTHER_PRODUCE: readonly string[] = [
  'ngô', 'bắp', 'lạc', 'đậu phộng', 'đậu', 'khoai', 'sắn', 'mì', 'mía', 'rau', 'rau màu', 'hoa màu', 'cây màu', 'xoài', 'dừa',
  'cà phê', 'hồ tiêu', 'tiêu', 'điều', 'cao su', 'chè', 'thanh long', 'sầu riêng', 'bưởi', 'chuối', 'cây ăn trái',
  'cây ăn quả', 'trái cây', 'khóm', 'dứa', 'nhãn', 'vải', 'cam', 'quýt', 'tôm', 'cá', 'cá tra', 'thủy sản', 'hải sản', 'heo',
  'lợn', 'bò', 'trâu', 'gà', 'gia cầm', 'gia súc', 'muối', 'gỗ', 'sữa', 'trứng', 'thịt',
];
