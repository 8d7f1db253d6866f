// Units a figure can carry, as papers write them (lower-case, canonical tones) → the unit the spec reports.

export type UnitClass = 'percent' | 'points' | 'money' | 'physical' | 'count' | 'times' | 'score';

export interface UnitInfo {
  unit: string;
  class: UnitClass;
}

const PERCENT: Array<[string, UnitInfo]> = [
  ['%', { unit: '%', class: 'percent' }],
  ['phần trăm', { unit: '%', class: 'percent' }],
  ['điểm %', { unit: 'điểm %', class: 'points' }],
  ['điểm phần trăm', { unit: 'điểm %', class: 'points' }],
  ['điểm', { unit: 'điểm', class: 'score' }],
  ['lần', { unit: 'lần', class: 'times' }],
];

const MONEY: Array<[string, string]> = [
  ['đồng', 'VND'], ['vnđ', 'VND'], ['vnd', 'VND'], ['đ', 'VND'],
  ['usd', 'USD'], ['đô la mỹ', 'USD'], ['đôla mỹ', 'USD'], ['đô la', 'USD'], ['đô-la', 'USD'], ['us$', 'USD'],
  ['euro', 'EUR'], ['eur', 'EUR'], ['yên', 'JPY'], ['nhân dân tệ', 'CNY'],
];

const PHYSICAL: Array<[string, string]> = [
  ['ha', 'ha'], ['héc-ta', 'ha'], ['hécta', 'ha'], ['hecta', 'ha'], ['héc ta', 'ha'], ['hecta', 'ha'],
  ['tấn', 'tấn'], ['tạ', 'tạ'], ['kg', 'kg'], ['yến', 'yến'],
  ['km2', 'km2'], ['km²', 'km2'], ['km', 'km'], ['m2', 'm2'], ['m²', 'm2'], ['m3', 'm3'], ['m³', 'm3'], ['mét', 'm'], ['m', 'm'],
  // Floor area is written "m2 sàn": the word names what is measured, so a rate after it is still per the whole
  // ("29,6 m2 sàn/người" → m2/người).
  ['m2 sàn', 'm2'], ['m² sàn', 'm2'],
  // So is a harvest's weight written with its produce: "2,8 tấn nhân/ha" of coffee beans, "62 tạ thóc/ha" (produce-named-in-yield).
  ['tấn nhân', 'tấn'], ['tạ nhân', 'tạ'], ['tấn thóc', 'tấn'], ['tạ thóc', 'tạ'],
  ['kwh', 'kWh'], ['triệu kwh', 'triệu kWh'], ['mw', 'MW'], ['kw', 'kW'], ['gwh', 'GWh'],
  // Salinity: parts per thousand and grams per litre (độ mặn 4‰ ≈ 4 g/l).
  ['‰', '‰'], ['phần nghìn', '‰'], ['phần ngàn', '‰'], ['g/l', 'g/l'], ['gam/lít', 'g/l'],
  ['lít', 'lít'], ['gam', 'gam'], ['tấn/ha', 'tấn/ha'], ['tạ/ha', 'tạ/ha'], ['teu', 'TEU'], ['thuê bao', 'thuê bao'],
  // Broadcasting's output in hours ("phát sóng 7.300 giờ truyền hình"); a bare "giờ" is a clock or a duration.
  ['giờ truyền hình', 'giờ'], ['giờ phát sóng', 'giờ'], ['giờ phát thanh', 'giờ'],
];

/** Counted nouns reported as written. Plans and groups ("chương trình", "nhóm nhiệm vụ") are left out on purpose:
 * the spec makes them optional, so naming them only risks false positives. */
