TEXT = '''
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẬU GIANG
Thứ Năm, 21/12/2023 - 11:05

Tin vắn trong tỉnh

Vị Thanh có 3/3 xã đạt chuẩn nông thôn mới nâng cao

- Ngày 20/12, thành phố Vị Thanh tổ chức lễ công bố xã Vị Tân đạt chuẩn nông thôn mới nâng cao, nâng số xã đạt chuẩn nâng cao của thành phố lên 3/3 xã. Năm 2023, thu nhập bình quân đầu người của thành phố ước đạt 68 triệu đồng/người/năm.

- Thị xã Long Mỹ: Năm 2023, toàn thị xã giải quyết việc làm cho 2.150 lao động, vượt 7,5% kế hoạch; tỷ lệ hộ nghèo giảm còn 1,86%, giảm 0,92 điểm phần trăm so với đầu năm.

- Huyện Phụng Hiệp: Vụ lúa Thu Đông 2023, nông dân xuống giống 14.600 ha, năng suất ước đạt 5,8 tấn/ha, lợi nhuận từ 18 - 22 triệu đồng/ha. Năm 2024, huyện phấn đấu có thêm ít nhất 2 xã đạt chuẩn nông thôn mới nâng cao.

Lễ công bố xã Vị Tân đạt chuẩn nông thôn mới nâng cao. Ảnh: Hậu Giang TV

Ngọc Thuỷ

Tin khác
- Hậu Giang: 11 tháng xuất khẩu đạt hơn 1,1 tỷ USD (18/12/2023)
- Châu Thành A đón nhận Bằng công nhận huyện đạt chuẩn nông thôn mới (15/12/2023)
- Ngã Bảy: Trao 150 phần quà cho hộ nghèo (14/12/2023)

Đài Phát thanh và Truyền hình Hậu Giang. Giấy phép số 112/GP-TTĐT. Địa chỉ: số 1 đường Võ Văn Kiệt, phường V, TP Vị Thanh. Điện thoại: 0293.3876.543. Lượt xem: 845
'''
META = {'published': '2023-12-21', 'locality': 'tỉnh Hậu Giang'}
DEFAULTS = {'locality': 'tỉnh Hậu Giang', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
VT = {'locality': 'thành phố Vị Thanh'}
LM = {'locality': 'thị xã Long Mỹ'}
PH = {'locality': 'huyện Phụng Hiệp'}
FIGS = [
 ('có 3/3 xã', '3/3', 'ratio', 'xã', d(VT, indicator='new_rural_communes_advanced')),
 ('lên 3/3 xã', '3/3', 'ratio', 'xã', d(VT, U, indicator='new_rural_communes_advanced')),
 ('ước đạt 68 triệu đồng', '68 triệu đồng', 'level', 'VND/người/năm', d(VT, E, indicator='income_per_capita')),
 ('cho 2.150 lao động', '2.150', 'level', 'lao động', d(LM, indicator='jobs_created')),
 ('vượt 7,5% kế hoạch', '7,5%', 'change', '%', d(LM, U, P, status='exceeded', indicator='jobs_created')),
 ('còn 1,86%', '1,86%', 'level', '%', d(LM, D, indicator='poverty_rate')),
 ('giảm 0,92 điểm phần trăm', '0,92 điểm phần trăm', 'change', 'điểm %', d(LM, D, base='2022', indicator='poverty_rate')),
 ('giống 14.600 ha', '14.600 ha', 'level', 'ha', d(PH, indicator='crop_area')),
 ('ước đạt 5,8 tấn/ha', '5,8 tấn/ha', 'level', 'tấn/ha', d(PH, E)),
 ('từ 18 - 22 triệu đồng/ha', '18 - 22 triệu đồng/ha', 'level', 'VND/ha', d(PH, E)),
 ('ít nhất 2 xã', '2', 'level', 'xã', d(PH, K, period='2024', bound='at_least', indicator='new_rural_communes_advanced')),
]
