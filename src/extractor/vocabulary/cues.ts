// Function words that give a figure its meaning. Lower-case, canonical tones (see normalise.ts).
import type { Bound, Status } from '../figure.ts';
import { wordStartTest } from './word-start.ts';

/** Verbs that govern the number after them. The nearest one before a number, within its clause, wins. */
export type Operator = 'up' | 'down' | 'reach' | 'equal' | 'exceed' | 'remain' | 'share' | 'times' | 'is' | 'rise-to' | 'fall-to';

export const OPERATORS: ReadonlyArray<readonly [string, Operator]> = [
  ['tăng', 'up'], ['tăng thêm', 'up'], ['tăng cao', 'up'], ['tăng mạnh', 'up'], ['tăng nhẹ', 'up'], ['tăng bình quân', 'up'],
  ['tăng trên', 'up'], ['tăng gần', 'up'], ['tăng khoảng', 'up'], ['tăng hơn', 'up'], ['cao hơn', 'up'], ['nhiều hơn', 'up'],
  ['giảm', 'down'], ['giảm thêm', 'down'], ['kéo giảm', 'down'], ['kiềm giảm', 'down'], ['giảm mạnh', 'down'], ['giảm nhẹ', 'down'],
  ['giảm sút', 'down'], ['thấp hơn', 'down'], ['ít hơn', 'down'], ['sụt giảm', 'down'], ['giảm bình quân', 'down'],
  // "xếp thứ 12/63, tụt 4 bậc so với năm 2022", "giá lúa tụt 300 đồng/kg": a drop.
  ['tụt', 'down'], ['tụt giảm', 'down'],
  // "sản lượng đạt 46%, chậm khoảng 8% so với kế hoạch": how far works lag their plan (works-behind-plan).
  ['chậm', 'down'], ['chậm hơn', 'down'],
  // "còn thiếu 4 xã so với mục tiêu năm", "chỉ đạt 41,7% dự toán, hụt 214 tỷ đồng": a shortfall against a plan, and only
  // then (shortfall-against-plan).
  ['thiếu', 'down'], ['còn thiếu', 'down'], ['hụt', 'down'], ['hụt thu', 'down'],
  ['đạt', 'reach'], ['đạt và vượt', 'reach'], ['thực hiện đạt', 'reach'], ['đạt, vượt', 'reach'], ['chỉ đạt', 'reach'], ['đạt được', 'reach'], ['ước đạt', 'reach'], ['thực hiện', 'reach'], ['đạt mức', 'reach'],
  ['bằng', 'equal'], ['tương đương', 'equal'],
  ['vượt', 'exceed'], ['vượt mức', 'exceed'],
  ['còn', 'remain'], ['chỉ còn', 'remain'],
  ['giảm còn', 'fall-to'], ['xuống còn', 'fall-to'], ['giảm xuống còn', 'fall-to'], ['giảm xuống', 'fall-to'], ['xuống', 'fall-to'],
  ['kéo giảm còn', 'fall-to'], ['kéo giảm xuống còn', 'fall-to'], ['giảm xuống dưới', 'fall-to'], ['giảm còn dưới', 'fall-to'],
  ['tăng lên', 'rise-to'], ['lên', 'rise-to'], ['nâng lên', 'rise-to'], ['nâng tỷ lệ lên', 'rise-to'], ['tăng lên đến', 'rise-to'],
  ['chiếm', 'share'], ['chiếm tỷ lệ', 'share'], ['chiếm tỉ lệ', 'share'], ['chiếm khoảng', 'share'],
  // "khu vực doanh nghiệp đóng góp khoảng 70% tổng thu ngân sách": a part's contribution to a whole is its share.
  ['đóng góp', 'share'], ['đóng góp khoảng', 'share'],
  ['gấp', 'times'], ['tăng gấp', 'times'],
  ['ước tính', 'reach'], ['ước khoảng', 'reach'], ['so với', 'is'], ['so với mức', 'is'], ['cao hơn mức', 'is'], ['thấp hơn mức', 'is'], ['hơn mức', 'is'], ['ở mức', 'is'], ['đạt mức', 'reach'],
  ['đưa', 'is'], ['cho', 'is'], ['giải ngân', 'reach'], ['giải ngân được', 'reach'], ['thực hiện được', 'reach'], ['vượt mốc', 'exceed'], ['bắt giữ', 'is'], ['phát hiện', 'is'], ['xảy ra', 'is'], ['làm rõ', 'is'], ['khởi tố', 'is'], ['xử lý', 'is'],
  ['trồng mới', 'is'], ['thu hoạch', 'is'], ['xuống giống', 'is'], ['gieo trồng', 'is'], ['đạt tỷ lệ', 'reach'], ['đạt tỉ lệ', 'reach'],
  ['là', 'is'], ['được giao', 'is'], ['ở mức', 'is'], ['với', 'is'], ['có', 'is'], ['đón', 'is'], ['thu hút', 'is'], ['tiếp nhận', 'is'],
  ['kết nạp', 'is'], ['giải quyết việc làm cho', 'is'], ['tạo việc làm cho', 'is'], ['xây dựng', 'is'], ['đào tạo', 'is'],
  // Measures compared with a base named in between ("sâu hơn cùng kỳ năm 2023 khoảng 12 km"); right before the
  // number they are a bound instead ("vào sâu hơn 50 km"): see COMPARED_ONLY.
  ['sâu hơn', 'up'], ['xa hơn', 'up'], ['dài hơn', 'up'], ['rộng hơn', 'up'], ['lớn hơn', 'up'],
  ['nông hơn', 'down'], ['ngắn hơn', 'down'], ['hẹp hơn', 'down'], ['nhỏ hơn', 'down'],
];

