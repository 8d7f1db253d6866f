NFD = True
TEXT = '''
BÁO CẦN THƠ ONLINE
Thứ năm, 08/01/2026, 15:47 (GMT+7)

Thời sự | Kinh tế | Đô thị | Xã hội | Văn hóa - Văn nghệ | Thể thao | Quốc tế

Năm 2025, TP Cần Thơ có hơn 3.100 doanh nghiệp thành lập mới

(CT) - Năm 2025, thành phố Cần Thơ có 3.126 doanh nghiệp thành lập mới với tổng vốn đăng ký 24.580 tỷ đồng, tăng 12,5% về số doanh nghiệp và 21,3% về vốn so với năm 2024 (số liệu tính gộp ba địa phương cũ).

Theo Sở Tài chính, trong năm còn có 1.284 doanh nghiệp quay trở lại hoạt động; 2.065 doanh nghiệp đăng ký tạm ngừng kinh doanh có thời hạn và 702 doanh nghiệp giải thể, giảm 4,9% so với năm 2024. Khu vực Cần Thơ cũ chiếm 68,4% số doanh nghiệp thành lập mới; khu vực Sóc Trăng cũ và khu vực Hậu Giang cũ lần lượt có 612 và 376 doanh nghiệp. Riêng phường Ninh Kiều có 742 doanh nghiệp thành lập mới, nhiều nhất thành phố.

Thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân, thành phố đã hỗ trợ 214 hộ kinh doanh chuyển đổi lên doanh nghiệp, gấp 3 lần năm 2024. Năm 2024, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Cần Thơ đạt 66,85 điểm, tăng 1,4 điểm so với năm 2023.

Về thu hút đầu tư, năm 2025 thành phố cấp mới 58 dự án đầu tư trong nước với tổng vốn 31.240 tỷ đồng và 9 dự án FDI với tổng vốn đăng ký 186,7 triệu USD. Tỷ lệ lấp đầy các KCN đạt 71,2%, các cụm công nghiệp đạt 48,5%.

Doanh nghiệp trao đổi với lãnh đạo thành phố tại hội nghị. Ảnh: DUY KHÔI

Tại Hội nghị gặp mặt doanh nghiệp cuối năm tổ chức ngày 6/1/2026, các ngân hàng trên địa bàn cam kết dành 45.000 tỷ đồng cho vay ưu đãi doanh nghiệp nhỏ và vừa trong năm 2026, với lãi suất thấp hơn 0,5 - 1 điểm phần trăm so với lãi suất cho vay thông thường. Hội nghị ghi nhận 42 ý kiến, kiến nghị của doanh nghiệp, hiệp hội.

Mục tiêu năm 2026:
- Doanh nghiệp thành lập mới: 3.400 - 3.600 doanh nghiệp;
- Vốn FDI thu hút: ít nhất 300 triệu USD;
- Tỷ lệ lấp đầy các KCN: trên 75%.

DUY KHÔI

Tin liên quan
- Cần Thơ: Tổng vốn đầu tư toàn xã hội năm 2025 đạt 98.500 tỷ đồng (06/01/2026)
- Khởi công KCN Vĩnh Thạnh giai đoạn 2 (03/01/2026)

Báo Cần Thơ - Cơ quan của Đảng bộ thành phố Cần Thơ. Địa chỉ: 86 Ba Tháng Hai, phường Ninh Kiều, TP Cần Thơ. Điện thoại: 0292.3820.510
'''
META = {'published': '2026-01-08', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2025', 'modality': 'actual'}
NE = dict(indicator='new_enterprises')
T = dict(modality='target', period='2026')
FIGS = [
 ('hơn 3.100 doanh nghiệp', '3.100', 'level', 'doanh nghiệp', dict(NE, bound='over')),
 ('có 3.126 doanh nghiệp', '3.126', 'level', 'doanh nghiệp', dict(NE)),
 ('ký 24.580 tỷ đồng', '24.580 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 12,5%', '12,5%', 'change', '%', dict(NE, direction='up', base='2024')),
 ('và 21,3%', '21,3%', 'change', '%', dict(direction='up', base='2024')),
 ('có 1.284 doanh nghiệp', '1.284', 'level', 'doanh nghiệp', dict()),
 ('2.065 doanh nghiệp', '2.065', 'level', 'doanh nghiệp', dict()),
 ('và 702 doanh nghiệp', '702', 'level', 'doanh nghiệp', dict()),
 ('giảm 4,9%', '4,9%', 'change', '%', dict(direction='down', base='2024')),
 ('chiếm 68,4%', '68,4%', 'level', '%', dict(NE)),
 ('có 612 và', '612', 'level', 'doanh nghiệp', dict(NE, locality='tỉnh Sóc Trăng')),
 ('và 376 doanh nghiệp', '376', 'level', 'doanh nghiệp', dict(NE, locality='tỉnh Hậu Giang')),
 ('có 742 doanh nghiệp', '742', 'level', 'doanh nghiệp', dict(NE, locality='phường Ninh Kiều')),
 ('trợ 214 hộ', '214', 'level', 'hộ kinh doanh', dict()),
 ('gấp 3 lần', '3', 'change', 'lần', dict(direction='up', base='2024')),
 ('đạt 66,85 điểm', '66,85 điểm', 'level', 'điểm', dict(indicator='pci', period='2024')),
 ('tăng 1,4 điểm', '1,4 điểm', 'change', 'điểm', dict(indicator='pci', period='2024', direction='up', base='2023')),
 ('mới 58 dự án', '58', 'level', 'dự án', dict()),
 ('vốn 31.240 tỷ đồng', '31.240 tỷ đồng', 'level', 'VND', dict()),
 ('và 9 dự án', '9', 'level', 'dự án', dict()),
 ('ký 186,7 triệu USD', '186,7 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('đạt 71,2%', '71,2%', 'level', '%', dict()),
 ('đạt 48,5%', '48,5%', 'level', '%', dict()),
 ('dành 45.000 tỷ đồng', '45.000 tỷ đồng', 'level', 'VND', dict(T)),
 ('hơn 0,5 - 1 điểm phần trăm', '0,5 - 1 điểm phần trăm', 'change', 'điểm %', dict(T, direction='down')),
 ('ghi nhận 42 ý kiến', '42', 'level', 'ý kiến', dict(optional=True)),
 ('mới: 3.400 - 3.600 doanh nghiệp', '3.400 - 3.600', 'level', 'doanh nghiệp', dict(NE, **T)),
 ('ít nhất 300 triệu USD', '300 triệu USD', 'level', 'USD', dict(T, indicator='fdi', bound='at_least')),
 ('trên 75%', '75%', 'level', '%', dict(T, bound='over')),
]
