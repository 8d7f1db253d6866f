# Đắk Lắk (mới: Đắk Lắk + Phú Yên), public investment disbursement to 31/10/2025, by capital source and project group,
# with a table copied as lines of cells. Served in NFD, as some portals do.
NFD = True
TEXT = '''
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Du khách | Văn bản
Tìm kiếm...   |   English

Tin tức - Sự kiện / Kinh tế

Đắk Lắk: Giải ngân vốn đầu tư công đạt 68,5% kế hoạch vốn

Ngày đăng: 06/11/2025 | Lượt xem: 2.317

(Cổng TTĐT) - Chiều 5/11, Chủ tịch UBND tỉnh chủ trì hội nghị trực tuyến với các sở, ngành và 102 xã, phường đánh giá tiến độ giải ngân vốn đầu tư công năm 2025. Đây là năm đầu tiên tỉnh quản lý kế hoạch vốn hợp nhất của hai tỉnh Đắk Lắk và Phú Yên (cũ), với nhiều dự án chuyển tiếp phải điều chỉnh chủ đầu tư sau khi kết thúc hoạt động cấp huyện.

Tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là 14.286,4 tỷ đồng. Trong đó, kế hoạch vốn chuyển sang từ tỉnh Đắk Lắk (cũ) là 8.912,7 tỷ đồng, từ tỉnh Phú Yên (cũ) là 5.373,7 tỷ đồng.

Tính đến ngày 31/10/2025, toàn tỉnh đã giải ngân 9.786 tỷ đồng, đạt 68,5% kế hoạch vốn, cao hơn tỷ lệ bình quân chung của cả nước (khoảng 55,6%) và tăng 6,2 điểm phần trăm so với cùng kỳ năm 2024. Riêng khu vực Phú Yên (cũ) giải ngân 3.518 tỷ đồng, đạt 65,5%.

Hội nghị được kết nối tới điểm cầu phường Tuy Hòa và 101 điểm cầu cấp xã. Ảnh: Minh Thuận

Theo nguồn vốn

Vốn ngân sách địa phương giải ngân 6.124 tỷ đồng, đạt 72,1%; vốn ngân sách trung ương 3.280 tỷ đồng, đạt 64,8%; riêng vốn thực hiện ba chương trình mục tiêu quốc gia mới giải ngân 382 tỷ đồng, đạt 46,9%, thấp nhất trong các nguồn vốn. Nguyên nhân là nhiều dự án nhỏ do các ban quản lý cấp huyện (cũ) làm chủ đầu tư phải bàn giao về xã, hồ sơ thanh toán chậm hoàn thiện.

Theo nhóm dự án

Kết quả giải ngân theo nhóm dự án như sau (đơn vị: tỷ đồng):

Nhóm dự án | Kế hoạch vốn | Đã giải ngân | Tỷ lệ (%)
Dự án trọng điểm, liên vùng | 3.450,0 | 2.718,6 | 78,8
Dự án chuyển tiếp | 6.210,5 | 4.466,3 | 71,9
Dự án khởi công mới | 2.140,9 | 1.012,4 | 47,3

Trong nhóm dự án trọng điểm, dự án thành phần đoạn qua tỉnh của tuyến cao tốc Khánh Hòa - Buôn Ma Thuột đã giải ngân 1.156 tỷ đồng, đạt 91,2% kế hoạch; tuyến đường bộ ven biển Phú Yên có kế hoạch 620 tỷ đồng nhưng mới giải ngân 198 tỷ đồng (31,9%) do vướng mặt bằng tại Km 12+500 và khu vực cầu số 2.

Còn 14/52 chủ đầu tư có tỷ lệ giải ngân dưới 50%, trong đó có 5 đơn vị dưới 30%. UBND tỉnh đã ban hành Công điện số 17/CĐ-UBND ngày 28/10/2025 yêu cầu người đứng đầu các đơn vị này báo cáo hằng tuần; thành lập 4 tổ công tác do lãnh đạo tỉnh làm tổ trưởng.

Mục tiêu đến cuối năm

Chủ tịch UBND tỉnh yêu cầu phấn đấu đến ngày 31/12/2025 giải ngân đạt trên 85% và giải ngân 100% kế hoạch vốn năm 2025 trước khi hết thời hạn thanh toán; kiên quyết điều chuyển vốn của dự án chậm tiến độ sang dự án có khối lượng hoàn thành. Dự kiến kế hoạch vốn đầu tư công năm 2026 của tỉnh khoảng 15.900 tỷ đồng.

Thông tin cần hỗ trợ về thanh toán vốn đầu tư xin liên hệ Sở Tài chính, số 07 Lê Duẩn, phường Buôn Ma Thuột; điện thoại 0262 3852 491.

Tin khác:
› Đắk Lắk tổ chức Hội nghị xúc tiến đầu tư năm 2025
› Phê duyệt danh mục 36 dự án kêu gọi đầu tư giai đoạn 2026 - 2030
› Công bố Quyết định số 1517/QĐ-UBND về giao chủ đầu tư các dự án chuyển tiếp

CƠ QUAN CHỦ QUẢN: UBND TỈNH ĐẮK LẮK | Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh
'''
META = {'published': '2025-11-06', 'locality': 'tỉnh Đắk Lắk'}
DEFAULTS = {'locality': 'tỉnh Đắk Lắk', 'period': '2025-10M', 'modality': 'actual', 'indicator': 'public_investment_disbursement'}
PLAN = {'modality': 'target', 'period': '2025'}
PY = {'locality': 'tỉnh Phú Yên'}
A = {'base': 'target'}
FIGS = [
 ('công đạt 68,5% kế hoạch vốn\n', '68,5%', 'attainment', '%', dict(A)),
 ('là 14.286,4 tỷ đồng', '14.286,4 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('8.912,7 tỷ đồng', '8.912,7 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('5.373,7 tỷ đồng', '5.373,7 tỷ đồng', 'level', 'VND', dict(PLAN, **PY)),
 ('9.786 tỷ đồng', '9.786 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 68,5% kế hoạch vốn,', '68,5%', 'attainment', '%', dict(A)),
 ('khoảng 55,6%', '55,6%', 'attainment', '%', dict(A, locality='cả nước', bound='about')),
 ('6,2 điểm phần trăm', '6,2 điểm phần trăm', 'change', 'điểm %', dict(direction='up', base='same_period')),
 ('3.518 tỷ đồng', '3.518 tỷ đồng', 'level', 'VND', dict(PY)),
 ('đạt 65,5%', '65,5%', 'attainment', '%', dict(A, **PY)),
 ('6.124 tỷ đồng', '6.124 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 72,1%', '72,1%', 'attainment', '%', dict(A)),
 ('3.280 tỷ đồng', '3.280 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 64,8%', '64,8%', 'attainment', '%', dict(A)),
 ('382 tỷ đồng', '382 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 46,9%', '46,9%', 'attainment', '%', dict(A)),
 ('| 3.450,0', '3.450,0', 'level', 'VND', dict(PLAN, value=3450000000000)),
 ('| 2.718,6', '2.718,6', 'level', 'VND', dict(value=2718600000000)),
 ('| 78,8', '78,8', 'attainment', '%', dict(A)),
 ('| 6.210,5', '6.210,5', 'level', 'VND', dict(PLAN, value=6210500000000)),
 ('| 4.466,3', '4.466,3', 'level', 'VND', dict(value=4466300000000)),
 ('| 71,9', '71,9', 'attainment', '%', dict(A)),
 ('| 2.140,9', '2.140,9', 'level', 'VND', dict(PLAN, value=2140900000000)),
 ('| 1.012,4', '1.012,4', 'level', 'VND', dict(value=1012400000000)),
 ('| 47,3', '47,3', 'attainment', '%', dict(A)),
 ('1.156 tỷ đồng', '1.156 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 91,2%', '91,2%', 'attainment', '%', dict(A)),
 ('620 tỷ đồng', '620 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('198 tỷ đồng', '198 tỷ đồng', 'level', 'VND', dict()),
 ('(31,9%)', '31,9%', 'attainment', '%', dict(A)),
 ('14/52 chủ đầu tư', '14/52', 'ratio', 'chủ đầu tư', dict(indicator=None)),
 ('có 5 đơn vị', '5', 'level', 'đơn vị', dict(indicator=None)),
 ('102 xã, phường', '102', 'level', 'xã', dict(optional=True, indicator=None)),
 ('101 điểm cầu', '101', 'level', 'điểm cầu', dict(optional=True, indicator=None)),
 ('4 tổ công tác', '4', 'level', 'tổ công tác', dict(optional=True, indicator=None)),
 ('trên 85%', '85%', 'attainment', '%', dict(A, modality='target', period='2025', bound='over')),
 ('giải ngân 100%', '100%', 'attainment', '%', dict(A, modality='target', period='2025')),
 ('khoảng 15.900 tỷ đồng', '15.900 tỷ đồng', 'level', 'VND', dict(modality='target', period='2026', bound='about')),
]