/** The first word of a loss a cause did, after "làm" or "gây": "làm thiệt hại", "gây ngập", "làm chết", "làm sập". */
export const CAUSED_LOSS_WORDS = ['thiệt', 'hư', 'ngập', 'chết', 'sập', 'mất', 'cháy', 'sạt', 'tốc', 'đổ', 'bị'];

/** Comparatives that are verbs of change only when a base stands between them and the number. */
export const COMPARED_ONLY = ['sâu hơn', 'xa hơn', 'dài hơn', 'rộng hơn', 'lớn hơn', 'nông hơn', 'ngắn hơn', 'hẹp hơn', 'nhỏ hơn'];

/** Words after "tăng"/"giảm" that make a noun, not a verb of change ("giảm phát thải": a low-emission process). */
export const NOT_A_CHANGE_AFTER = ['trưởng', 'cường', 'nghèo', 'thiểu', 'tốc', 'giá', 'ca', 'cấp', 'phát'];

/** Bounds read immediately before the number ("trên 98%", "ít nhất từ 5%"). */
export const BOUNDS_BEFORE: ReadonlyArray<readonly [string, Bound]> = [
  ['trên', 'over'], ['hơn', 'over'], ['vượt trên', 'over'], ['cao hơn', 'over'], ['dưới', 'under'], ['chưa đến', 'under'],
  ['chưa tới', 'under'], ['không đến', 'under'], ['gần', 'nearly'], ['khoảng', 'about'], ['xấp xỉ', 'about'],
  ['trên dưới', 'about'], ['chừng', 'about'], ['ước khoảng', 'about'], ['ít nhất', 'at_least'], ['tối thiểu', 'at_least'],
  ['không dưới', 'at_least'], ['không thấp hơn', 'at_least'], ['tối đa', 'at_most'], ['không quá', 'at_most'],
  ['không vượt quá', 'at_most'], ['dưới mức', 'under'], ['ít nhất là', 'at_least'], ['tối thiểu là', 'at_least'],
  ['hơn', 'over'],
  // "lần lượt quanh 7.600 đồng/kg", "dao động quanh mức 30%": around.
  ['quanh', 'about'], ['quanh mức', 'about'], ['xoay quanh', 'about'],
];
export const BOUNDS_AFTER: ReadonlyArray<readonly [string, Bound]> = [
  ['trở lên', 'at_least'], ['trở xuống', 'at_most'], ['trở lại', 'at_most'],
];

