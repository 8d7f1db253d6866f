TEXT = '''
Báo Bình Dương Online
Cập nhật: 05/07/2022 - 10:21
Xã hội - Lao động

Hơn 34.000 người được hưởng trợ cấp thất nghiệp trong 6 tháng

(BDO) Theo Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2022, Trung tâm Dịch vụ việc làm tỉnh đã tiếp nhận 36.512 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, giảm 18,7% so với cùng kỳ năm 2021; ra quyết định hưởng trợ cấp cho 34.208 người với tổng số tiền hơn 1.050 tỷ đồng. Trung tâm cũng tư vấn, giới thiệu việc làm cho 41.360 lượt người.

Dự kiến 6 tháng cuối năm, nhu cầu tuyển dụng của doanh nghiệp trên địa bàn khoảng 45.000 lao động, chủ yếu là lao động phổ thông ngành dệt may, da giày, chế biến gỗ.

Từ ngày 1/7/2022, theo Nghị định 38/2022/NĐ-CP của Chính phủ, mức lương tối thiểu vùng tăng bình quân 6% so với mức hiện hành. Trên địa bàn tỉnh, các thành phố Thủ Dầu Một, Dĩ An, Thuận An, thị xã Tân Uyên, Bến Cát và các huyện Bàu Bàng, Bắc Tân Uyên, Phú Giáo thuộc vùng I với mức 4.680.000 đồng/tháng, tăng 260.000 đồng; huyện Dầu Tiếng thuộc vùng II với mức 4.160.000 đồng/tháng.

Theo Liên đoàn Lao động tỉnh, qua khảo sát 120 doanh nghiệp, có 98% doanh nghiệp đã điều chỉnh thang lương, bảng lương theo mức mới; tiền lương bình quân của người lao động 6 tháng đầu năm đạt 7,6 triệu đồng/người/tháng. Hiện còn 14 doanh nghiệp nợ lương với số tiền khoảng 12,3 tỷ đồng, ảnh hưởng đến 3.260 lao động.

Người lao động làm thủ tục hưởng trợ cấp thất nghiệp tại Trung tâm Dịch vụ việc làm tỉnh. Ảnh: THU THẢO

THU THẢO

Tin liên quan:
- Ngày hội việc làm tháng 7 cần tuyển 5.000 lao động
- Bàu Bàng: 1.200 công nhân được khám sức khỏe miễn phí

Đường dây nóng: 0274.3822.733
'''
META = {'published': '2022-07-05', 'locality': 'tỉnh Bình Dương'}
DEFAULTS = {'locality': 'tỉnh Bình Dương', 'period': '2022-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
FIGS = [
 ('Hơn 34.000 người', '34.000', 'level', 'người', d(bound='over')),
 ('nhận 36.512 hồ sơ', '36.512', 'level', 'hồ sơ', d()),
 ('giảm 18,7%', '18,7%', 'change', '%', d(direction='down', base='same_period')),
 ('cho 34.208 người', '34.208', 'level', 'người', d()),
 ('hơn 1.050 tỷ đồng', '1.050 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('cho 41.360 lượt người', '41.360', 'level', 'lượt người', d()),
 ('khoảng 45.000 lao động', '45.000', 'level', 'lao động', d(period='2022-H2', modality='estimate', bound='about')),
 ('tăng bình quân 6%', '6%', 'change', '%', d(OPT, direction='up')),
 ('mức 4.680.000 đồng/tháng', '4.680.000 đồng/tháng', 'level', 'VND/tháng', d(OPT)),
 ('tăng 260.000 đồng', '260.000 đồng', 'change', 'VND', d(OPT, direction='up')),
 ('mức 4.160.000 đồng/tháng', '4.160.000 đồng/tháng', 'level', 'VND/tháng', d(OPT)),
 ('sát 120 doanh nghiệp', '120', 'level', 'doanh nghiệp', d(OPT)),
 ('có 98% doanh nghiệp', '98%', 'level', '%', d()),
 ('đạt 7,6 triệu đồng/người/tháng', '7,6 triệu đồng/người/tháng', 'level', 'VND/người/tháng', d()),
 ('còn 14 doanh nghiệp', '14', 'level', 'doanh nghiệp', d()),
 ('khoảng 12,3 tỷ đồng', '12,3 tỷ đồng', 'level', 'VND', d(bound='about')),
 ('đến 3.260 lao động', '3.260', 'level', 'lao động', d()),
]
