// The central government's ministries as papers name them after "Bộ" (lower-cased), old names and 2025's merged ones.
// A "bộ" not followed by one of these is no ministry ("theo Bộ tiêu chí quốc gia", "bộ máy").
export const MINISTRY_NAMES = [
  'tài chính', 'kế hoạch và đầu tư', 'công thương', 'nông nghiệp và phát triển nông thôn', 'nông nghiệp và môi trường',
  'lao động - thương binh và xã hội', 'lao động, thương binh và xã hội', 'nội vụ', 'y tế', 'giáo dục và đào tạo',
  'giao thông vận tải', 'xây dựng', 'công an', 'quốc phòng', 'tài nguyên và môi trường', 'văn hóa, thể thao và du lịch',
  'khoa học và công nghệ', 'thông tin và truyền thông', 'tư pháp', 'ngoại giao', 'dân tộc và tôn giáo',
];
