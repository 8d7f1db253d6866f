# QTV (Quảng Ninh radio-TV) short item, 06/01/2026: phường Hạ Long's public administration centre in its first six months
# of two-level government, "từ ngày 1/7 đến 31/12/2025" → 2025-H2; the 2026 aim a target.
TEXT = '''
QTV - TRUNG TÂM TRUYỀN THÔNG TỈNH QUẢNG NINH
Tin tức | Thời sự | Chính quyền số | Kinh tế | Xã hội | Video

Phường Hạ Long: 100% hồ sơ được giải quyết đúng và trước hạn

Cập nhật lúc 16:20 ngày 06/01/2026 | Lượt xem: 1.204

Sau 6 tháng vận hành chính quyền địa phương 2 cấp (từ ngày 1/7 đến 31/12/2025), Trung tâm Phục vụ hành chính công phường Hạ Long đã tiếp nhận 21.436 hồ sơ, giải quyết 21.102 hồ sơ, 100% đúng và trước hạn; trong đó 96,8% hồ sơ được nộp trực tuyến.

Bình quân trung tâm tiếp nhận khoảng 184 hồ sơ/ngày, gấp 2 lần so với trước khi sắp xếp. Lĩnh vực đất đai, hộ tịch và chứng thực chiếm 64,2% số hồ sơ. Mức độ hài lòng của người dân đối với phường đạt 99,2%.

Phường Hạ Long được thành lập trên cơ sở sắp xếp 5 phường cũ của thành phố Hạ Long (cũ). Trung tâm bố trí 18 quầy giao dịch, có máy lấy số tự động và khu vực hướng dẫn dịch vụ công trực tuyến do đoàn viên thanh niên phụ trách.

Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công phường Hạ Long sáng 5/1. Ảnh: QTV

Năm 2026, phường phấn đấu 100% hồ sơ được số hóa ngay khi tiếp nhận, tỷ lệ thanh toán phí, lệ phí trực tuyến đạt trên 90%.

Thời lượng: 01:45 | Biên tập: Thu Trang

Tin khác
- Quảng Ninh dẫn đầu cả nước về Chỉ số SIPAS năm 2024
- Cô Tô: 3 xã đảo hoàn thành chuyển đổi số cấp cơ sở
'''
META = {'published': '2026-01-06', 'locality': 'phường Hạ Long'}
DEFAULTS = {'locality': 'phường Hạ Long', 'period': '2025-H2', 'modality': 'actual'}
T = dict(period='2026', modality='target')
FIGS = [
 ('Hạ Long: 100% hồ sơ', '100%', 'level', '%', dict()),
 ('tiếp nhận 21.436 hồ sơ', '21.436', 'level', 'hồ sơ', dict()),
 ('giải quyết 21.102 hồ sơ', '21.102', 'level', 'hồ sơ', dict()),
 ('hồ sơ, 100% đúng', '100%', 'level', '%', dict()),
 ('96,8% hồ sơ', '96,8%', 'level', '%', dict()),
 ('khoảng 184 hồ sơ/ngày', '184 hồ sơ/ngày', 'level', 'hồ sơ/ngày', dict(bound='about')),
 ('gấp 2 lần', '2 lần', 'change', 'lần', dict(direction='up')),
 ('chiếm 64,2%', '64,2%', 'level', '%', dict()),
 ('đạt 99,2%', '99,2%', 'level', '%', dict()),
 ('sắp xếp 5 phường', '5', 'level', 'phường', dict(optional=True)),
 ('18 quầy', '18', 'level', 'quầy giao dịch', dict(optional=True)),
 ('phấn đấu 100% hồ sơ', '100%', 'level', '%', dict(T)),
 ('trên 90%', '90%', 'level', '%', dict(T, bound='over')),
]
