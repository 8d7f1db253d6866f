// Words by which a percentage names what it measures itself, when the indicator lexicon knows no name there: a rate
// or index opened by a measure noun before it ("Tỷ lệ thu hồi tài sản … đạt 68,3%", "Chỉ số giá vàng … giảm 0,22%",
// "giá xăng giảm 4,98%"), or the noun of which it is a share after it ("100% trạm y tế có bác sĩ", "trên 90% chi bộ
// …", "khoảng 90% lượng gạo xuất khẩu"). Lower-case, canonical tones.

/** Nouns that open the name of a rate, an index or a price. */
export const MEASURE_HEADS = ['tỷ lệ', 'tỉ lệ', 'chỉ số', 'giá', 'công suất', 'lãi suất'];

/** Nouns that are a measure by themselves, whatever follows: "Chi phí giảm khoảng 15%", "nợ quá hạn chỉ chiếm 0,12%". */
export const MEASURE_NOUNS = ['chi phí', 'giá thành', 'lợi nhuận', 'nợ quá hạn', 'nợ xấu', 'lãi suất', 'đóng góp',
  // "Thu hút đầu tư trong và ngoài nước …, tăng gấp 2 lần": investment drawn in, of no kind the lexicon names.
  'thu hút đầu tư'];

/** Words that name products, whose own output a percentage after them measures ("sản phẩm lọc hóa dầu tăng 9,3%"). */
export const PRODUCT_WORDS = ['sản phẩm'];

/** Words that name an industry by what it makes ("sản xuất đồ uống", "chế tạo sản phẩm từ thép", "chế biến gỗ"). */
export const MAKING_WORDS = ['sản xuất', 'chế tạo', 'chế biến'];

/** Money that no indicator measures, named before an amount in its own words: registered capital of enterprises is
 *  read in resolve-indicator.ts (in đồng only: in dollars it is FDI); these are a trade balance, lending and fines. */
export const OTHER_MONEY = ['xuất siêu', 'nhập siêu', 'thặng dư thương mại', 'cán cân thương mại', 'dư nợ', 'doanh số cho vay',
  'doanh số', 'phạt tiền', 'tiền phạt', 'nộp phạt', 'chi phí', 'giá thành', 'lợi nhuận',
  // Banks' deposits ("Tổng nguồn vốn huy động trên 63.800 tỷ đồng"), not anything the province produces or spends.
  'vốn huy động', 'huy động vốn', 'tổng phương tiện thanh toán',
  // Money for each of many ("mỗi căn từ 40 - 60 triệu đồng") is no total.
  'mỗi căn', 'mỗi hộ', 'mỗi suất', 'mỗi phần quà', 'mỗi người',
  // What market control collects, fines and seizes ("thu nộp ngân sách 2,86 tỷ đồng", "xử phạt 286 triệu đồng", "phạt hơn
  // 380 triệu đồng", "tịch thu hàng hóa trị giá 3,8 tỷ đồng"), and the parts of retail no indicator names ("doanh thu dịch
  // vụ lưu trú, ăn uống", "doanh thu dịch vụ khác"; holdout36) (market-control-money).
  'nộp ngân sách', 'phạt', 'tịch thu', 'lưu trú, ăn uống', 'dịch vụ khác',
  // The total value of gifts and aid handed out ("trao 1.250 phần quà … với tổng trị giá 625 triệu đồng"), whatever the
  // paragraph before spoke of; a bare "trị giá" may still be capital bought in ("mua cổ phần trị giá …") (gift-total-value).
  'tổng trị giá'];

/** Words after a measure noun that do not say what it measures: "tỷ lệ này", "đạt tỷ lệ 98,93%", "giá trị" (a
 *  value, not a price), "giá cả" (prices in general, what the CPI is about). */
export const NOT_NAMING_AFTER_HEAD = ['này', 'đó', 'chung', 'bình quân', 'tương ứng', 'đạt', 'là', 'ở', 'của', 'trên', 'dưới',
  'khoảng', 'ước', 'còn', 'tăng', 'giảm', 'so', 'với', 'lên', 'xuống', 'cao', 'thấp', 'vẫn', 'duy trì', 'được', 'chiếm', 'trị',
  'cả', 'tiêu dùng', 'sản xuất', 'thành', 'hiện', 'mới', 'cũng', 'nói chung',
  // "tỷ lệ bao phủ đạt 96,8%", "tỷ lệ tham gia": of what the sentence named before.
  'bao phủ', 'tham gia', 'thực hiện', 'hoàn thành', 'tăng trưởng',
  // "với tỷ lệ lần lượt 89,1% và 90,4%": the figures follow; the rate is the one named before.
  'lần lượt',
  // "kết nạp 113 đảng viên mới, đạt tỷ lệ hơn 61% so với chỉ tiêu": a bound before the figure names nothing either.
  'hơn', 'gần', 'xấp xỉ', 'ít nhất', 'tối thiểu', 'tối đa', 'từ'];

/** Words after a percentage that do not open a noun it is a share of: comparisons, plans and who set them ("mục tiêu
 *  6,5% Quốc hội đề ra"), bounds, conjunctions. */
export const NOT_A_SHARE_AFTER = ['so', 'trở', 'và', 'với', 'trong', 'của', 'là', 'ở', 'từ', 'đến', 'tới', 'trên', 'dưới', 'khi',
  'thì', 'nhưng', 'do', 'nhờ', 'sau', 'vào', 'cho', 'mỗi', 'mức', 'cùng', 'hoặc', 'hay', 'còn', 'nên', 'vì', 'theo', 'kế', 'kh',
  'dự', 'chỉ', 'nghị', 'nq', 'nqđh', 'mục', 'năm', 'tháng', 'quý', 'lên', 'xuống', 'trước', 'đạt', 'tăng', 'giảm', 'vượt', 'bằng',
  'được', 'đã', 'sẽ', 'tại', 'ra', 'như', 'thấp', 'cao', 'hơn', 'kịch', 'giai', 'bình', 'mà', 'rồi', 'nhiệm', 'điểm', 'lần',
  'trở lên', 'đề', 'giao', 'tương', 'xấp', 'gần', 'khoảng', 'thuộc', 'về', 'này', 'đó', 'ngay', 'cả', 'chưa', 'không', 'vẫn', 'đều',
  'quốc hội', 'chính phủ', 'thủ tướng', 'trung ương', 'hđnd', 'ubnd', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'thị ủy', 'đại hội'];

// "hoàn thành gần 90% kế hoạch xóa nhà tạm, nhà dột nát": a plan named by the work it sets out is that work's plan, not
// the plan of the measure its paragraph spoke of (the capital disbursed, the revenue).
export const PLANNED_WORKS = ['xóa', 'xoá', 'xây dựng', 'xây mới', 'sửa chữa', 'làm mới', 'hỗ trợ xây', 'hỗ trợ làm', 'di dời', 'bố trí', 'tái định cư',
  'tiêm', 'tiêm chủng', 'tuyển quân', 'giao quân', 'tuyển sinh', 'bê tông hóa', 'cứng hóa', 'nhựa hóa', 'kiên cố hóa', 'chuyển đổi', 'cấp đổi'];
