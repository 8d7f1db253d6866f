TEXT = '''
Thông báo

Vĩnh Phúc công bố đường dây nóng phục vụ Nhân dân dịp Tết Nguyên đán Ất Tỵ 2025

Thứ Năm, 16/01/2025 - 09:05 | Cổng Thông tin điện tử tỉnh Vĩnh Phúc

Thực hiện Chỉ thị số 45-CT/TU ngày 02/12/2024 của Ban Thường vụ Tỉnh ủy và Công văn số 318/UBND-VX1 ngày 10/01/2025 của UBND tỉnh, Sở Công Thương công bố số điện thoại đường dây nóng tiếp nhận phản ánh về giá cả, chất lượng hàng hóa dịp Tết.

Lãnh đạo Sở Công Thương kiểm tra thị trường tại chợ Vĩnh Yên. Ảnh: Trà Hương

Đường dây nóng hoạt động liên tục từ 7h30 ngày 20/01/2025 đến 17h00 ngày 07/02/2025 (tức từ ngày 21 tháng Chạp năm Giáp Thìn đến mùng 10 tháng Giêng năm Ất Tỵ). Người dân có thể phản ánh qua số 0211.3862.470, số di động 0913.456.123 hoặc tổng đài 1022 của tỉnh.

Theo Kế hoạch 112/KH-SCT, Đoàn kiểm tra liên ngành đã kiểm tra Trung tâm thương mại Vincom Plaza Vĩnh Yên, chợ Phúc Yên trên Quốc lộ 2 và các cửa hàng trên đường Mê Linh, phường Liên Bảo, thành phố Vĩnh Yên.

Hội nghị lần thứ 23 Ban Chấp hành Đảng bộ tỉnh khóa XVII đã thống nhất tổ chức "Hội chợ hàng Việt Tết 2025" tại Quảng trường Hồ Chí Minh từ ngày 22 đến 26/01/2025. Hội chợ năm nay là lần thứ VII, với chủ đề "Người Việt ưu tiên dùng hàng Việt".

Mọi chi tiết xin liên hệ: Phòng Quản lý thương mại, Sở Công Thương tỉnh Vĩnh Phúc, số 38 đường Nguyễn Trãi, phường Đống Đa, thành phố Vĩnh Yên; điện thoại 0211.3861.528; email: sct@vinhphuc.gov.vn.

Hồng Nhung

Xem thêm:
- Quyết định 2156/QĐ-UBND về giá dịch vụ trông giữ xe
- Kỳ họp thứ 22 HĐND tỉnh khóa XVII
'''
META = {'published': '2025-01-16', 'locality': 'tỉnh Vĩnh Phúc'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Phúc', 'period': '2025', 'modality': 'actual'}
FIGS = []
