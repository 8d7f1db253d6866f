# Tỉnh Bình Dương (before the 2025 merger), Tết bonuses for Tết Giáp Thìn 2024, published 28/12/2023.
# A bonus is dated by the Tết it is paid for: '2024' (Tết Nguyên đán Giáp Thìn 2024 and Tết Dương lịch 2024);
# the year's wage is 2023, arrears at a cut-off day its month. "Dự kiến" makes its clause an estimate.
# The highest and lowest bonuses are statistics of the survey (levels, VND/người), not one person's story;
# one worker's own bonus is. "tháng lương thứ 13", "VSIP II", "Sóng Thần 2", the decree's minimum wage
# (optional), ages and the survey's size (optional) are no figures of the result.
TEXT = '''
BÁO BÌNH DƯƠNG ONLINE
Chính trị | Kinh tế | Xã hội | Công đoàn | Pháp luật | Văn hóa - Thể thao
Thứ năm, 28/12/2023, 17:05

Xã hội - Công đoàn

Thưởng Tết Giáp Thìn bình quân 7,35 triệu đồng/người, cao nhất 412 triệu đồng

(BDO) Theo Liên đoàn Lao động tỉnh, mức thưởng Tết Nguyên đán Giáp Thìn 2024 bình quân dự kiến 7,35 triệu đồng/người, tăng 4,1% so với Tết Quý Mão 2023. Nhiều doanh nghiệp trong lĩnh vực điện tử, hóa chất, logistics có mức thưởng cao; ngược lại, một số doanh nghiệp dệt may, da giày, đồ gỗ vẫn khó khăn về đơn hàng.

Số liệu được tổng hợp từ báo cáo của 1.256 doanh nghiệp với khoảng 498.000 lao động. Đến nay, 86% doanh nghiệp đã xây dựng phương án thưởng Tết; khoảng 12% doanh nghiệp cho biết chưa có khả năng chi thưởng do sản xuất sụt giảm.

Công nhân tan ca tại Khu công nghiệp Việt Nam - Singapore II chiều 27/12. Ảnh: Hải Yến

Doanh nghiệp FDI thưởng cao nhất

Theo khối doanh nghiệp, doanh nghiệp nhà nước có mức thưởng bình quân 9,2 triệu đồng/người, cao nhất 86 triệu đồng/người; doanh nghiệp có vốn đầu tư nước ngoài (FDI) bình quân 7,6 triệu đồng/người, cao nhất 412 triệu đồng/người; doanh nghiệp dân doanh bình quân 6,1 triệu đồng/người, cao nhất 295 triệu đồng/người. Mức thưởng thấp nhất là 500.000 đồng/người, chủ yếu ở doanh nghiệp dệt may.

Mức thưởng cao nhất 412 triệu đồng thuộc về một lao động quản lý tại doanh nghiệp FDI ngành điện tử. Ngoài thưởng Tết, nhiều đơn vị chi thêm tháng lương thứ 13 theo thỏa ước lao động tập thể.

Với Tết Dương lịch 2024, thưởng bình quân 1,2 triệu đồng/người, cao nhất 48 triệu đồng/người, thấp nhất 200.000 đồng/người.

Chị Nguyễn Thị Hoa (32 tuổi, quê Thanh Hóa), công nhân một công ty may ở Khu công nghiệp Sóng Thần 2, cho biết năm nay chị được thưởng nửa tháng lương, khoảng 4 triệu đồng, ít hơn năm ngoái 2 triệu đồng. "Tôi vẫn về quê, nhưng phải tính toán chi tiêu kỹ hơn", chị nói.

Tiền lương tăng, vẫn còn nợ lương

Tiền lương bình quân của người lao động năm 2023 ước đạt 9,1 triệu đồng/người/tháng, tăng 5,8% so với năm 2022. Mức lương tối thiểu vùng I áp dụng tại các thành phố Thủ Dầu Một, Thuận An, Dĩ An, Tân Uyên, Bến Cát là 4.680.000 đồng/tháng theo Nghị định 38/2022/NĐ-CP.

Tính đến ngày 25/12/2023, trên địa bàn tỉnh còn 23 doanh nghiệp nợ lương của 14.600 lao động với tổng số tiền khoảng 61 tỷ đồng. Trong năm 2023, khoảng 37.000 lao động bị giảm giờ làm hoặc mất việc do doanh nghiệp thiếu đơn hàng.

Ông Trần Văn Lưu, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho biết Liên đoàn đã lập đường dây nóng 0274.3822.909 để công nhân phản ánh việc chậm trả lương, thưởng; các doanh nghiệp nợ lương được yêu cầu thanh toán trước ngày 23 tháng Chạp (2/2/2024).

Chăm lo Tết cho công nhân

Dịp Tết Giáp Thìn, các cấp công đoàn trong tỉnh dự kiến chi 68,5 tỷ đồng chăm lo cho đoàn viên, người lao động, tặng 96.000 suất quà. Chương trình "Chuyến xe Mùa xuân" năm nay bố trí 120 chuyến xe đưa 5.400 công nhân về quê đón Tết, tăng 1.200 người so với năm trước.

Cả nước, theo Bộ Lao động - Thương binh và Xã hội, mức thưởng Tết Nguyên đán bình quân khoảng 6,9 triệu đồng/người.

HẢI YẾN

Tin cùng chuyên mục
• Bình Dương: 10.000 vé xe miễn phí cho công nhân về quê
• Hội chợ Tết công nhân lần thứ 8 với 150 gian hàng
• Khai mạc Tháng Công nhân năm 2024
'''
META = {'published': '2023-12-28', 'locality': 'tỉnh Bình Dương'}
DEFAULTS = {'locality': 'tỉnh Bình Dương', 'period': '2024', 'modality': 'actual'}
U = {'direction': 'up'}
S = {'base': 'same_period'}
E = {'modality': 'estimate'}
P = 'VND/người'
Y23 = {'period': '2023'}
FIGS = [
 ('bình quân 7,35 triệu đồng/người, cao', '7,35 triệu đồng/người', 'level', P, dict()),
 ('cao nhất 412 triệu đồng\n', '412 triệu đồng', 'level', 'VND', dict()),
 ('dự kiến 7,35 triệu đồng/người', '7,35 triệu đồng/người', 'level', P, dict(E)),
 ('tăng 4,1%', '4,1%', 'change', '%', dict(E, **U, **S)),
 ('của 1.256 doanh nghiệp', '1.256', 'level', 'doanh nghiệp', dict(optional=True)),
 ('khoảng 498.000 lao động', '498.000', 'level', 'lao động', dict(optional=True)),
 ('nay, 86% doanh nghiệp', '86%', 'level', '%', dict()),
 ('khoảng 12% doanh nghiệp', '12%', 'level', '%', dict(bound='about')),
 ('bình quân 9,2 triệu đồng/người', '9,2 triệu đồng/người', 'level', P, dict()),
 ('cao nhất 86 triệu đồng/người', '86 triệu đồng/người', 'level', P, dict()),
 ('bình quân 7,6 triệu đồng/người', '7,6 triệu đồng/người', 'level', P, dict()),
 ('cao nhất 412 triệu đồng/người', '412 triệu đồng/người', 'level', P, dict()),
 ('bình quân 6,1 triệu đồng/người', '6,1 triệu đồng/người', 'level', P, dict()),
 ('cao nhất 295 triệu đồng/người', '295 triệu đồng/người', 'level', P, dict()),
 ('là 500.000 đồng/người', '500.000 đồng/người', 'level', P, dict()),
 ('Mức thưởng cao nhất 412 triệu đồng thuộc', '412 triệu đồng', 'level', 'VND', dict()),
 ('bình quân 1,2 triệu đồng/người', '1,2 triệu đồng/người', 'level', P, dict()),
 ('cao nhất 48 triệu đồng/người', '48 triệu đồng/người', 'level', P, dict()),
 ('nhất 200.000 đồng/người', '200.000 đồng/người', 'level', P, dict()),
 ('đạt 9,1 triệu đồng/người/tháng', '9,1 triệu đồng/người/tháng', 'level', 'VND/người/tháng', dict(E, **Y23)),
 ('tăng 5,8%', '5,8%', 'change', '%', dict(E, **Y23, **U, base='2022')),
 ('là 4.680.000 đồng/tháng', '4.680.000 đồng/tháng', 'level', 'VND/tháng', dict(optional=True)),
 ('còn 23 doanh nghiệp', '23', 'level', 'doanh nghiệp', dict(period='2023-M12')),
 ('của 14.600 lao động', '14.600', 'level', 'lao động', dict(period='2023-M12')),
 ('khoảng 61 tỷ đồng', '61 tỷ đồng', 'level', 'VND', dict(period='2023-M12', bound='about')),
 ('khoảng 37.000 lao động', '37.000', 'level', 'lao động', dict(Y23, bound='about')),
 ('chi 68,5 tỷ đồng', '68,5 tỷ đồng', 'level', 'VND', dict(E)),
 ('tặng 96.000 suất', '96.000', 'level', 'suất quà', dict(E)),
 ('trí 120 chuyến', '120', 'level', 'chuyến xe', dict()),
 ('đưa 5.400 công nhân', '5.400', 'level', 'công nhân', dict()),
 ('tăng 1.200 người', '1.200', 'change', 'người', dict(U, base='2023')),
 ('khoảng 6,9 triệu đồng/người', '6,9 triệu đồng/người', 'level', P, dict(locality='cả nước', bound='about')),
]