const COUNTED: string[] = [
  'chỉ tiêu', 'tiêu chí', 'xã', 'phường', 'thị trấn', 'đặc khu', 'huyện', 'tỉnh', 'ấp', 'khu phố', 'khóm', 'thôn', 'bản', 'buôn', 'làng', 'tổ dân phố',
  // "Phường có 12/14 khối phố đạt chuẩn văn minh đô thị": the residential blocks of some northern wards (ward-blocks-counted).
  'khối phố',
  // "toàn xã có 28/64 xóm đạt chuẩn khu dân cư kiểu mẫu": the hamlets of Nghệ An, Hà Tĩnh and the northern midlands (xom-counted).
  'xóm',
  'hộ', 'hộ gia đình', 'người', 'nhân khẩu', 'lao động',
  // "tổ chức" alone counts organisations ("Số tổ chức" in a rating table, "4 tổ chức chính trị - xã hội"); after a term's
  // closing year or a date it is the verb, which the year and date readers keep out.
  'đảng viên', 'chi bộ', 'tổ chức cơ sở đảng', 'tổ chức đảng', 'tổ chức', 'đơn vị', 'doanh nghiệp', 'hợp tác xã', 'tổ hợp tác',
  'dự án', 'trường', 'trường học', 'học sinh', 'sinh viên', 'trẻ', 'trẻ em', 'cháu', 'giáo viên', 'bác sĩ',
  // "đón hơn 142.000 lượt du khách": visitors by the visit, as written (turns-of-visitors).
  'lượt du khách',
  'giường bệnh', 'giường', 'trạm y tế', 'lượt khách', 'lượt người', 'lượt lao động', 'bậc', 'hạng', 'lượt', 'khách', 'du khách', 'khách sạn', 'cơ sở lưu trú', 'phòng', 'phòng lưu trú', 'mặt hàng', 'lượt dự án', 'sản phẩm',
  'vụ', 'vụ việc', 'vụ án', 'đối tượng', 'bị can', 'căn nhà', 'căn', 'ngôi nhà', 'căn hộ', 'con',
  // "Trong tháng có 23/27 ngành sản xuất tăng so với tháng trước": the industries a statistics release counts.
  'ngành', 'ngành hàng', 'ngành nghề',
  'cây', 'cơ sở', 'làng nghề', 'chợ', 'hồ sơ', 'thủ tục', 'thủ tục hành chính', 'đoàn viên', 'hội viên',
  'thanh niên', 'tân binh', 'công dân', 'tài khoản', 'giấy phép', 'giấy chứng nhận', 'suất', 'phần quà', 'ca',
  'ca bệnh', 'ca mắc', 'ca tử vong', 'ổ dịch',
  // "ghi nhận 12.400 ca mắc sốt xuất huyết, 110 tử vong": deaths counted without a classifier after the cases.
  'tử vong', 'ca sởi', 'ca sốt xuất huyết', 'ca tay chân miệng', 'ca sốt rét', 'lượt khám', 'lượt khám bệnh',
  'lượt khám chữa bệnh', 'lượt khám, chữa bệnh', 'phòng học', 'phòng công vụ', 'bệnh nhân', 'người bệnh', 'xe', 'phương tiện', 'tàu', 'tàu cá', 'ô tô', 'cán bộ',
  'công chức', 'viên chức', 'nông dân', 'trường hợp', 'mô hình', 'tuyến', 'tuyến đường', 'cây cầu', 'cầu',
  'nhà văn hóa', 'nhà đại đoàn kết', 'nhà tình nghĩa', 'nhà ở',
  // "1.426 nhà bị ngập, trong đó 87 nhà bị hư hỏng": houses counted after a flood or a storm; the longer names keep
  // their own noun ("2 nhà máy" counts factories).
  'nhà', 'nhà máy', 'nhà hàng', 'nhà trẻ',
  // "xóa 1.215 nhà tạm, nhà dột nát" (the 2024–2025 national programme).
  'nhà tạm', 'căn nhà tạm', 'nhà dột nát', 'hồ chứa', 'giếng', 'công nhân', 'người lao động',
  'thí sinh', 'lớp', 'phòng học', 'điểm trường', 'hộ kinh doanh', 'nhà đầu tư', 'khu công nghiệp',
  'bài thi', 'bài', 'trái', 'quả', 'em', 'cống', 'ngày', 'lượt hộ', 'mã số vùng trồng', 'mã vùng trồng', 'mã',
  'bồn', 'thẻ', 'cánh đồng', 'cánh đồng mẫu lớn',
  // Industrial products counted by the piece or the pair ("58,3 triệu đôi giày", "1,2 triệu chiếc", "402 triệu viên gạch",
  // "điện thoại di động đạt 98,4 triệu cái", "tấm pin năng lượng mặt trời 6,2 triệu tấm"; see PIECES_AT_SCALE).
  'đôi', 'chiếc', 'viên', 'cái', 'tấm',
  // Words that open with "đồng" but are no money: "bầu 65 đồng chí", "3.000 đồng bào", "lắp 500 đồng hồ nước".
  'đồng chí', 'đồng bào', 'đồng hồ',
  // Places counted as "điểm …" ("05 điểm du lịch được công nhận"), not score points.
  'điểm du lịch', 'điểm đến', 'điểm đến du lịch', 'điểm bán hàng', 'điểm giao dịch', 'điểm tiêm', 'điểm sạt lở', 'điểm cầu',
  // Producers and their members, farms and cages counted over a place ("36 hợp tác xã với hơn 3.100 thành viên", "toàn
  // xã có 14 trang trại và 52 gia trại", "612 homestay", "216 ô lồng nuôi trồng thủy sản").
  'thành viên', 'trang trại', 'gia trại', 'homestay', 'ô lồng', 'lồng', 'lồng bè',
  // Damage after a flood ("7 đập tràn, 3 cầu tạm bị hư hỏng"), court tallies ("215 vụ/386 bị cáo"), installations
  // ("1.260 hệ thống điện mặt trời mái nhà"). A storm's toll on power lines and boats ("1.126 cột điện trung, hạ thế bị
  // gãy", "1.166 tàu thuyền bị chìm"), counted as written.
  'đập tràn', 'cầu tạm', 'bị cáo', 'hệ thống', 'cột điện', 'tàu thuyền',
  'cụm công nghiệp', 'người dân', 'giải', 'giải nhất', 'giải nhì', 'giải ba', 'huy chương', 'địa phương', 'chủ đầu tư', 'buồng', 'tin báo', 'tin', 'đơn vị cấp huyện', 'đơn vị hành chính', 'đơn vị hành chính cấp xã', 'đơn vị hành chính cấp huyện', 'hộ sản xuất', 'cá thể', 'cơ sở sản xuất', 'đoàn', 'lượt truy cập', 'chuyến',
  // Public services and their records ("cung cấp 1.742 dịch vụ công trực tuyến", "số hóa 38.140 kết quả giải quyết thủ
  // tục hành chính", "làm sạch 2,04 triệu dữ liệu dân cư"), flights and passengers, gifts ("2.460 suất quà").
  'dịch vụ', 'dịch vụ công', 'dịch vụ công trực tuyến', 'kết quả', 'dữ liệu', 'chuyến bay', 'hành khách', 'suất quà',
  // Fees paid online ("38.920 giao dịch với số tiền hơn 6,2 tỷ đồng"), property deals ("có 1.284 giao dịch căn hộ thành
  // công") and a province's ranked relics ("có thêm 3 di tích được xếp hạng").
  'giao dịch', 'di tích',
  // Vacancies at a job fair ("cung cấp hơn 7.200 vị trí việc làm", counted by the head noun) and a budget's lines ("có
  // 9/14 khoản thu đạt trên 75% dự toán"). (A fair's booths are a detail of the event, not counted.)
  'vị trí', 'khoản thu',
  // A holiday's tallies: emergencies treated ("tiếp nhận 1.036 lượt cấp cứu"), coach runs ("xuất bến 1.126 chuyến xe"),
  // and people in households given rice ("245 tấn gạo cho 4.080 hộ với 16.330 khẩu").
  'lượt cấp cứu', 'chuyến xe', 'khẩu',
  // What a children's month or a school year's start hands out, counted as written ("trao 150 suất học bổng và 200 xe
  // đạp"), not cut to "suất" or "xe".
  'suất học bổng', 'xe đạp',
  // What ports and network operators count ("31 bến cảng với 88 cầu cảng", "phát sóng 1.260 trạm BTS 5G"), counted as
  // written (port-and-route-counts); "cầu cảng" is no bridge. (Not yet "đường bay": holdout77's "Sân bay quốc tế Cam Ranh
  // hiện khai thác 14 đường bay" would take the city its sentence before named.)
  'bến cảng', 'cầu cảng', 'trạm',
  // Ships' runs, as ports count cruise calls ("đón 45 chuyến tàu biển quốc tế với gần 38.000 khách"), kept whole like
  // "chuyến bay" and "chuyến xe".
  'chuyến tàu', 'chuyến tàu biển',
  // Trade's outlets ("46 siêu thị, 14 trung tâm thương mại và 428 chợ") and new-countryside models counted over a
  // province ("1.012 khu dân cư kiểu mẫu và 2.850 vườn mẫu"). (Not "nhóm hàng": "Trong 11 nhóm hàng chính" of the CPI is
  // the basket's make-up.)
  'siêu thị', 'trung tâm thương mại', 'cửa hàng', 'khu dân cư', 'vườn mẫu',
  // A programme's works built ("khởi công 48 công trình hạ tầng thiết yếu, trong đó 17 công trình nước sinh hoạt") and the
  // labour days people gave ("góp 126.500 ngày công"), results of the national target programmes.
  'công trình', 'ngày công',
  // A budget's tallies: spending items the Treasury refused ("từ chối thanh toán 126 khoản chi"), plots auctioned ("64
  // phiên đấu giá với 1.250 lô đất", "11/24 khu đất không có người tham gia") and agencies ranked by disbursement ("có
  // 9/47 cơ quan giải ngân trên 95%").
  'khoản chi', 'lô đất', 'khu đất', 'cơ quan',
  // A bank's borrowers ("giải ngân 812 tỷ đồng cho 1.065 khách hàng", "cho vay 54.180 lượt khách hàng"): customers, not
  // visitors (a bare "khách" stays the tourism count).
  'khách hàng', 'lượt khách hàng',
  // Births by sex ("tỷ số giới tính khi sinh 113,8 bé trai/100 bé gái"; see PER_HUNDRED in quantity.ts).
  'bé trai', 'bé gái',
  // Couples counselled before marriage or counted as child marriages ("6.240 cặp nam, nữ được tư vấn", "46 cặp tảo hôn").
  'cặp', 'cặp vợ chồng',
  // An index's parts ("tăng điểm ở 7/10 chỉ số thành phần", "có 5 chỉ số giảm điểm"), counted by the head noun as the
  // PCI and PAPI reports count them. (A month before it names the month: "tháng 9 chỉ số giá …".)
  'chỉ số',
  // Order and safety tallies: black spots fixed and road signs put up ("xử lý 46 điểm đen", "lắp đặt 1.250 biển báo"),
  // militia trained ("huấn luyện cho 28.640 dân quân tự vệ"), motorbikes counted by their own name ("hơn 2,36 triệu xe
  // mô tô"; a bare "xe" stays).
  'điểm đen', 'biển báo', 'dân quân', 'dân quân tự vệ', 'xe mô tô', 'xe máy',
  // Mass organisations' and culture's tallies: unions founded ("thành lập 48 công đoàn cơ sở"), clubs ("1.860 câu lạc bộ
  // thể dục thể thao"), people taught about the Party ("2.416 quần chúng ưu tú"), children and learners ("6.350 thiếu
  // nhi", "14.320 lượt học viên"), blood given ("4.820 đơn vị máu"; a bare "đơn vị" counts units), trees planted ("125.400
  // cây xanh"), a library's books, readers and branches ("24.500 bản sách", "186.400 lượt bạn đọc", "58 điểm thư viện";
  // a bare "bản" is a hamlet) and classes held ("214 lớp học").
  'công đoàn cơ sở', 'câu lạc bộ', 'quần chúng', 'thiếu nhi', 'học viên', 'đơn vị máu', 'cây xanh', 'bản sách', 'bạn đọc',
  'điểm thư viện', 'lớp học',
  // A paper's issues ("xuất bản 312 số báo in").
  'số báo',
  // Farm and trade tallies: vaccine doses given ("tiêm 1,25 triệu liều vắc xin", counted in doses) and the traders who
  // came to buy ("hơn 300 thương nhân", "thương lái") (farm-trade-counts). (Not "quốc gia": "vận động viên từ 28 quốc gia"
  // details one event.)
  'liều', 'thương nhân', 'thương lái',
  // Market and consumer tallies: goods seized by the packet ("tịch thu 8.650 gói thuốc lá điếu nhập lậu"), consumers'
  // complaints settled ("giải quyết 44/46 đơn"), e-commerce parcels and orders ("14,2 triệu bưu gửi", "1,8 triệu đơn
  // hàng") and convenience stores, kept whole (market-tally-nouns).
  'gói', 'đơn', 'đơn hàng', 'bưu gửi', 'cửa hàng tiện lợi',
  // Goods seized counted by their packaging ("tạm giữ 3.500 bao thuốc lá, 1.200 chai rượu ngoại, 850 hộp sữa, 2.400 thùng
  // nước giải khát và 460 túi xách giả"; seized-goods-packages).
  'bao', 'chai', 'hộp', 'thùng', 'túi', 'lon',
  // Inspection and audit tallies: inspections held, bare or named ("312 cuộc thanh tra hành chính", "thanh tra cấp huyện
  // 192 cuộc"), penalty decisions issued ("2.418 quyết định xử phạt") and conclusions followed up ("đã thực hiện xong
  // 142/168 kết luận") (inspection-tally-nouns). Calls and supervisions keep their own noun, as the corpora write them.
  'cuộc', 'cuộc gọi', 'cuộc giám sát', 'quyết định', 'kết luận',
];

