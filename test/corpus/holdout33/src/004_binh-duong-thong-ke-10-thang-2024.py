NFD = True
TEXT = '''
CỤC THỐNG KÊ TỈNH BÌNH DƯƠNG
Trang chủ | Giới thiệu | Tin tức | Số liệu thống kê | Phổ biến thông tin | Liên hệ
Tìm kiếm...

Số liệu thống kê > Báo cáo tình hình kinh tế - xã hội

Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2024

Ngày đăng: 30/10/2024 | Lượt xem: 647

(Số liệu trong bài là số ước tính, có thể được điều chỉnh khi có số chính thức.)

Kinh tế của tỉnh trong tháng 10/2024 tiếp tục phục hồi, sản xuất công nghiệp, thương mại và xuất khẩu đều tăng so với cùng kỳ. Chỉ số sản xuất công nghiệp 10 tháng tăng 9,6%, kim ngạch xuất khẩu đạt 28,94 tỷ USD.

1. Sản xuất công nghiệp

Chỉ số sản xuất công nghiệp (IIP) tháng 10/2024 tăng 2,1% so với tháng trước và tăng 9,4% so với cùng kỳ năm trước. Tính chung 10 tháng năm 2024, IIP tăng 9,6% so với cùng kỳ (cùng kỳ năm 2023 tăng 3,1%), cao hơn bình quân cả nước (8,3%).

Chỉ số IIP 10 tháng của các ngành công nghiệp cấp I (tăng, giảm so với cùng kỳ):
- Khai khoáng: (-4,2%)
- Công nghiệp chế biến, chế tạo: +9,9%
- Sản xuất và phân phối điện: +7,5%
- Cung cấp nước, quản lý và xử lý rác thải: +5,3%

Chỉ số sử dụng lao động của doanh nghiệp công nghiệp tại thời điểm 1/10/2024 tăng 2,4% so với cùng thời điểm năm trước, cho thấy các doanh nghiệp đã tuyển thêm lao động cho đơn hàng cuối năm.

2. Thương mại, dịch vụ

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 đạt 28.412 tỷ đồng, tăng 1,4% so với tháng trước và tăng 12,1% so với cùng kỳ. Lũy kế từ đầu năm đạt 273.560 tỷ đồng, tăng 11,6% so với cùng kỳ, bằng 84,2% kế hoạch năm. Trong đó, doanh thu bán lẻ hàng hóa 179.820 tỷ đồng, chiếm 65,7% tổng mức.

Doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải 10 tháng đạt 18.960 tỷ đồng, tăng 10,4% so với cùng kỳ. Chỉ số giá tiêu dùng (CPI) tháng 10/2024 tăng 0,18% so với tháng trước và tăng 2,95% so với cùng kỳ; bình quân 10 tháng, CPI tăng 3,42% so với cùng kỳ.

3. Xuất, nhập khẩu

Kim ngạch xuất khẩu tháng 10 đạt 3,12 tỷ USD, tăng 3,5% so với tháng trước và tăng 14,6% so với cùng kỳ. Lũy kế 10 tháng, kim ngạch xuất khẩu đạt 28,94 tỷ USD, tăng 13,8% so với cùng kỳ, đạt 85,1% kế hoạch năm (kế hoạch 34 tỷ USD). Kim ngạch nhập khẩu 10 tháng đạt 19,6 tỷ USD, tăng 12,4% so với cùng kỳ; xuất siêu 9,34 tỷ USD.

Mặt hàng xuất khẩu chủ yếu 10 tháng (tăng, giảm so với cùng kỳ):
- Gỗ và sản phẩm gỗ: 4.215 triệu USD (+21,3%);
- Hàng dệt, may: 2.310 triệu USD (-2,7%);
- Giày dép các loại: 2.187 triệu USD (+9,6%);
- Máy vi tính, sản phẩm điện tử và linh kiện: 1.940 triệu USD (+15,2%).

Bình Dương tiếp tục đứng thứ 4 cả nước về kim ngạch xuất khẩu, sau TP. Hồ Chí Minh, Bắc Ninh và Bắc Giang.

4. Thu hút đầu tư

Trong 10 tháng, tỉnh thu hút 1,42 tỷ USD vốn đầu tư trực tiếp nước ngoài, đạt 94,7% kế hoạch năm; trong đó có 112 dự án cấp mới. Vốn đăng ký của doanh nghiệp trong nước đạt 58.400 tỷ đồng, giảm 7,1% so với cùng kỳ; có 4.836 doanh nghiệp thành lập mới.

Khu công nghiệp VSIP 3 và Khu công nghiệp Cây Trường tiếp tục là điểm đến của các dự án điện tử; nhà máy của một tập đoàn Hàn Quốc tại phường Tân Định khởi công ngày 12/10 với 1.200 chỗ làm việc dự kiến.

Cục Thống kê tỉnh Bình Dương

Tin đã đăng:
- Tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2024 (30/9/2024)
- Chỉ số giá tiêu dùng tháng 9/2024 tăng 0,21% (30/9/2024)
- Kết quả Tổng điều tra kinh tế năm 2021 (15/8/2024)

Địa chỉ: Tầng 9, Tháp A, Trung tâm Hành chính tỉnh, phường Hòa Phú, TP. Thủ Dầu Một | ĐT: 0274.3822.641 | Email: binhduong@gso.gov.vn
'''
META = {'published': '2024-10-30', 'locality': 'tỉnh Bình Dương'}
DEFAULTS = {'locality': 'tỉnh Bình Dương', 'period': '2024-10M', 'modality': 'estimate'}
IIP = {'indicator': 'industrial_production_index'}
RS = {'indicator': 'retail_sales'}
EX = {'indicator': 'export_value'}
M = {'period': '2024-M10'}
UP = {'direction': 'up', 'base': 'same_period'}
DN = {'direction': 'down', 'base': 'same_period'}
PP = {'direction': 'up', 'base': 'previous_period'}
A = {'base': 'target'}
FIGS = [
 ('10 tháng tăng 9,6%, kim ngạch', '9,6%', 'change', '%', dict(IIP, direction='up')),
 ('đạt 28,94 tỷ USD.', '28,94 tỷ USD', 'level', 'USD', dict(EX)),
 ('tăng 2,1% so với tháng trước', '2,1%', 'change', '%', dict(IIP, **M, **PP)),
 ('tăng 9,4% so với cùng kỳ năm trước', '9,4%', 'change', '%', dict(IIP, **M, **UP)),
 ('IIP tăng 9,6% so với cùng kỳ', '9,6%', 'change', '%', dict(IIP, **UP)),
 ('cùng kỳ năm 2023 tăng 3,1%', '3,1%', 'change', '%', dict(IIP, period='2023-10M', modality='actual', direction='up')),
 ('cả nước (8,3%)', '8,3%', 'change', '%', dict(IIP, locality='cả nước', **UP)),
 ('(-4,2%)', '4,2%', 'change', '%', dict(IIP, **DN)),
 ('chế tạo: +9,9%', '9,9%', 'change', '%', dict(IIP, **UP)),
 ('điện: +7,5%', '7,5%', 'change', '%', dict(IIP, **UP)),
 ('rác thải: +5,3%', '5,3%', 'change', '%', dict(IIP, **UP)),
 ('tăng 2,4% so với cùng thời điểm', '2,4%', 'change', '%', dict(M, **UP)),
 ('đạt 28.412 tỷ đồng', '28.412 tỷ đồng', 'level', 'VND', dict(RS, **M)),
 ('tăng 1,4% so với tháng trước', '1,4%', 'change', '%', dict(RS, **M, **PP)),
 ('tăng 12,1% so với cùng kỳ', '12,1%', 'change', '%', dict(RS, **M, **UP)),
 ('đạt 273.560 tỷ đồng', '273.560 tỷ đồng', 'level', 'VND', dict(RS)),
 ('tăng 11,6% so với cùng kỳ', '11,6%', 'change', '%', dict(RS, **UP)),
 ('bằng 84,2% kế hoạch năm', '84,2%', 'attainment', '%', dict(RS, **A)),
 ('hóa 179.820 tỷ đồng', '179.820 tỷ đồng', 'level', 'VND', dict(RS)),
 ('chiếm 65,7%', '65,7%', 'level', '%', dict()),
 ('đạt 3,12 tỷ USD', '3,12 tỷ USD', 'level', 'USD', dict(EX, **M)),
 ('tăng 3,5% so với tháng trước', '3,5%', 'change', '%', dict(EX, **M, **PP)),
 ('tăng 14,6% so với cùng kỳ', '14,6%', 'change', '%', dict(EX, **M, **UP)),
 ('đạt 28,94 tỷ USD, tăng', '28,94 tỷ USD', 'level', 'USD', dict(EX)),
 ('tăng 13,8% so với cùng kỳ', '13,8%', 'change', '%', dict(EX, **UP)),
 ('đạt 85,1% kế hoạch năm', '85,1%', 'attainment', '%', dict(EX, **A)),
 ('(kế hoạch 34 tỷ USD)', '34 tỷ USD', 'level', 'USD', dict(EX, modality='target', period='2024')),
 ('đạt 19,6 tỷ USD', '19,6 tỷ USD', 'level', 'USD', dict(indicator='import_value')),
 ('tăng 12,4% so với cùng kỳ', '12,4%', 'change', '%', dict(indicator='import_value', **UP)),
 ('xuất siêu 9,34 tỷ USD', '9,34 tỷ USD', 'level', 'USD', dict()),
 ('gỗ: 4.215 triệu USD', '4.215 triệu USD', 'level', 'USD', dict(EX)),
 ('(+21,3%)', '21,3%', 'change', '%', dict(EX, **UP)),
 ('may: 2.310 triệu USD', '2.310 triệu USD', 'level', 'USD', dict(EX)),
 ('(-2,7%)', '2,7%', 'change', '%', dict(EX, **DN)),
 ('loại: 2.187 triệu USD', '2.187 triệu USD', 'level', 'USD', dict(EX)),
 ('(+9,6%)', '9,6%', 'change', '%', dict(EX, **UP)),
 ('kiện: 1.940 triệu USD', '1.940 triệu USD', 'level', 'USD', dict(EX)),
 ('(+15,2%)', '15,2%', 'change', '%', dict(EX, **UP)),
 ('thu hút 1,42 tỷ USD', '1,42 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('đạt 94,7% kế hoạch năm', '94,7%', 'attainment', '%', dict(indicator='fdi', **A)),
 ('có 112 dự án', '112', 'level', 'dự án', dict(indicator='fdi')),
 ('đạt 58.400 tỷ đồng', '58.400 tỷ đồng', 'level', 'VND', dict()),
 ('giảm 7,1% so với cùng kỳ', '7,1%', 'change', '%', dict(**DN)),
 ('với 1.200 chỗ làm việc', '1.200', 'level', 'chỗ làm việc', dict(optional=True)),
 ('có 4.836 doanh nghiệp', '4.836', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('đạt 18.960 tỷ đồng', '18.960 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 10,4% so với cùng kỳ', '10,4%', 'change', '%', dict(**UP)),
 ('tăng 0,18% so với tháng trước', '0,18%', 'change', '%', dict(indicator='cpi', **M, **PP)),
 ('tăng 2,95% so với cùng kỳ', '2,95%', 'change', '%', dict(indicator='cpi', **M, **UP)),
 ('CPI tăng 3,42%', '3,42%', 'change', '%', dict(indicator='cpi', **UP)),
]
