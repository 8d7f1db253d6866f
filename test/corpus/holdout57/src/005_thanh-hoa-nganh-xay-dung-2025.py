TEXT = '''
BÁO THANH HÓA
Thứ Năm, 08/01/2026 - 10:31
Xây dựng - Đô thị

Ngành Xây dựng Thanh Hóa: Tỷ lệ đô thị hóa năm 2025 đạt 41,2%

(Baothanhhoa.vn) - Năm 2025, tỷ lệ đô thị hóa của tỉnh Thanh Hóa ước đạt 41,2%, tăng 2,7 điểm phần trăm so với năm 2024 và vượt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX đề ra (40%). Đó là thông tin tại hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026 của Sở Xây dựng, tổ chức chiều 7/1.

Đô thị phát triển theo hướng bền vững

Sau sắp xếp đơn vị hành chính hai cấp, toàn tỉnh có 166 đơn vị hành chính cấp xã, gồm 19 phường và 147 xã. Trong năm, Sở Xây dựng đã tham mưu rà soát, điều chỉnh 12 đồ án quy hoạch chung đô thị; cấp 1.236 giấy phép xây dựng; thẩm định 286 hồ sơ dự án, công trình với tổng mức đầu tư 38.250 tỷ đồng.

Diện tích nhà ở bình quân đầu người đạt 28,4 m2 sàn/người (năm 2024 là 27,5 m2 sàn/người); tỷ lệ nhà ở kiên cố đạt 86,5%. Về nhà ở xã hội, năm 2025 tỉnh hoàn thành 2.412 căn, đạt 100,5% kế hoạch Chính phủ giao (2.400 căn); lũy kế giai đoạn 2021 - 2025 hoàn thành 5.836 căn.

Khu đô thị mới phía Đông phường Hạc Thành. Ảnh: Khánh Phương

Sản xuất vật liệu xây dựng tiếp tục tăng trưởng: xi măng ước đạt 17,8 triệu tấn, tăng 6,4%; gạch xây các loại 1.150 triệu viên (-3,2%); đá xây dựng 9,6 triệu m3; thép xây dựng 1,42 triệu tấn, tăng 12,5% so với năm 2024.

Thị trường bất động sản từng bước phục hồi. Năm 2025, toàn tỉnh có 38.640 giao dịch bất động sản thành công qua công chứng, tăng 24,6% so với năm trước; trong đó giao dịch đất nền chiếm 71,3%. Giá căn hộ chung cư tại phường Hạc Thành phổ biến 22 - 28 triệu đồng/m2, tăng 8 - 10% so với cuối năm 2024.

Năm 2026, ngành Xây dựng đặt mục tiêu:
- Tỷ lệ đô thị hóa: 43%;
- Diện tích nhà ở bình quân: 29 m2 sàn/người;
- Hoàn thành ít nhất 3.000 căn nhà ở xã hội;
- 100% đồ án quy hoạch chung được rà soát, điều chỉnh phù hợp sau sắp xếp đơn vị hành chính.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Lê Văn Thành lưu ý, để đạt mục tiêu tỷ lệ đô thị hóa 50% vào năm 2030, mỗi năm tỉnh cần tăng khoảng 1,8 điểm phần trăm; ngành Xây dựng phải đi trước một bước về quy hoạch.

Khánh Phương

Tin liên quan:
- Thanh Hóa có thêm 2 đô thị loại IV
- Khởi công dự án nhà ở xã hội 1.200 căn tại phường Quảng Phú

Cơ quan chủ quản: Tỉnh ủy Thanh Hóa. Tòa soạn: 248 Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa. Điện thoại: 0237.3852.460
'''
META = {'published': '2026-01-08', 'locality': 'tỉnh Thanh Hóa'}
DEFAULTS = {'locality': 'tỉnh Thanh Hóa', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
E = {'modality': 'estimate'}
T26 = {'modality': 'target', 'period': '2026'}
U = {'indicator': 'urbanization_rate'}
HT = {'locality': 'phường Hạc Thành'}
FIGS = [
 ('năm 2025 đạt 41,2%', '41,2%', 'level', '%', d(U)),
 ('ước đạt 41,2%', '41,2%', 'level', '%', d(U, E)),
 ('tăng 2,7 điểm phần trăm', '2,7 điểm phần trăm', 'change', 'điểm %', d(U, E, direction='up', base='2024')),
 ('(40%)', '40%', 'level', '%', d(U, modality='target')),
 ('có 166 đơn vị', '166', 'level', 'đơn vị hành chính cấp xã', d(OPT)),
 ('gồm 19 phường', '19', 'level', 'phường', d(OPT)),
 ('147 xã', '147', 'level', 'xã', d(OPT)),
 ('chỉnh 12 đồ án', '12', 'level', 'đồ án', d(OPT)),
 ('cấp 1.236 giấy phép', '1.236', 'level', 'giấy phép', d()),
 ('thẩm định 286 hồ sơ', '286', 'level', 'hồ sơ', d()),
 ('tư 38.250 tỷ đồng', '38.250 tỷ đồng', 'level', 'VND', d()),
 ('đạt 28,4 m2 sàn/người', '28,4 m2 sàn/người', 'level', 'm2/người', d()),
 ('là 27,5 m2 sàn/người', '27,5 m2 sàn/người', 'level', 'm2/người', d(period='2024')),
 ('đạt 86,5%', '86,5%', 'level', '%', d()),
 ('hoàn thành 2.412 căn', '2.412', 'level', 'căn', d()),
 ('đạt 100,5% kế hoạch', '100,5%', 'attainment', '%', d(base='target')),
 ('(2.400 căn)', '2.400', 'level', 'căn', d(modality='target')),
 ('hoàn thành 5.836 căn', '5.836', 'level', 'căn', d(period='2021/2025')),
 ('đạt 17,8 triệu tấn', '17,8 triệu tấn', 'level', 'tấn', d(E)),
 ('tăng 6,4%', '6,4%', 'change', '%', d(E, direction='up')),
 ('1.150 triệu viên', '1.150 triệu', 'level', 'viên', d()),
 ('(-3,2%)', '3,2%', 'change', '%', d(direction='down')),
 ('9,6 triệu m3', '9,6 triệu m3', 'level', 'm3', d()),
 ('1,42 triệu tấn', '1,42 triệu tấn', 'level', 'tấn', d()),
 ('tăng 12,5%', '12,5%', 'change', '%', d(direction='up', base='2024')),
 ('có 38.640 giao dịch', '38.640', 'level', 'giao dịch', d()),
 ('tăng 24,6%', '24,6%', 'change', '%', d(direction='up', base='2024')),
 ('chiếm 71,3%', '71,3%', 'level', '%', d()),
 ('22 - 28 triệu đồng/m2', '22 - 28 triệu đồng/m2', 'level', 'VND/m2', d(HT)),
 ('tăng 8 - 10%', '8 - 10%', 'change', '%', d(HT, direction='up', base='2024')),
 ('hóa: 43%', '43%', 'level', '%', d(U, T26)),
 ('quân: 29 m2 sàn/người', '29 m2 sàn/người', 'level', 'm2/người', d(T26)),
 ('ít nhất 3.000 căn', '3.000', 'level', 'căn nhà', d(T26, bound='at_least')),
 ('- 100% đồ án', '100%', 'level', '%', d(T26)),
 ('hóa 50%', '50%', 'level', '%', d(U, modality='target', period='2030')),
 ('khoảng 1,8 điểm phần trăm', '1,8 điểm phần trăm', 'change', 'điểm %', d(U, modality='target', period='2026/2030', direction='up', bound='about')),
]
