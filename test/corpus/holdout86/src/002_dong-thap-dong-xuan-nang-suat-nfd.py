NFD = True
TEXT = '''
BÁO ĐỒNG THÁP ĐIỆN TỬ
Thứ Năm, 13/3/2025 | 15:22
Kinh tế | Nông nghiệp | Xã hội | Văn hóa | Thể thao | Đồng Tháp 24h

Nông nghiệp

Lúa Đông Xuân 2024 - 2025: năng suất bình quân đạt 7,52 tấn/ha

ĐTO - Đến nay, nông dân toàn tỉnh Đồng Tháp đã thu hoạch được 162.400 ha lúa Đông Xuân 2024 - 2025, đạt 89% diện tích xuống giống. Năng suất bình quân ước đạt 7,52 tấn/ha, cao hơn cùng vụ năm trước 0,12 tấn/ha.

Theo Sở Nông nghiệp và Môi trường, vụ Đông Xuân 2024 - 2025 toàn tỉnh xuống giống 182.460 ha, vượt 1,4% kế hoạch. Sản lượng ước đạt trên 1,37 triệu tấn. Với giá lúa tươi bình quân 6.800 - 7.200 đồng/kg, sau khi trừ chi phí, nông dân lãi bình quân 28 - 32 triệu đồng/ha, tỷ suất lợi nhuận khoảng 65%. Giá thành sản xuất bình quân 3.900 đồng/kg, giảm 150 đồng/kg so với vụ trước.

Trong đó, huyện Tháp Mười có năng suất cao nhất với 7,85 tấn/ha; huyện Tam Nông đạt 7,71 tấn/ha; thành phố Hồng Ngự đạt 7,2 tấn/ha. Riêng các cánh đồng lớn tại huyện Tháp Mười, năng suất bình quân đạt 8,1 tấn/ha, cao hơn ngoài cánh đồng lớn 0,4 - 0,5 tấn/ha.

Nông dân xã Mỹ Hòa (huyện Tháp Mười) thu hoạch lúa Đông Xuân bằng máy gặt đập liên hợp. Ảnh: Hữu Nghĩa

Năm 2024, tổng sản lượng lúa toàn tỉnh đạt 3,38 triệu tấn, năng suất bình quân cả năm 6,32 tấn/ha; diện tích xoài đạt 12.800 ha, năng suất bình quân 17,5 tấn/ha/năm; sen 2.860 ha. Cá tra nuôi thâm canh đạt năng suất bình quân 350 - 380 tấn/ha/vụ, giá thành khoảng 26.000 đồng/kg.

Vụ Hè Thu 2025, tỉnh dự kiến xuống giống khoảng 175.000 ha, phấn đấu năng suất bình quân đạt 6,2 tấn/ha, sản lượng trên 1,08 triệu tấn. Tỷ lệ sử dụng giống xác nhận phải đạt 90% trở lên, cơ giới hóa khâu thu hoạch đạt 95%.

HỮU NGHĨA

Tin cùng chuyên mục
- Giá lúa tăng 200 đồng/kg sau Tết (05/03/2025)
- Tháp Mười: 15 hợp tác xã liên kết tiêu thụ lúa (01/03/2025)

Báo Đồng Tháp - Giấy phép số 172/GP-BTTTT. Địa chỉ: Số 12 đường 30/4, phường 1, TP Cao Lãnh. Điện thoại: (0277) 3851.463
'''
META = {'published': '2025-03-13', 'locality': 'tỉnh Đồng Tháp'}
DEFAULTS = {'locality': 'tỉnh Đồng Tháp', 'period': '2024/2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
Y24 = {'period': '2024'}
HT = {'period': '2025'}
TM = {'locality': 'huyện Tháp Mười'}
FIGS = [
 ('bình quân đạt 7,52 tấn/ha', '7,52 tấn/ha', 'level', 'tấn/ha', d()),
 ('được 162.400 ha', '162.400 ha', 'level', 'ha', d()),
 ('đạt 89%', '89%', 'level', '%', d()),
 ('ước đạt 7,52 tấn/ha', '7,52 tấn/ha', 'level', 'tấn/ha', d(E)),
 ('0,12 tấn/ha', '0,12 tấn/ha', 'change', 'tấn/ha', d(E, U, base='same_period')),
 ('giống 182.460 ha', '182.460 ha', 'level', 'ha', d(indicator='crop_area')),
 ('vượt 1,4% kế hoạch', '1,4%', 'change', '%', d(U, indicator='crop_area', base='target', status='exceeded')),
 ('trên 1,37 triệu tấn', '1,37 triệu tấn', 'level', 'tấn', d(E, indicator='rice_output', bound='over')),
 ('6.800 - 7.200 đồng/kg', '6.800 - 7.200 đồng/kg', 'level', 'VND/kg', d()),
 ('28 - 32 triệu đồng/ha', '28 - 32 triệu đồng/ha', 'level', 'VND/ha', d()),
 ('khoảng 65%', '65%', 'level', '%', d(bound='about')),
 ('quân 3.900 đồng/kg', '3.900 đồng/kg', 'level', 'VND/kg', d()),
 ('giảm 150 đồng/kg', '150 đồng/kg', 'change', 'VND/kg', d(D, base='previous_period')),
 ('với 7,85 tấn/ha', '7,85 tấn/ha', 'level', 'tấn/ha', d(TM)),
 ('đạt 7,71 tấn/ha', '7,71 tấn/ha', 'level', 'tấn/ha', d(locality='huyện Tam Nông')),
 ('đạt 7,2 tấn/ha', '7,2 tấn/ha', 'level', 'tấn/ha', d(locality='thành phố Hồng Ngự')),
 ('đạt 8,1 tấn/ha', '8,1 tấn/ha', 'level', 'tấn/ha', d(TM)),
 ('0,4 - 0,5 tấn/ha', '0,4 - 0,5 tấn/ha', 'change', 'tấn/ha', d(TM, U)),
 ('đạt 3,38 triệu tấn', '3,38 triệu tấn', 'level', 'tấn', d(Y24, indicator='rice_output')),
 ('6,32 tấn/ha', '6,32 tấn/ha', 'level', 'tấn/ha', d(Y24)),
 ('đạt 12.800 ha', '12.800 ha', 'level', 'ha', d(Y24)),
 ('17,5 tấn/ha/năm', '17,5 tấn/ha/năm', 'level', 'tấn/ha/năm', d(Y24)),
 ('sen 2.860 ha', '2.860 ha', 'level', 'ha', d(Y24)),
 ('350 - 380 tấn/ha/vụ', '350 - 380 tấn/ha/vụ', 'level', 'tấn/ha/vụ', d(Y24)),
 ('khoảng 26.000 đồng/kg', '26.000 đồng/kg', 'level', 'VND/kg', d(Y24, bound='about')),
 ('khoảng 175.000 ha', '175.000 ha', 'level', 'ha', d(HT, E, indicator='crop_area', bound='about')),
 ('đạt 6,2 tấn/ha', '6,2 tấn/ha', 'level', 'tấn/ha', d(HT, modality='target')),
 ('trên 1,08 triệu tấn', '1,08 triệu tấn', 'level', 'tấn', d(HT, modality='target', indicator='rice_output', bound='over')),
 ('đạt 90% trở lên', '90%', 'level', '%', d(HT, modality='target', bound='at_least')),
 ('đạt 95%', '95%', 'level', '%', d(HT, modality='target')),
]