/** "chỉ số" counts an index's parts ("7/10 chỉ số thành phần"), but "chỉ số giá" names the price index ("tháng 9 chỉ số
 * giá …"), and an index has a few parts only. */
export const INDEX_PARTS = 'chỉ số';
export const PRICE_INDEX_TAIL = ' giá';
export const MAX_INDEX_PARTS = 30;

/** Classifiers that count a factory's output only at its scale ("98,4 triệu cái", "6,2 triệu tấm"); without a scale word
 * they classify a few things of a story ("phòng làm việc chỉ có 2 cái bàn"). */
export const PIECES_AT_SCALE: ReadonlySet<string> = new Set(['cái', 'tấm']);

/** "lượt" counts visits, checks or turns of whatever noun follows it: "1.236 lượt tàu cá", "420 lượt xe". Nouns that
 * stay apart: visitors ("lượt du khách" is its own counted noun above, read whole), and times are no counted thing. */
export const TURNS = 'lượt';
/** After "lần": " lượt" makes "lần lượt" (respectively), no multiple ("thứ 4 và 5 lần lượt là …"). */
export const RESPECTIVELY_TAIL = ' lượt';
export const NOT_COUNTED_IN_TURNS = ['khách', 'du khách', 'ngày', 'em', 'bài', 'tin'];