/** Status of counts of targets and criteria, read after the unit ("34/43 chỉ tiêu đạt và vượt") or before the number. */
export const STATUS_PHRASES: ReadonlyArray<readonly [string, Status]> = [
  ['đạt và vượt', 'achieved'], ['đạt, vượt', 'achieved'], ['đạt trở lên', 'achieved'], ['hoàn thành và vượt', 'achieved'],
  // "hoàn thành và hoàn thành vượt mức 19/19 chỉ tiêu": met, some beyond; "hoàn thành vượt mức 12 chỉ tiêu": beyond.
  ['hoàn thành và hoàn thành vượt mức', 'achieved'], ['hoàn thành và hoàn thành vượt', 'achieved'], ['hoàn thành vượt mức', 'exceeded'],
  ['vượt', 'exceeded'], ['vượt kế hoạch', 'exceeded'],
  // "đã hoàn thành vượt mức kế hoạch 10/25 chỉ tiêu", "hoàn thành kế hoạch 8/15 chỉ tiêu": the plan named between the
  // verdict and the count.
  ['vượt mức kế hoạch', 'exceeded'], ['hoàn thành vượt mức kế hoạch', 'exceeded'], ['hoàn thành vượt kế hoạch', 'exceeded'],
  ['hoàn thành kế hoạch', 'achieved'], ['đạt kế hoạch', 'achieved'], ['xấp xỉ đạt', 'nearly'], ['gần đạt', 'nearly'], ['cơ bản đạt', 'nearly'],
  ['chưa đạt', 'not_achieved'], ['không đạt', 'not_achieved'], ['không hoàn thành', 'not_achieved'], ['chưa hoàn thành', 'not_achieved'],
  ['đạt thấp', 'not_achieved'],
  // "đạt 16/19 tiêu chí, còn thiếu 3 tiêu chí": the criteria a commune still lacks (criteria-still-missing).
  ['còn thiếu', 'not_achieved'], ['thiếu', 'not_achieved'],
  ['khó đạt', 'not_achieved'], ['có khả năng đạt', 'pending'], ['có khả năng hoàn thành', 'pending'],
  // "3 chỉ tiêu có nguy cơ không đạt": a verdict forecast, as "khó đạt" is (at-risk-targets).
  ['có nguy cơ không đạt', 'not_achieved'], ['có nguy cơ không hoàn thành', 'not_achieved'], ['nguy cơ không đạt', 'not_achieved'],
  ['chưa có kết quả', 'pending'], ['sẽ được thống kê', 'pending'], ['sẽ được đánh giá', 'pending'], ['sẽ đánh giá', 'pending'],
  ['chưa đánh giá', 'pending'], ['chưa có số liệu', 'pending'], ['đang chờ', 'pending'], ['chưa thống kê', 'pending'],
  ['đạt', 'achieved'], ['hoàn thành', 'achieved'], ['giữ vững', 'achieved'], ['duy trì', 'achieved'],
];

/** The nouns that name a plan: "đạt 99,8% kế hoạch", "NQ tăng 2%", "vượt chỉ tiêu giao", "kế hoạch năm 2024". */
// Words that say a figure is what stands now ("hiện mới đạt 56,4%"), whatever plan its sentence names.
// A bracket that opens with a change ("(giảm 6,19% số vụ, …)", "(+12,3%)"): changes against what stands before it.
/** The verbs a year's own item goes on with ("năm 2022 tăng 8,53%", "năm 2023 đạt 7,1%"): a year followed by one opens
 * an item of its own rather than naming the base or the period of the figure before it. */
