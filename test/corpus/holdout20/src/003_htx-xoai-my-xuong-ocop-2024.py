TEXT = '''
BÁO ĐỒNG THÁP ONLINE
Chính trị | Kinh tế | Nông nghiệp | Văn hóa - Xã hội | Đất và người Đồng Tháp
Thứ Sáu, 17/05/2024 | 14:05 GMT+7

Kinh tế tập thể

Trái xoài Mỹ Xương theo chân hợp tác xã đi xa

ĐTO - Từ 12 hộ góp vốn buổi đầu, đến nay Hợp tác xã Xoài Mỹ Xương (huyện Cao Lãnh) đã có 98 thành viên, liên kết 150 ha xoài đạt chuẩn VietGAP, GlobalGAP, có 4 sản phẩm được công nhận OCOP 4 sao. Câu chuyện của hợp tác xã cho thấy con đường mà cây xoài Cao Lãnh đang đi.

4 giờ sáng, khi trời còn tối, nhà sơ chế của hợp tác xã ở ấp 3, xã Mỹ Xương đã sáng đèn. Hàng chục công nhân phân loại, rửa, bọc từng trái xoài để kịp chuyến xe lạnh lên TP. Hồ Chí Minh lúc 7 giờ.

Ông Nguyễn Văn Nhứt (58 tuổi), Giám đốc hợp tác xã, nhớ lại năm 2009, 12 hộ trồng xoài trong ấp góp nhau lập tổ hợp tác, mỗi hộ góp 2 triệu đồng. “Hồi đó xoài bán xô chỉ 8.000 - 10.000 đồng/kg, có năm thương lái ép giá còn 5.000 đồng/kg. Nhà tôi có 1,5 ha mà cuối năm vẫn thiếu nợ phân thuốc”, ông Nhứt kể.

Năm 2019, tổ hợp tác chuyển thành hợp tác xã. Năm 2023, hợp tác xã tiêu thụ 3.400 tấn xoài, trong đó xuất khẩu 1.150 tấn sang Hàn Quốc, Nhật Bản, Úc; doanh thu đạt 52 tỷ đồng, lợi nhuận 4,3 tỷ đồng, tăng 18% so với năm 2022. Hợp tác xã có 45 lao động thường xuyên với mức lương 7 - 9 triệu đồng/tháng, mùa cao điểm thuê thêm khoảng 120 lao động thời vụ.

Công nhân Hợp tác xã Xoài Mỹ Xương phân loại xoài xuất khẩu. Mỗi ngày nhà sơ chế xử lý khoảng 15 tấn trái. Ảnh: HỮU NGHĨA

“Trái xoài phải đi bằng chất lượng, không thể đi bằng giá rẻ”
Ông Nguyễn Văn Nhứt, Giám đốc Hợp tác xã Xoài Mỹ Xương

Thành viên được hợp tác xã bao tiêu cao hơn giá thị trường 2.000 - 3.000 đồng/kg, thu nhập bình quân khoảng 350 triệu đồng/ha/năm. Anh Lê Văn Tư, thành viên ở ấp 2, cho biết nhà anh có 2,2 ha xoài, năm rồi bán cho hợp tác xã được hơn 60 tấn. “Có hợp tác xã lo đầu ra, tôi chỉ việc lo vườn, đỡ lắm”, anh Tư nói.

Vùng xoài lớn nhất tỉnh

Huyện Cao Lãnh hiện có 4.865 ha xoài, chiếm gần 40% diện tích xoài toàn tỉnh; sản lượng năm 2023 đạt 68.200 tấn, tăng 6,4% so với năm 2022. Đầu tháng 5, giá xoài cát Hòa Lộc loại 1 tại vườn dao động 35.000 - 40.000 đồng/kg, xoài cát Chu từ 18.000 - 22.000 đồng/kg.

Toàn huyện có 36 hợp tác xã nông nghiệp với hơn 3.100 thành viên; 78 sản phẩm OCOP, trong đó 21 sản phẩm đạt 4 sao. Ông Phạm Thành Tâm, Phó Chủ tịch UBND huyện Cao Lãnh, cho biết: “Năm 2024, huyện phấn đấu có thêm 8 sản phẩm OCOP và 3 hợp tác xã được nâng hạng sản phẩm lên 4 sao”.

Theo Sở Nông nghiệp và Phát triển nông thôn, đến hết tháng 4/2024, tỉnh Đồng Tháp có 312 sản phẩm OCOP đạt từ 3 sao trở lên, đứng thứ 2 cả nước, trong đó có 2 sản phẩm OCOP 5 sao quốc gia. Năm 2023, toàn tỉnh thành lập mới 19 hợp tác xã, nâng tổng số lên 284 hợp tác xã nông nghiệp; doanh thu bình quân đạt 4,8 tỷ đồng/hợp tác xã/năm, tăng 0,6 tỷ đồng so với năm 2022.

Mã số vùng trồng, tấm vé ra thế giới

Để trái xoài đi được vào các thị trường khó tính, huyện đẩy mạnh cấp mã số vùng trồng. Đến nay, huyện có 1.250 ha xoài được cấp mã số vùng trồng xuất khẩu, chiếm 25,7% diện tích xoài của huyện. Năm 2023, sản lượng xoài xuất khẩu của toàn tỉnh đạt khoảng 21.000 tấn, tăng 12% so với năm 2022.

Không phải mùa nào cũng thuận. Tháng 2 vừa qua, trận mưa trái mùa làm vườn của anh Tư rụng gần 30% trái non, riêng khu vườn 0,8 ha của bà Ba Thu ở ấp 1 mất trắng lứa bông đầu. “Nhờ hợp tác xã cho ứng trước 20 triệu đồng mua phân, thuốc, vườn mới kịp ra bông lứa sau”, bà Ba Thu nói.

Không dừng ở trái tươi

Từ năm 2022, hợp tác xã đầu tư dây chuyền sấy dẻo trị giá 6,5 tỷ đồng, trong đó được tỉnh hỗ trợ 1,2 tỷ đồng theo Nghị quyết 42/2021/NQ-HĐND. Mỗi năm dây chuyền làm ra khoảng 40 tấn xoài sấy, giá bán 350.000 đồng/kg. Sản phẩm xoài sấy dẻo và nước cốt xoài của hợp tác xã được bày bán tại 2 chuỗi siêu thị và hơn 60 cửa hàng đặc sản.

Năm 2024, hợp tác xã đặt mục tiêu doanh thu 60 tỷ đồng, mở rộng vùng nguyên liệu thêm 30 ha ở xã Mỹ Hiệp, Bình Thạnh. “Tôi 58 tuổi rồi, muốn trước khi nghỉ giao cho lớp trẻ một hợp tác xã mạnh”, ông Nhứt cười.

HỮU NGHĨA

Liên hệ: Hợp tác xã Xoài Mỹ Xương, ấp 3, xã Mỹ Xương, huyện Cao Lãnh. ĐT: 0913.627.418

Xem thêm:
- Đồng Tháp: 4 tháng xuất khẩu đạt 512 triệu USD
- Giá xoài cát Chu giảm mạnh, nhà vườn lo lắng
- Lai Vung có thêm 5 sản phẩm OCOP 3 sao
'''
META = {'published': '2024-05-17', 'locality': 'huyện Cao Lãnh'}
DEFAULTS = {'locality': 'huyện Cao Lãnh', 'period': '2024', 'modality': 'actual'}
DT = {'locality': 'tỉnh Đồng Tháp'}
Y23 = {'period': '2023'}
FIGS = [
 ('có 4.865 ha xoài', '4.865 ha', 'level', 'ha', dict()),
 ('gần 40% diện tích', '40%', 'level', '%', dict(bound='nearly')),
 ('đạt 68.200 tấn', '68.200 tấn', 'level', 'tấn', dict(Y23)),
 ('tăng 6,4% so với năm 2022', '6,4%', 'change', '%', dict(Y23, direction='up', base='2022')),
 ('động 35.000 - 40.000 đồng/kg', '35.000 - 40.000 đồng/kg', 'level', 'VND/kg', dict(period='2024-M05')),
 ('từ 18.000 - 22.000 đồng/kg', '18.000 - 22.000 đồng/kg', 'level', 'VND/kg', dict(period='2024-M05')),
 ('có 1.250 ha xoài', '1.250 ha', 'level', 'ha', dict()),
 ('chiếm 25,7% diện tích', '25,7%', 'level', '%', dict()),
 ('khoảng 21.000 tấn', '21.000 tấn', 'level', 'tấn', dict(**DT, **Y23, bound='about')),
 ('tăng 12% so với năm 2022', '12%', 'change', '%', dict(**DT, **Y23, direction='up', base='2022')),
 ('có 36 hợp tác xã', '36', 'level', 'hợp tác xã', dict()),
 ('hơn 3.100 thành viên', '3.100', 'level', 'thành viên', dict(bound='over')),
 ('78 sản phẩm OCOP', '78', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('trong đó 21 sản phẩm', '21', 'level', 'sản phẩm', dict(indicator='ocop_products')),
 ('thêm 8 sản phẩm OCOP', '8', 'level', 'sản phẩm', dict(indicator='ocop_products', modality='target')),
 ('và 3 hợp tác xã được nâng hạng', '3', 'level', 'hợp tác xã', dict(modality='target')),
 ('có 312 sản phẩm OCOP', '312', 'level', 'sản phẩm', dict(DT, indicator='ocop_products', period='2024-M04')),
 ('có 2 sản phẩm OCOP 5 sao', '2', 'level', 'sản phẩm', dict(DT, indicator='ocop_products', period='2024-M04')),
 ('mới 19 hợp tác xã', '19', 'level', 'hợp tác xã', dict(**DT, **Y23)),
 ('lên 284 hợp tác xã', '284', 'level', 'hợp tác xã', dict(**DT, **Y23, direction='up')),
 ('đạt 4,8 tỷ đồng/hợp tác xã/năm', '4,8 tỷ đồng/hợp tác xã/năm', 'level', 'VND/hợp tác xã/năm', dict(**DT, **Y23)),
 ('tăng 0,6 tỷ đồng', '0,6 tỷ đồng', 'change', 'VND/hợp tác xã/năm', dict(**DT, **Y23, direction='up', base='2022')),
]
