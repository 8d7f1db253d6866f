# Báo Cà Mau (the province formed in July 2025 from Cà Mau and Bạc Liêu), 17/03/2026, a short item: an emergency
# declared over erosion of the West Sea dike, and the dry season's drought. Decisions: the season "Từ đầu mùa khô
# 2025 - 2026 đến nay" dates its tallies `2025/2026` (holdout10); "so với cùng kỳ mùa khô năm trước" and "so với cùng
# kỳ" are same_period. The stretch eroded (km, m) is damage, a figure; how deep the sea cut into the dike ("từ 10 - 15
# m") is a reading of the event, optional like station readings. The emergency works' cost "khoảng 128 tỷ đồng" is a
# plan's cost (optional, holdout53) and "thời gian thi công 6 tháng" no figure; "cấp V" (the fire-danger grade) is a
# class. "khu vực Bạc Liêu cũ" owns its sentence as `tỉnh Bạc Liêu` (holdout21). Stocks "hiện có" take the season.
TEXT = '''
BÁO CÀ MAU
Thứ Ba, 17/03/2026 | 09:40

Thời sự | Kinh tế | Xã hội | Đất mũi

Công bố tình huống khẩn cấp sạt lở đê biển Tây

(CMO) - UBND tỉnh vừa ban hành Quyết định số 412/QĐ-UBND công bố tình huống khẩn cấp sạt lở đê biển Tây đoạn qua xã Khánh Bình Tây và xã Trần Văn Thời, tổng chiều dài 3,2 km.

Từ đầu mùa khô 2025 - 2026 đến nay, trên tuyến đê biển Tây đã xảy ra 14 điểm sạt lở với tổng chiều dài 6.850 m, tăng 2.100 m so với cùng kỳ mùa khô năm trước; nhiều đoạn sóng đánh vào sâu chân đê từ 10 - 15 m. Riêng khu vực Bạc Liêu cũ có 2 điểm sạt lở bờ biển Đông với chiều dài 620 m.

Tổng kinh phí xử lý khẩn cấp khoảng 128 tỷ đồng, từ nguồn dự phòng ngân sách Trung ương và ngân sách tỉnh; thời gian thi công 6 tháng.

Cùng với sạt lở, nắng nóng kéo dài khiến 3.420 ha rừng tràm, rừng đước đang ở cấp dự báo cháy rừng cấp V (cấp cực kỳ nguy hiểm). Toàn tỉnh hiện có 1.268 hộ thiếu nước sinh hoạt, giảm 45,2% so với cùng kỳ nhờ các công trình cấp nước tập trung mới đưa vào sử dụng.

Trần Nguyên

Lượt xem: 1.024

Tin cùng chuyên mục
- Năm Căn: Trồng mới 12 ha rừng đước ven biển
- Cà Mau xuất khẩu tôm 2 tháng đầu năm tăng 18%

Đường dây nóng: 0290.3831.122 | Email: baocamau@gmail.com
'''
META = {'published': '2026-03-17', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'period': '2025/2026', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
SP = {'base': 'same_period'}
FIGS = [
 ('dài 3,2 km', '3,2 km', 'level', 'km', d()),
 ('ra 14 điểm', '14', 'level', 'điểm sạt lở', d()),
 ('dài 6.850 m', '6.850 m', 'level', 'm', d()),
 ('tăng 2.100 m', '2.100 m', 'change', 'm', d(SP, direction='up')),
 ('từ 10 - 15 m', '10 - 15 m', 'level', 'm', d(OPT)),
 ('có 2 điểm', '2', 'level', 'điểm sạt lở', d(locality='tỉnh Bạc Liêu')),
 ('dài 620 m', '620 m', 'level', 'm', d(locality='tỉnh Bạc Liêu')),
 ('khoảng 128 tỷ đồng', '128 tỷ đồng', 'level', 'VND', d(OPT)),
 ('khiến 3.420 ha', '3.420 ha', 'level', 'ha', d()),
 ('có 1.268 hộ', '1.268', 'level', 'hộ', d()),
 ('giảm 45,2%', '45,2%', 'change', '%', d(SP, direction='down')),
]
