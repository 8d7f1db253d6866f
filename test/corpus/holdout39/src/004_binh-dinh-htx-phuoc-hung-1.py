TEXT = '''
BÁO BÌNH ĐỊNH ONLINE
Thứ Sáu, 22/9/2023

KINH TẾ  >  Nông nghiệp

HTX Nông nghiệp Phước Hưng 1: Liên kết sản xuất lúa giống, xã viên có lãi

Cập nhật ngày: 22/09/2023, 07:10 [GMT+7]

Từ một HTX chỉ làm dịch vụ thủy lợi, HTX Nông nghiệp Phước Hưng 1 (xã Phước Hưng, huyện Tuy Phước) nay trở thành một trong những đơn vị sản xuất lúa giống lớn của tỉnh, là điểm sáng trong phát triển kinh tế tập thể ở địa phương.

HTX hiện có 2.150 xã viên, tổng vốn điều lệ 3,2 tỷ đồng. Năm 2022, HTX tổ chức sản xuất 320 ha lúa giống các loại như ĐV 108, TBR225, ML 48 theo hợp đồng với Công ty CP Giống cây trồng Bình Định; doanh thu đạt 18,6 tỷ đồng, lợi nhuận 1,9 tỷ đồng, tăng 12% so với năm 2021, chia lãi cho xã viên 6% vốn góp.

Ông Trần Văn Sáu, Giám đốc HTX, cho biết: "Lúa giống được công ty bao tiêu với giá cao hơn lúa thương phẩm 1.500 - 2.000 đồng/kg. Trừ chi phí, xã viên lãi 40 - 50 triệu đồng/ha mỗi vụ". Vụ Hè Thu 2023 HTX sản xuất 335 ha, năng suất bình quân 65 tạ/ha. Năm 2024, HTX đặt mục tiêu mở rộng lên 400 ha và đầu tư thêm 2 máy sấy công suất 30 tấn/mẻ.

Gia đình anh Lê Văn Đức (thôn Vinh Quang 2, xã Phước Hưng) có 1,2 ha ruộng trong cánh đồng sản xuất giống của HTX. Anh Đức kể, vụ Hè Thu vừa qua ruộng nhà đạt 68 tạ/ha, bán cho công ty được 9.200 đồng/kg, thu gần 75 triệu đồng, lãi khoảng 45 triệu đồng.

Kinh tế tập thể chuyển biến

Theo UBND huyện Tuy Phước, vụ Hè Thu 2023 toàn huyện gieo sạ 7.950 ha lúa, đạt 101,3% kế hoạch; năng suất bình quân 62,5 tạ/ha, cao hơn vụ Hè Thu năm 2022 là 1,8 tạ/ha; sản lượng đạt 49.690 tấn. Diện tích sản xuất lúa giống toàn huyện đạt 1.860 ha, chiếm 23,4% diện tích gieo sạ.

Giá lúa khô tại các xã Phước Hưng, Phước Quang, Phước Sơn sau thu hoạch dao động 7.800 - 8.000 đồng/kg, cao hơn cùng kỳ năm trước 1.200 - 1.500 đồng/kg; lúa tươi 6.600 - 6.700 đồng/kg.

Hiện toàn huyện có 28 HTX nông nghiệp với hơn 41.000 thành viên; năm 2022, doanh thu bình quân đạt 5,2 tỷ đồng/HTX/năm, lãi bình quân 410 triệu đồng/HTX/năm, tăng 8,5% so với năm 2021.

Toàn tỉnh Bình Định hiện có 243 HTX nông nghiệp, trong đó 132 HTX hoạt động khá, tốt, chiếm 54,3%; có 96 HTX tham gia liên kết sản xuất, tiêu thụ sản phẩm với doanh nghiệp, diện tích liên kết khoảng 13.500 ha/vụ. Theo Kế hoạch số 71/KH-UBND của UBND tỉnh, đến năm 2025 tỉnh phấn đấu có trên 60% HTX nông nghiệp hoạt động khá, tốt.

NGUYỄN HÂN

Liên hệ đặt lúa giống: HTX Nông nghiệp Phước Hưng 1, ĐT: 0256 3633 122 hoặc 0905 118 347.

Các tin khác:
- Tuy Phước: Ra quân làm thủy lợi nội đồng đợt 2
- Giá lúa giống ĐV 108 vụ Đông Xuân 2023 - 2024 giữ ổn định
- An Nhơn: 5 HTX được hỗ trợ máy gặt đập liên hợp
'''
META = {'published': '2023-09-22', 'locality': 'huyện Tuy Phước'}
DEFAULTS = {'locality': 'huyện Tuy Phước', 'period': '2023', 'modality': 'actual'}
K = 'VND/kg'
BD = {'locality': 'tỉnh Bình Định'}
FIGS = [
 # the cooperative's own figures are not figures (holdout20); the district's and province's are
 ('gieo sạ 7.950 ha', '7.950 ha', 'level', 'ha', dict(indicator='crop_area')),
 ('đạt 101,3% kế hoạch', '101,3%', 'attainment', '%', dict(indicator='crop_area', base='target')),
 ('quân 62,5 tạ/ha', '62,5 tạ/ha', 'level', 'tạ/ha', dict()),
 ('là 1,8 tạ/ha', '1,8 tạ/ha', 'change', 'tạ/ha', dict(direction='up', base='same_period')),
 ('đạt 49.690 tấn', '49.690 tấn', 'level', 'tấn', dict(indicator='rice_output')),
 ('đạt 1.860 ha', '1.860 ha', 'level', 'ha', dict()),
 ('chiếm 23,4%', '23,4%', 'level', '%', dict()),
 ('động 7.800 - 8.000 đồng/kg', '7.800 - 8.000 đồng/kg', 'level', K, dict(locality=None)),
 ('trước 1.200 - 1.500 đồng/kg', '1.200 - 1.500 đồng/kg', 'change', K, dict(direction='up', base='same_period', locality=None)),
 ('tươi 6.600 - 6.700 đồng/kg', '6.600 - 6.700 đồng/kg', 'level', K, dict(locality=None)),
 ('có 28 HTX', '28', 'level', 'hợp tác xã', dict()),
 ('hơn 41.000 thành viên', '41.000', 'level', 'thành viên', dict(bound='over')),
 ('đạt 5,2 tỷ đồng/HTX/năm', '5,2 tỷ đồng/HTX/năm', 'level', 'VND/hợp tác xã/năm', dict(period='2022')),
 ('quân 410 triệu đồng/HTX/năm', '410 triệu đồng/HTX/năm', 'level', 'VND/hợp tác xã/năm', dict(period='2022')),
 ('tăng 8,5% so với năm 2021', '8,5%', 'change', '%', dict(period='2022', direction='up', base='2021')),
 ('có 243 HTX', '243', 'level', 'hợp tác xã', dict(**BD)),
 ('trong đó 132 HTX', '132', 'level', 'hợp tác xã', dict(**BD)),
 ('chiếm 54,3%', '54,3%', 'level', '%', dict(**BD)),
 ('có 96 HTX', '96', 'level', 'hợp tác xã', dict(**BD)),
 ('khoảng 13.500 ha/vụ', '13.500 ha/vụ', 'level', 'ha/vụ', dict(**BD, bound='about')),
 ('trên 60% HTX', '60%', 'level', '%', dict(**BD, period='2025', modality='target', bound='over')),
]
