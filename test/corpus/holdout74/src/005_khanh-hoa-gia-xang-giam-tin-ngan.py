TEXT = '''
BÁO KHÁNH HÒA ĐIỆN TỬ
Thứ Hai, 21/11/2022 15:45

Giá xăng giảm hơn 800 đồng/lít từ 15 giờ chiều nay

(BKH) - Từ 15 giờ ngày 21/11, các cửa hàng xăng dầu trên địa bàn tỉnh đồng loạt điều chỉnh giá theo thông báo của liên Bộ Công Thương - Tài chính: xăng E5 RON 92 giảm 810 đồng/lít, còn 22.640 đồng/lít; xăng RON 95-III giảm 860 đồng/lít, xuống còn 23.810 đồng/lít. Dầu diesel 0,05S giảm 510 đồng/lít, còn 25.360 đồng/lít; riêng dầu hỏa tăng 130 đồng/lít, lên 24.970 đồng/lít.

Đây là lần thứ 3 liên tiếp giá xăng được điều chỉnh giảm. So với cùng kỳ năm 2021, giá xăng E5 RON 92 hiện vẫn cao hơn khoảng 1.300 đồng/lít.

Theo Sở Công Thương, hiện toàn tỉnh có 286 cửa hàng bán lẻ xăng dầu. Trong đợt khan hàng cục bộ đầu tháng 11, có thời điểm 14/286 cửa hàng phải tạm ngừng bán do hết hàng; đến nay, 100% cửa hàng đã hoạt động bình thường.

Mười tháng năm 2022, doanh thu bán lẻ xăng dầu trên địa bàn tỉnh ước đạt 6.850 tỷ đồng, tăng 41,2% so với cùng kỳ, chủ yếu do giá bán bình quân tăng cao. Sở Công Thương đề nghị các thương nhân đầu mối, thương nhân phân phối bảo đảm nguồn hàng cho 2 tháng cuối năm, duy trì dự trữ tối thiểu 20 ngày cung ứng.

Người dân đổ xăng tại cửa hàng xăng dầu số 15 trên đường 23/10, TP Nha Trang. Ảnh: HẢI LĂNG

HẢI LĂNG

Các tin khác:
- Khánh Hòa: 10 tháng, thu ngân sách đạt hơn 13.500 tỷ đồng
- Đón 2,8 triệu lượt khách trong 10 tháng

Báo Khánh Hòa | 3 Hàn Thuyên, TP Nha Trang | Điện thoại: 0258.3822.360
'''
META = {'published': '2022-11-21', 'locality': 'tỉnh Khánh Hòa'}
DEFAULTS = {'locality': 'tỉnh Khánh Hòa', 'period': '2022-M11', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
FIGS = [
 ('hơn 800 đồng/lít', '800 đồng/lít', 'change', 'VND/lít', d(D, bound='over')),
 ('giảm 810 đồng/lít', '810 đồng/lít', 'change', 'VND/lít', d(D)),
 ('còn 22.640 đồng/lít', '22.640 đồng/lít', 'level', 'VND/lít', d(D)),
 ('giảm 860 đồng/lít', '860 đồng/lít', 'change', 'VND/lít', d(D)),
 ('còn 23.810 đồng/lít', '23.810 đồng/lít', 'level', 'VND/lít', d(D)),
 ('giảm 510 đồng/lít', '510 đồng/lít', 'change', 'VND/lít', d(D)),
 ('còn 25.360 đồng/lít', '25.360 đồng/lít', 'level', 'VND/lít', d(D)),
 ('tăng 130 đồng/lít', '130 đồng/lít', 'change', 'VND/lít', d(U)),
 ('lên 24.970 đồng/lít', '24.970 đồng/lít', 'level', 'VND/lít', d(U)),
 ('khoảng 1.300 đồng/lít', '1.300 đồng/lít', 'change', 'VND/lít', d(U, base='same_period', bound='about')),
 ('có 286 cửa hàng', '286', 'level', 'cửa hàng', d()),
 ('14/286 cửa hàng', '14/286', 'ratio', 'cửa hàng', d()),
 ('100% cửa hàng', '100%', 'level', '%', d()),
('đạt 6.850 tỷ đồng', '6.850 tỷ đồng', 'level', 'VND', d(period='2022-10M', modality='estimate')),
 ('tăng 41,2% so với cùng kỳ', '41,2%', 'change', '%', d(U, period='2022-10M', modality='estimate', base='same_period')),
('tối thiểu 20 ngày', '20', 'level', 'ngày', dict(optional=True)),
]