// Read, share and like counters sit next to figures on every news page.
export const COUNTER_NOUNS = ['lượt xem', 'lượt thích', 'lượt chia sẻ', 'lượt đọc', 'bình luận', 'lượt bình luận', 'lượt nghe', 'lượt tải'];

export const UNIT_ENTRIES: ReadonlyArray<readonly [string, UnitInfo]> = [
  ...PERCENT,
  ...MONEY.map(([p, u]) => [p, { unit: u, class: 'money' }] as [string, UnitInfo]),
  ...PHYSICAL.map(([p, u]) => [p, { unit: u, class: 'physical' }] as [string, UnitInfo]),
  ...COUNTED.map((p) => [p, { unit: p, class: 'count' }] as [string, UnitInfo]),
  // "thành lập mới 420 DN": the short form counts enterprises, and is reported as them.
  ['dn', { unit: 'doanh nghiệp', class: 'count' }],
  // "Toàn huyện có 28 HTX nông nghiệp": the short form counts cooperatives, and is reported as them.
  ['htx', { unit: 'hợp tác xã', class: 'count' }],
  // "còn 1.240 hộ dân": households, reported by the head noun as the spec lists it ("hộ").
  ['hộ dân', { unit: 'hộ', class: 'count' }],
];

/** What a per-unit rate is divided by: "triệu đồng/người/năm", "bác sĩ/vạn dân", "giường bệnh trên 1 vạn dân". */
export const PER_DENOMINATORS: ReadonlyArray<readonly [string, string]> = [
  ['người/năm', 'người/năm'], ['người/tháng', 'người/tháng'], ['người', 'người'], ['năm', 'năm'], ['tháng', 'tháng'],
  ['ngày đêm', 'ngày đêm'], ['ngày', 'ngày'], ['ha', 'ha'], ['hộ', 'hộ'], ['vạn dân', 'vạn dân'], ['1 vạn dân', 'vạn dân'], ['10.000 dân', 'vạn dân'],
  ['1.000 dân', '1.000 dân'], ['nghìn dân', '1.000 dân'], ['100.000 dân', '100.000 dân'], ['km2', 'km2'], ['km²', 'km2'],
  ['lao động', 'lao động'], ['hộ/năm', 'hộ/năm'], ['ha/năm', 'ha/năm'], ['con', 'con'], ['kg', 'kg'], ['tấn', 'tấn'],
  ['vụ', 'vụ'], ['lít', 'lít'], ['xã', 'xã'], ['lượt', 'lượt'], ['lượt khách', 'lượt khách'], ['khách', 'khách'], ['kg', 'kg'],
  ['đêm', 'đêm'], ['tuần', 'tuần'], ['quý', 'quý'], ['giờ', 'giờ'], ['m2', 'm2'], ['m²', 'm2'], ['phòng', 'phòng'],
  ['học sinh', 'học sinh'], ['lớp', 'lớp'], ['suất', 'suất'], ['sản phẩm', 'sản phẩm'], ['tấn/ha', 'tấn/ha'],
  ['trái', 'trái'], ['quả', 'quả'], ['cây', 'cây'],
  // Fertility: "mức sinh thay thế (bình quân 2,1 con/phụ nữ)", children per woman.
  ['phụ nữ', 'phụ nữ'],
  // Fares: "giá vé máy bay … 2,8 - 3,2 triệu đồng/vé".
  ['vé', 'vé'],
  // A fishing trip's catch and earnings: "mỗi tàu đạt 5,8 tấn/chuyến", "lãi từ 200 - 300 triệu đồng/chuyến" (per-trip-rate).
  ['chuyến', 'chuyến'],
  // Eggs are priced by the ten: "trứng gà (đồng/chục)".
  ['chục', 'chục'],
  // Tết markets price goods by the piece: "bánh tét 80.000 - 150.000 đồng/đòn", "mai vàng … 5 triệu đồng/chậu", "cúc mâm
  // xôi 120.000 - 180.000 đồng/cặp", "đào … đồng/cành", "giỏ quà 650.000 đồng/giỏ".
  ['đòn', 'đòn'], ['chậu', 'chậu'], ['cặp', 'cặp'], ['cành', 'cành'], ['bó', 'bó'], ['hộp', 'hộp'], ['giỏ', 'giỏ'], ['chai', 'chai'], ['thùng', 'thùng'],
  // Gold is priced by the tael or its tenth ("vàng nhẫn 9999 … 148 - 151 triệu đồng/lượng", "… 4,1 triệu đồng/chỉ"), and
  // cakes by the piece ("bánh chưng … 80.000 - 100.000 đồng/chiếc").
  ['lượng', 'lượng'], ['chỉ', 'chỉ'], ['chiếc', 'chiếc'],
  // Cooking gas by the cylinder ("465.000 đồng/bình"; its size after it is read in cylinder-size.ts).
  ['bình', 'bình'],
  ['khách/chuyến', 'khách/chuyến'], ['lượt khách/chuyến', 'lượt khách/chuyến'], ['căn', 'căn'], ['căn nhà', 'căn nhà'],
  // Housing grants: "hỗ trợ xây mới 9 hộ (80 triệu đồng/nhà)".
  ['nhà', 'nhà'], ['ngôi nhà', 'ngôi nhà'],
  // "doanh thu bình quân đạt 4,8 tỷ đồng/hợp tác xã/năm": money per producer.
  ['hợp tác xã/năm', 'hợp tác xã/năm'], ['hợp tác xã', 'hợp tác xã'], ['htx/năm', 'hợp tác xã/năm'], ['htx', 'hợp tác xã'],
  ['doanh nghiệp/năm', 'doanh nghiệp/năm'], ['doanh nghiệp', 'doanh nghiệp'],
  // Utilities and works priced or supplied by their measure: "giá bán điện bình quân 2.103 đồng/kWh", "giá nước sạch 8.500
  // đồng/m3", "hỗ trợ xi măng 550 tấn/km" (km2 above is read first).
  ['kwh', 'kWh'], ['m3', 'm3'], ['m³', 'm3'], ['km', 'km'],
  // Farm produce priced by the quintal: "khoai lang … 120.000 đồng/tạ", "heo hơi 5,8 - 6 triệu đồng/tạ" (money-per-quintal).
  ['tạ', 'tạ'],
];

/** Scale words multiply the number before them; chains multiply ("triệu tỉ" = 10^15). */
export const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['nghìn', 3], ['ngàn', 3], ['vạn', 4], ['triệu', 6], ['tỷ', 9], ['tỉ', 9],
];

/** How a table or list names the unit its numbers are in: "(ĐVT: tỷ đồng)", "(đơn vị: triệu USD)", a column "ĐVT". */
export const UNIT_LABEL_WORDS = '(?:đvt|đơn vị tính|đơn vị)';
/** The label at the start of a bracket's text, to be cut off: "đơn vị: triệu đồng" → "triệu đồng". */
export const UNIT_LABEL = new RegExp(`^${UNIT_LABEL_WORDS}\\s*:\\s*`, 'u');

// Counted nouns that also open a verb: "giải" (a prize) in "giải ngân" (disburse), "giải quyết", "giải phóng mặt bằng".
// After a number ("đường 30/4 giải ngân 96 tỷ đồng") the verb is no noun counted (noun-opening-verb).
export const NOUNS_OPENING_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['giải', ['ngân', 'quyết', 'phóng', 'trình', 'thể', 'cứu', 'tỏa', 'tán', 'ngố']],
]);
