// Words that name one producer, and words that make such a noun generic or counted. Lower-case, canonical tones.

/** A cooperative and its forerunner, and a company: on a page about one of them, "hợp tác xã" or "công ty" alone is that
 *  one ("Tổng Giám đốc công ty cho biết, năm 2025 doanh nghiệp xuất khẩu khoảng 85 triệu USD"). */
export const PRODUCER_NOUNS = ['hợp tác xã', 'htx', 'tổ hợp tác', 'công ty'];

/** Right before the noun, these make it many, any or a kind ("36 hợp tác xã", "4,8 tỷ đồng/hợp tác xã/năm", "các hợp
 *  tác xã", "kinh tế hợp tác xã", "thành lập mới hợp tác xã"), not the one the page is about. */
export const PRODUCER_GENERIC_BEFORE = ['các', 'những', 'mỗi', 'nhiều', 'số', 'mọi', 'từng', 'một số', 'toàn bộ', 'kinh tế', 'liên minh',
  'luật', 'mô hình', 'loại hình', 'thành lập', 'thành lập mới', 'giải thể', 'hỗ trợ', 'phát triển', 'củng cố', 'khu vực', 'nâng cao',
  'kiện toàn', 'tổ chức lại', 'đổi mới', 'chuyển đổi'];

/** A sentence about a whole place still reports, whatever producer it names ("Năm 2023, toàn tỉnh thành lập mới …"). */
export const WHOLE_PLACE_WORDS = ['toàn tỉnh', 'toàn huyện', 'toàn xã', 'toàn thành phố', 'toàn thị xã', 'toàn quốc', 'cả nước', 'trên địa bàn',
  'toàn ngành', 'các địa phương'];

/** Right after the noun, a kind ("Hợp tác xã nông nghiệp đã liên kết …" in a province's report): cooperatives of that
 *  kind, not the one a page is about (whose name starts with a capital: "Hợp tác xã Dịch vụ nông nghiệp Quỳnh Hồng"). */
export const PRODUCER_KIND_AFTER = ['nông nghiệp', 'dịch vụ', 'thủy sản', 'thuỷ sản', 'kiểu mới', 'trên địa bàn', 'đang hoạt động', 'hoạt động',
  'khác', 'thương mại', 'vận tải', 'tiểu thủ công nghiệp'];

/** In a company's own name ("Công ty CP Cấp nước Thừa Thiên Huế", "Công ty Điện lực Đồng Nai"), a public service the
 *  company runs for a whole place: its water, power, port, airport, buses and lines are that place's, reported as such. */
export const UTILITY_NAME_WORDS = ['cấp nước', 'cấp thoát nước', 'điện lực', 'cảng hàng không', 'cảng', 'môi trường đô thị', 'xe buýt',
  'viễn thông', 'bưu điện', 'đường sắt', 'phà', 'bến xe'];
