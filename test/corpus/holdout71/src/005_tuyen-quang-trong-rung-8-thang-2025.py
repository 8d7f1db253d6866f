TEXT = '''
BÁO TUYÊN QUANG
Thứ Năm, 04/09/2025 | 07:30

Kinh tế | Nông nghiệp - Nông thôn

Tuyên Quang trồng mới hơn 11.000 ha rừng trong 8 tháng

(BTQ) - 8 tháng năm 2025, toàn tỉnh trồng được 11.240 ha rừng tập trung, đạt 86,5% kế hoạch năm; trong đó khu vực Hà Giang cũ trồng 3.180 ha, khu vực Tuyên Quang cũ trồng 8.060 ha.

Theo Sở Nông nghiệp và Môi trường, đây là năm đầu tiên công tác trồng rừng được triển khai sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang, tổ chức chính quyền địa phương hai cấp. Ngay từ đầu vụ, các xã đã rà soát quỹ đất, hướng dẫn người dân trồng rừng bằng giống keo lai mô, bạch đàn chất lượng cao. Xã Hùng Lợi trồng nhiều nhất với 385 ha; các xã Lâm Bình, Thượng Lâm, Minh Quang cũng đều trồng trên 200 ha.

Sản lượng gỗ khai thác từ rừng trồng 8 tháng ước đạt 598.000 m3, bằng 71,2% kế hoạch, tăng 6,3% so với cùng kỳ. Giá gỗ keo nguyên liệu tại bãi hiện dao động 1,2 - 1,3 triệu đồng/tấn, tăng khoảng 100.000 đồng/tấn so với cùng kỳ năm 2024. Toàn tỉnh đã có 25.600 ha rừng trồng được cấp chứng chỉ quản lý rừng bền vững (FSC).

Người dân xã Thái Bình trồng rừng keo theo hướng gỗ lớn. Ảnh: Thanh Phúc

Tỷ lệ che phủ rừng của tỉnh hiện đạt 64,7%. Từ đầu năm đến nay, trên địa bàn xảy ra 2 vụ cháy rừng, làm thiệt hại 1,6 ha, giảm 3 vụ so với cùng kỳ.

Theo Nghị quyết số 07/2025/NQ-HĐND, mức hỗ trợ trồng rừng sản xuất là 10 triệu đồng/ha đối với các xã vùng đặc biệt khó khăn. Để hoàn thành kế hoạch trồng 13.000 ha rừng năm 2025, ngành đề nghị các xã tranh thủ thời tiết thuận lợi trồng bổ sung trong tháng 9 và tháng 10.

Thanh Phúc

Đọc nhiều
- Tuyên Quang: 124 xã, phường triển khai mô hình chính quyền hai cấp (02/09/2025)
- Lễ hội Thành Tuyên 2025 diễn ra từ ngày 4 - 6/10 (01/09/2025)

Báo Tuyên Quang - Số 4 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang. Điện thoại: 0207.3822.135
'''
META = {'published': '2025-09-04', 'locality': 'tỉnh Tuyên Quang'}
DEFAULTS = {'locality': 'tỉnh Tuyên Quang', 'period': '2025-8M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'period': '2025', 'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
FIGS = [
 ('hơn 11.000 ha', '11.000 ha', 'level', 'ha', d(bound='over')),
 ('được 11.240 ha', '11.240 ha', 'level', 'ha', d()),
 ('đạt 86,5% kế hoạch năm', '86,5%', 'attainment', '%', d(base='target')),
 ('trồng 3.180 ha', '3.180 ha', 'level', 'ha', d(locality='tỉnh Hà Giang')),
 ('trồng 8.060 ha', '8.060 ha', 'level', 'ha', d()),
 ('với 385 ha', '385 ha', 'level', 'ha', d(locality='xã Hùng Lợi')),
 ('trên 200 ha', '200 ha', 'level', 'ha', d(optional=True, bound='over')),
 ('ước đạt 598.000 m3', '598.000 m3', 'level', 'm3', d(E)),
 ('bằng 71,2% kế hoạch', '71,2%', 'attainment', '%', d(E, base='target')),
 ('tăng 6,3% so với cùng kỳ', '6,3%', 'change', '%', d(E, U, base='same_period')),
 ('dao động 1,2 - 1,3 triệu đồng/tấn', '1,2 - 1,3 triệu đồng/tấn', 'level', 'VND/tấn', d()),
 ('khoảng 100.000 đồng/tấn', '100.000 đồng/tấn', 'change', 'VND/tấn', d(U, base='same_period', bound='about')),
 ('có 25.600 ha', '25.600 ha', 'level', 'ha', d()),
 ('hiện đạt 64,7%', '64,7%', 'level', '%', d(indicator='forest_cover')),
 ('xảy ra 2 vụ cháy rừng', '2', 'level', 'vụ', d()),
 ('thiệt hại 1,6 ha', '1,6 ha', 'level', 'ha', d()),
 ('giảm 3 vụ', '3', 'change', 'vụ', d(D, base='same_period')),
 ('là 10 triệu đồng/ha', '10 triệu đồng/ha', 'level', 'VND/ha', d()),
 ('trồng 13.000 ha', '13.000 ha', 'level', 'ha', d(T)),
]
