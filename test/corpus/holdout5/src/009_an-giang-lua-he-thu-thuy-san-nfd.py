# Stored in NFD (decomposed tone marks), as some portals' CMS exports text.
NFD = True
TEXT = '''
An Giang: Sản lượng lúa vụ Hè Thu 2025 ước đạt gần 2,9 triệu tấn

20/08/2025 - 15:30

(AG) - Theo Sở Nông nghiệp và Môi trường tỉnh An Giang, đến ngày 18/8, toàn tỉnh đã thu hoạch 412.560 ha lúa Hè Thu, đạt 85,4% diện tích xuống giống. Năng suất bình quân ước đạt 60,8 tạ/ha, tăng 1,2 tạ/ha so với vụ Hè Thu năm 2024. Với tổng diện tích xuống giống 483.100 ha, sản lượng lúa cả vụ ước đạt gần 2,9 triệu tấn.

Giá lúa tươi tại ruộng dao động từ 5.800 - 6.400 đồng/kg, riêng các giống lúa thơm như ST25, Đài Thơm 8 được thương lái thu mua 7.200 - 7.500 đồng/kg. Sau khi trừ chi phí, nông dân lãi khoảng 18 - 22 triệu đồng/ha, cao hơn vụ Hè Thu năm trước từ 2 - 3 triệu đồng/ha. Ông Nguyễn Văn Tư (58 tuổi, ấp Phú Hòa, xã Thoại Sơn) thu hoạch 4,5 ha lúa Đài Thơm 8, lãi hơn 120 triệu đồng.

Năm 2025, tỉnh An Giang (mới, hợp nhất từ tỉnh An Giang và tỉnh Kiên Giang) đặt kế hoạch gieo trồng 1,28 triệu ha lúa, sản lượng trên 8,5 triệu tấn. Tính đến nay, tổng sản lượng lúa vụ Đông Xuân 2024 - 2025 và vụ Hè Thu đạt khoảng 6,2 triệu tấn, bằng 72,9% kế hoạch năm.

Về thủy sản, 8 tháng năm 2025, tổng sản lượng thủy sản toàn tỉnh ước đạt 1.186.400 tấn, tăng 4,6% so với cùng kỳ, trong đó sản lượng nuôi trồng 742.300 tấn, khai thác 444.100 tấn. Diện tích nuôi tôm đạt 152.800 ha, riêng mô hình tôm - lúa 98.500 ha; sản lượng cá tra đạt 486.000 tấn, tăng 6,8%. Kim ngạch xuất khẩu thủy sản ước đạt 1,14 tỷ USD.

Ngành nông nghiệp khuyến cáo nông dân xuống giống vụ Thu Đông theo lịch thời vụ tập trung, né rầy, thực hiện Đề án 1 triệu ha lúa chất lượng cao, phát thải thấp theo Quyết định số 1490/QĐ-TTg; đồng thời theo dõi chặt diễn biến mực nước trên sông Hậu tại trạm Châu Đốc và Long Xuyên.

Thanh Tiến

Xem thêm:
An Giang: Vụ Đông Xuân 2024 - 2025 đạt năng suất 72 tạ/ha
'''
META = {'published': '2025-08-20', 'locality': 'tỉnh An Giang'}
DEFAULTS = {'locality': 'tỉnh An Giang', 'period': '2025', 'modality': 'actual'}
E = {'modality': 'estimate'}
M8 = {'period': '2025-8M'}
AQ = dict(indicator='aquaculture_output')
FIGS = [
 ('ước đạt gần 2,9 triệu tấn\n', '2,9 triệu tấn', 'level', 'tấn', dict(indicator='rice_output', bound='nearly', **E)),
 ('thu hoạch 412.560 ha', '412.560 ha', 'level', 'ha', {}),
 ('đạt 85,4% diện tích', '85,4%', 'level', '%', {}),
 ('ước đạt 60,8 tạ/ha', '60,8 tạ/ha', 'level', 'tạ/ha', dict(**E)),
 ('tăng 1,2 tạ/ha', '1,2 tạ/ha', 'change', 'tạ/ha', dict(direction='up', base='same_period', **E)),
 ('giống 483.100 ha', '483.100 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('cả vụ ước đạt gần 2,9 triệu tấn', '2,9 triệu tấn', 'level', 'tấn', dict(indicator='rice_output', bound='nearly', **E)),
 ('từ 5.800 - 6.400 đồng/kg', '5.800 - 6.400 đồng/kg', 'level', 'VND/kg', {}),
 ('mua 7.200 - 7.500 đồng/kg', '7.200 - 7.500 đồng/kg', 'level', 'VND/kg', {}),
 ('khoảng 18 - 22 triệu đồng/ha', '18 - 22 triệu đồng/ha', 'level', 'VND/ha', dict(bound='about')),
 ('từ 2 - 3 triệu đồng/ha', '2 - 3 triệu đồng/ha', 'change', 'VND/ha', dict(direction='up', base='same_period')),
 ('gieo trồng 1,28 triệu ha', '1,28 triệu ha', 'level', 'ha', dict(indicator='crop_area', modality='target')),
 ('trên 8,5 triệu tấn', '8,5 triệu tấn', 'level', 'tấn', dict(indicator='rice_output', bound='over', modality='target')),
 ('khoảng 6,2 triệu tấn', '6,2 triệu tấn', 'level', 'tấn', dict(indicator='rice_output', bound='about')),
 ('bằng 72,9% kế hoạch năm', '72,9%', 'attainment', '%', dict(indicator='rice_output', base='target')),
 ('ước đạt 1.186.400 tấn', '1.186.400 tấn', 'level', 'tấn', dict(**AQ, **E, **M8)),
 ('tăng 4,6% so với cùng kỳ', '4,6%', 'change', '%', dict(**AQ, direction='up', base='same_period', **E, **M8)),
 ('nuôi trồng 742.300 tấn', '742.300 tấn', 'level', 'tấn', dict(**AQ, **E, **M8)),
 ('khai thác 444.100 tấn', '444.100 tấn', 'level', 'tấn', dict(**AQ, **E, **M8)),
 ('đạt 152.800 ha', '152.800 ha', 'level', 'ha', dict(**M8)),
 ('lúa 98.500 ha', '98.500 ha', 'level', 'ha', dict(**M8)),
 ('đạt 486.000 tấn', '486.000 tấn', 'level', 'tấn', dict(**AQ, **M8)),
 ('tăng 6,8%', '6,8%', 'change', '%', dict(**AQ, direction='up', **M8)),
 ('ước đạt 1,14 tỷ USD', '1,14 tỷ USD', 'level', 'USD', dict(indicator='export_value', **E, **M8)),
]