export const YEAR_ITEM_VERBS = 'tăng|giảm|đạt|ước|ước đạt|ước tăng|là|còn|có';
export const CHANGE_OPENS_BRACKET = /^\s*\(\s*(?:tăng|giảm|[+\-−])/u;

// "(hiện có 7/24 xã)", "hiện còn 18 hộ nghèo": what is held now, right before the number; no forecast or plan named around
// it in the sentence ("những chỉ tiêu dự báo khó đạt … (hiện có 7/24 xã), để có giải pháp trong quý IV") governs it.
export const HELD_NOW = /(?<![\p{L}\p{M}])hiện (?:có|còn) $/u;
export const ACTUAL_NOW = wordStartTest(/(?<![\p{L}\p{M}])(?:hiện mới|hiện đã|hiện nay|mới đạt|đã đạt|đã giải ngân)(?!\p{L})(?!\p{M})/u);

export const PLAN_NOUNS = ['kế hoạch', 'kh', 'chỉ tiêu', 'nghị quyết', 'nq', 'nqđh', 'dự toán', 'mục tiêu', 'kịch bản'];

/** What a change or attainment is measured against, read after the figure. */
export const PLAN_WORDS = ['kế hoạch', 'kh', 'chỉ tiêu', 'nghị quyết', 'nq', 'dự toán', 'mục tiêu', 'chỉ tiêu nghị quyết', 'chỉ tiêu nq',
  'kế hoạch năm', 'kh năm', 'dự toán năm', 'chỉ tiêu kế hoạch', 'chỉ tiêu giao', 'kịch bản', 'nqđh', 'chỉ tiêu đề ra', 'đề ra'];

/** Estimate and target markers that change the modality of the figures after them. */
export const ESTIMATE_CUES = ['có thể đạt', 'có thể lên', 'có thể tăng', 'dự báo', 'ước đạt', 'ước tính', 'ước thực hiện', 'ước cả năm', 'ước', 'dự kiến', 'sơ bộ', 'dự ước', 'tạm tính',
  // "tăng trưởng kinh tế năm nay nhiều khả năng trên 8%": a forecast. (Not "có khả năng đạt", which a review of targets
  // uses for their verdict.)
  'nhiều khả năng'];
export const TARGET_CUES = ['các chỉ tiêu chủ yếu', 'theo kế hoạch', 'đề ra', 'phấn đấu', 'mục tiêu', 'chỉ tiêu chủ yếu', 'các chỉ tiêu', 'chỉ tiêu kế hoạch', 'kế hoạch năm',
  'dự toán năm', 'đề ra các chỉ tiêu', 'đặt mục tiêu', 'đề ra mục tiêu', 'nhằm đạt', 'phải đạt', 'cần đạt', 'sẽ đạt', 'định hướng',
  'chỉ tiêu năm', 'kế hoạch', 'dự toán', 'chỉ tiêu', 'đề nghị', 'yêu cầu',
  // "Năm 2023 tỉnh phải tăng thêm ít nhất 380.000 lượt khách": what must be gained is aimed at, as "phải đạt" (must-rise).
  'phải tăng', 'phải giảm'];
/** Written right before a figure or its verb ("NQ tăng 2%", "KH 16.200 con"): that figure is the plan. */
// ("(Nghị quyết cả năm 7 - 7,5%)" beside a half-year's figure: the whole year's plan.)
export const PLAN_MARKERS = [...PLAN_NOUNS, 'chỉ tiêu nq', 'kế hoạch năm', 'kh năm', 'chỉ tiêu năm', 'dự toán năm', 'nghị quyết cả năm', 'nq cả năm',
  'kế hoạch cả năm', 'kh cả năm', 'mục tiêu nghị quyết', 'chỉ tiêu nghị quyết', 'mục tiêu nq'];

/** Words right before a number that make it a name, an ordinal or a reference, never a figure. */
export const NAME_BEFORE = ['cả', 'đứng đầu', 'thôn', 'buôn', 'xóm', 'làng', 'tổ dân phố', 'thứ', 'số', 'khóa', 'khoá', 'lần thứ', 'kỳ họp thứ', 'phường', 'quận', 'quốc lộ', 'ql', 'tỉnh lộ', 'đường tỉnh',
  'hương lộ', 'đt', 'đường', 'chương trình', 'đề án', 'mô hình', 'công nghệ', 'nghị quyết', 'nghị định', 'quyết định', 'chỉ thị', 'thông tư',
  'công văn', 'điều', 'khoản', 'tổ', 'ấp', 'khu phố', 'khóm', 'lô', 'thửa', 'trang', 'tờ', 'mục', 'loại', 'hạng', 'top', 'tốp', 'giờ',
  'lúc', 'ngày', 'tháng', 'năm', 'quý', 'tuần', 'covid', 'sư đoàn', 'trung đoàn', 'tiểu đoàn', 'lữ đoàn', 'quân khu', 'đội',
  'kế hoạch số', 'văn bản', 'luật', 'hotline', 'điện thoại', 'đt:', 'fax', 'tel', 'zalo', 'mã', 'mẫu', 'phụ lục', 'bước',
  'giai đoạn', 'nhiệm kỳ', 'đợt', 'vòng', 'tập', 'chương', 'bài', 'câu', 'đại hội', 'hội nghị', 'lớp', 'khối',
  'cụm', 'cấp', 'độ', 'level', 'khu', 'block', 'tòa', 'cổng', 'kênh', 'rạch', 'cầu', 'bến', 'tàu', 'chuyến bay',
  'biển số', 'kilômét', 'km', 'cột', 'hẻm', 'ngõ', 'ngách', 'kiệt', 'lần', 'thế hệ', 'iso', 'vòng',
  // "1.000 lao động thuộc nhóm 1 và 500 lao động thuộc nhóm 2": a group's number names it.
  'nhóm',
  // Steering committees are named by the decree or programme that set them up: "Ban Chỉ đạo 138", "Ban Chỉ đạo 35".
  // So are their short form and the anti-smuggling teams ("BCĐ 389 tỉnh", "Đoàn kiểm tra liên ngành 389 tỉnh";
  // inspection-team-name).
  'ban chỉ đạo', 'bcđ', 'đoàn kiểm tra liên ngành', 'đoàn liên ngành'];

/** Nouns of schemes named by their goal ("Đề án phát triển bền vững 1 triệu héc-ta …", "chương trình trồng 1 tỷ cây
 * xanh"); see scheme-names.ts. Not "dự án": projects are counted and priced ("12 dự án với tổng vốn 500 tỷ đồng"). */
export const SCHEME_NOUNS = ['đề án', 'chương trình', 'phong trào', 'cuộc vận động'];

/** Words (and pairs) that end a scheme's name: what follows them reports on the scheme or measures it. */
export const SCHEME_NAME_BREAKS = ['đã', 'đang', 'sẽ', 'có', 'với', 'đạt', 'là', 'được', 'gồm', 'cho', 'tổng', 'vốn', 'kinh phí', 'trị giá',
  'giá trị', 'diện tích', 'quy mô', 'năm', 'tháng', 'quý', 'tại', 'của', 'trên', 'dưới', 'khoảng', 'hơn', 'gần', 'từ', 'đến', 'và', 'thì',
  'nay', 'giải ngân', 'thực hiện', 'bố trí', 'phân bổ', 'huy động', 'tăng', 'giảm', 'ước', 'lên', 'còn', 'hiện', 'mới', 'thêm', 'hỗ trợ',
  'cấp', 'chi', 'nguồn', 'mức', 'tỷ lệ', 'số', 'gần', 'nâng', 'lũy kế', 'trong', 'ở', 'nhằm', 'để'];

/** What one gift or grant is given as ("mỗi suất 500.000 đồng", "mỗi phần quà gồm 10 kg gạo và 300.000 đồng"): its
 * value or contents describe one item of one event, not a figure. */
export const GIFT_NOUNS = ['suất', 'suất quà', 'phần', 'phần quà', 'gói', 'gói quà', 'túi quà', 'phong bì', 'suất học bổng', 'học bổng',
  'bộ quà', 'thùng quà', 'xuất quà'];

/** Places a distance is measured from ("cách trung tâm thành phố khoảng 15 km"): the number says where, not how much. */
export const DISTANCE_LANDMARKS = ['trung tâm', 'thành phố', 'tp.', 'tp', 'thị trấn', 'thị xã', 'huyện', 'xã', 'tỉnh', 'quốc lộ', 'bờ', 'biển',
  'sông', 'cửa sông', 'cửa biển', 'chợ', 'đất liền', 'nơi', 'nhà', 'trường', 'ranh giới', 'biên giới', 'cầu', 'bến', 'cảng', 'sân bay',
  'thủ đô', 'hà nội', 'khu', 'điểm'];

/** Words that make a figure with no indicator a stock counted at a date ("đến ngày 30/11/2024, … tổng diện tích
 * 12.723 ha, tỷ lệ lấp đầy 88,6%, … lao động đang làm việc"), not a sum over the months to it. */
export const STOCK_WORDS = ['tổng diện tích', 'lấp đầy', 'đang hoạt động', 'đang làm việc', 'còn hiệu lực', 'hiện có', 'lũy kế đến nay', 'đang sinh sống',
  // "Tính đến 30/11/2025, … Tuy nhiên, vẫn còn 14 xã có tỷ lệ bao phủ dưới 90%": what remains at the cut-off.
  'vẫn còn', 'hiện còn',
  // "Đến ngày 30/9/2023, tổng số nợ thuế là 7,85 tỷ đồng", "dư nợ cho vay đạt …": what is owed stands at its date.
  'nợ thuế', 'dư nợ', 'nợ đọng',
  // A bank's balances: "tổng nguồn vốn huy động … đạt 296.400 tỷ đồng", "nợ xấu … là 1.006 tỷ đồng", "nợ quá hạn chỉ còn
  // 0,87 tỷ đồng" stand at their date, as the credit does.
  'nguồn vốn huy động', 'vốn huy động', 'tổng nguồn vốn', 'nợ xấu', 'nợ quá hạn',
  // "Đến ngày 30/6, … 21.430 đơn vị chậm đóng bảo hiểm xã hội … với số tiền 4.870 tỷ đồng": arrears too.
  'chậm đóng', 'nợ bảo hiểm xã hội', 'nợ bhxh',
  // "Tính đến ngày 25/12/2023, … còn 23 doanh nghiệp nợ lương của 14.600 lao động": wages owed too.
  'nợ lương', 'nợ tiền lương',
  // "Tính đến ngày 30/9/2025, … đã kích hoạt 2.918.460 tài khoản định danh điện tử, đạt 86,9%": the accounts opened so
  // far stand at the date, as a count of members does.
  'kích hoạt', 'định danh điện tử'];

/** Words of a land clearance ("đã bàn giao 318,6/321,2 ha mặt bằng, đạt 99,2%", "còn 14 hộ chưa nhận tiền bồi thường",
 * "bố trí 356 lô đất tái định cư"): what a clause about them counts at a cut-off is how far the clearance stands since
 * the project began, not a sum over the months of the year. */
// Houses built anew after a disaster ("đã hỗ trợ làm mới, sửa chữa 1.026/1.236 nhà bị sập đổ") stand so too, and so do
// temporary houses removed under the national programme ("Đến ngày 31/8/2025, … hoàn thành xóa 10.842 căn nhà tạm"),
// counted since it began.
export const CLEARANCE_WORDS = ['mặt bằng', 'bồi thường', 'tái định cư', 'làm mới', 'nhà tạm'];

/** Words right after a counted noun that say the count stands at a date: "21.430 đơn vị chậm đóng bảo hiểm xã hội",
 * "2.086 dự án còn hiệu lực", "2,9 triệu tài khoản định danh điện tử". */
// ("Số tiền chậm đóng đến ngày 30/9 là 48,6 tỷ đồng; trong đó 27 đơn vị nợ từ 3 tháng trở lên": units in arrears too.)
export const STOCK_WORDS_AFTER_COUNT = /^(?: [\p{L}\p{M}]+){0,3}? (?:chậm đóng|còn hiệu lực|nợ lương|nợ tiền lương|định danh điện tử|nợ (?:từ|trên|bảo hiểm|bhxh))(?!\p{L})(?!\p{M})/u;

/** Members and the organisations they belong to, which an organisation "has" at a date (members-held.ts). */
export const MEMBERSHIP_NOUNS = ['đảng viên', 'đoàn viên', 'hội viên', 'tổ chức cơ sở đảng', 'tổ chức đảng', 'chi bộ', 'đảng bộ',
  'công đoàn cơ sở', 'tổ chức'];

/** A change measured "so với cùng thời điểm …" (the same date a year before) is a stock's: "số ô tô tăng 9,4% so với cùng
 * thời điểm năm 2022" after a count at a cut-off stands at that date, not over the months to it. */
export const SAME_MOMENT_BASE_AFTER = /^ so (?:với )?cùng thời điểm(?!\p{L})(?!\p{M})/u;

/** Words before "lên" that make the level a peak now and then ("có lúc lên 4 g/l", "có thời điểm lên 90 - 95%"), not a
 * level reached by a move. */
export const PEAK_WORDS = ['có lúc', 'có thời điểm', 'có ngày', 'có khi', 'vào cao điểm', 'lúc cao điểm', 'cao điểm'];

/** Words of a vote ("52/53 đại biểu có mặt tán thành", "với 100% số phiếu"): its tally is one event's, not a figure. */
export const VOTE_WORDS = ['tán thành', 'số phiếu', 'phiếu bầu', 'phiếu tín nhiệm', 'phiếu thuận', 'biểu quyết', 'đắc cử', 'trúng cử'];

/** Lines that open a list of other articles' headlines ("Xem thêm", "Tin liên quan", "Xem nhiều nhất"). */
export const RELATED_LIST_MARKERS = ['xem thêm', 'tin liên quan', 'bài liên quan', 'bài viết liên quan', 'bài viết cùng chuyên mục',
  'tin bài liên quan', 'tin cùng chuyên mục', 'đọc thêm', 'tin khác', 'các tin khác', 'tin mới nhất', 'tin đọc nhiều', 'có thể bạn quan tâm',
  'cùng chuyên mục', 'xem nhiều nhất', 'đọc nhiều nhất', 'tin xem nhiều', 'tin đã đưa', 'tin nổi bật', 'tin cùng chủ đề',
  'tin tức liên quan', 'tin đã đăng', 'bài đã đăng', 'các tin đã đăng', 'tin bài khác',
  'bài viết cùng chủ đề', 'bài cùng chủ đề', 'tin bài cùng chủ đề', 'bài cùng chuyên mục', 'tin bài cùng chuyên mục',
  // Báo Đồng Nai and others head theirs "Các bài viết khác:" (other-articles-marker).
  'các bài viết khác', 'bài viết khác', 'các bài khác'];

/** Lines that open such a list only when they stand alone ("Đọc nhiều" over headlines; "Đọc nhiều sách …" is prose;
 *  "Tin mới" over the site's latest headlines, "Tin mới từ Sở …" is prose). */
export const RELATED_LIST_LINES = ['đọc nhiều', 'xem nhiều', 'tin mới'];

/** The sections the industrial production index (IIP) is broken down by; see iip-sub-sectors.ts. */
export const IIP_SECTIONS = ['chế biến, chế tạo', 'chế biến chế tạo', 'khai khoáng', 'sản xuất và phân phối điện', 'phân phối điện',
  'cung cấp nước'];

/** Names of composite indices whose value papers print without a unit ("chỉ số DTI năm 2024 đạt 0,7955"); see
 * index-values.ts. */
export const INDEX_NAMES = ['dti', 'pci', 'papi', 'par index', 'sipas', 'chỉ số chuyển đổi số', 'chỉ số năng lực cạnh tranh',
  'chỉ số cải cách hành chính', 'chỉ số hiệu quả quản trị', 'chỉ số hài lòng'];

/** Labels of the market widgets in a page's top bar ("Giá vàng SJC: 66,9 triệu đồng/lượng", "VN-Index: 1.052,3"); see
 * market-widgets.ts. */
export const MARKET_WIDGET_LABELS = ['giá vàng', 'vàng sjc', 'vàng nhẫn', 'vàng 9999', 'tỷ giá', 'tỉ giá', 'vn-index', 'vnindex', 'hnx-index',
  'hnx', 'upcom', 'giá xăng', 'xăng', 'dầu', 'usd', 'eur', 'ron 95', 'bitcoin'];

/** What a congress, a resolution or a council does with targets ("Đại hội … thông qua", "Nghị quyết đề ra 25 chỉ tiêu"). */
export const TARGET_SETTING_VERBS = ['đề ra', 'đặt ra', 'xác định', 'thông qua', 'đặt mục tiêu', 'nhất trí', 'thống nhất', 'quán triệt'];
/** The targets themselves, named. */
export const NAMES_TARGETS = wordStartTest(/(?<![\p{L}\p{M}])(?:chỉ tiêu|mục tiêu)(?!\p{L})(?!\p{M})/u);

/** "…, vượt mục tiêu cả giai đoạn 2021 - 2025 được giao và 21 xã …": the words that close a plan's name, then a comma or
 *  "và" — what follows is no longer about that plan. */
export const PLAN_PHRASE_CLOSED = /(?<![\p{L}\p{M}])(?:được giao|đề ra|đặt ra)(?:,\s*| và )/u;

/** A council delegation named after the place that elected it ("Đại biểu … (Tổ đại biểu huyện Hương Khê)"): the words
 *  before the place, which then names who asks, never whose figures follow. */
// "nhiều lao động đi làm ăn xa ở Thành phố Hồ Chí Minh và Bình Dương": where a place's people go to work, named in
// passing; never what "toàn tỉnh" means afterwards nor the place of a figure.
export const WORK_DESTINATION_BEFORE = ['làm ăn xa ở', 'làm ăn xa tại', 'làm ăn ở', 'làm ăn tại', 'đi làm ở', 'đi làm tại', 'đi làm việc ở',
  'đi làm việc tại', 'làm công nhân ở', 'làm công nhân tại', 'làm thuê ở', 'làm thuê tại'];
export const DELEGATION_BEFORE = ['tổ đại biểu', 'đoàn đại biểu', 'tổ đại biểu hđnd', 'đoàn đại biểu quốc hội', 'đoàn đbqh', 'tổ đbqh', 'tổ đại biểu hội đồng nhân dân'];
// "đại biểu Nguyễn Thị Hoà (tổ huyện Diễn Châu) đề nghị …": a council's discussion group named short, in a bracket after
// the delegate (delegate-group-bracket).
export const DELEGATE_GROUP_BEFORE = ['(tổ', '(tổ huyện', '(tổ thị xã', '(tổ thành phố', '(tổ tp', '(tổ tx', '(tổ quận'];
