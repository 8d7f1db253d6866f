TEXT = '''
GDP quý III/2024 tăng 7,4%, vượt kịch bản đề ra

06/10/2024 09:30

(Chinhphu.vn) - Theo Tổng cục Thống kê, tổng sản phẩm trong nước (GDP) quý III/2024 ước tính tăng 7,40% so với cùng kỳ năm trước, chỉ thấp hơn tốc độ tăng của quý III các năm 2017, 2018, 2022 trong giai đoạn 2011 - 2024. Tính chung 9 tháng năm 2024, GDP tăng 6,82%.

Bà Nguyễn Thị Hương, Tổng cục trưởng Tổng cục Thống kê tại buổi họp báo. Ảnh: VGP/Nhật Bắc
Bà Nguyễn Thị Hương, Tổng cục trưởng Tổng cục Thống kê tại buổi họp báo. Ảnh: VGP/Nhật Bắc

Trong mức tăng chung của 9 tháng, khu vực nông, lâm nghiệp và thủy sản tăng 3,20%, đóng góp 5,37%; khu vực công nghiệp và xây dựng tăng 8,19%, đóng góp 42,84%; khu vực dịch vụ tăng 6,95%, đóng góp 51,79%.

Về cơ cấu nền kinh tế 9 tháng, khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 11,94%; khu vực công nghiệp và xây dựng chiếm 37,12%; khu vực dịch vụ chiếm 42,53%.

Chỉ số sản xuất toàn ngành công nghiệp (IIP) 9 tháng ước tăng 8,4%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 4.662,8 nghìn tỷ đồng, tăng 8,8%. Tổng kim ngạch xuất, nhập khẩu đạt 578,47 tỷ USD, tăng 16,3%, trong đó xuất khẩu tăng 15,4%; cán cân thương mại xuất siêu 20,79 tỷ USD.

Vốn đầu tư nước ngoài thực hiện tại Việt Nam đạt 17,34 tỷ USD, tăng 8,9%, mức cao nhất của 9 tháng trong 5 năm qua. Khách quốc tế đến nước ta đạt gần 12,7 triệu lượt người, tăng 41,3%.

Chỉ số giá tiêu dùng (CPI) bình quân 9 tháng tăng 3,88% so với cùng kỳ; lạm phát cơ bản tăng 2,69%. Cả nước có 180,3 nghìn doanh nghiệp gia nhập và tái gia nhập thị trường, tăng 9,2%; bình quân mỗi tháng có 20 nghìn doanh nghiệp.

Tỷ lệ thất nghiệp của lao động trong độ tuổi 9 tháng là 2,26%, giảm 0,03 điểm phần trăm so với cùng kỳ.

Bà Nguyễn Thị Hương nhận định: "Để đạt mục tiêu tăng trưởng cả năm 2024 từ 6,8 - 7%, quý IV cần tăng khoảng 7,6 - 8%".

Nhật Nam

Xem thêm
- Bão số 3 gây thiệt hại khoảng 81.500 tỷ đồng
- Thủ tướng: Phấn đấu tăng trưởng GDP năm 2024 trên 7%
'''
META = {'published': '2024-10-06', 'locality': 'cả nước'}
DEFAULTS = {'locality': 'cả nước', 'period': '2024-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
Q = {'period': '2024-Q3'}
FIGS = [
 ('quý III/2024 tăng 7,4%', '7,4%', 'change', '%', dict(indicator='grdp_growth', direction='up', **Q)),
 ('tăng 7,40% so với', '7,40%', 'change', '%', dict(indicator='grdp_growth', direction='up', base='same_period', **Q, **E)),
 ('GDP tăng 6,82%', '6,82%', 'change', '%', dict(indicator='grdp_growth', direction='up')),
 ('thủy sản tăng 3,20%', '3,20%', 'change', '%', dict(direction='up')),
 ('đóng góp 5,37%', '5,37%', 'level', '%', dict()),
 ('xây dựng tăng 8,19%', '8,19%', 'change', '%', dict(direction='up')),
 ('đóng góp 42,84%', '42,84%', 'level', '%', dict()),
 ('dịch vụ tăng 6,95%', '6,95%', 'change', '%', dict(direction='up')),
 ('đóng góp 51,79%', '51,79%', 'level', '%', dict()),
 ('tỷ trọng 11,94%', '11,94%', 'level', '%', dict(indicator='sector_share')),
 ('chiếm 37,12%', '37,12%', 'level', '%', dict(indicator='sector_share')),
 ('chiếm 42,53%', '42,53%', 'level', '%', dict(indicator='sector_share')),
 ('ước tăng 8,4%', '8,4%', 'change', '%', dict(indicator='industrial_production_index', direction='up', **E)),
 ('đạt 4.662,8 nghìn tỷ đồng', '4.662,8 nghìn tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', value=4662800000000000.0)),
 ('tăng 8,8%', '8,8%', 'change', '%', dict(indicator='retail_sales', direction='up')),
 ('đạt 578,47 tỷ USD', '578,47 tỷ USD', 'level', 'USD', dict()),
 ('tăng 16,3%', '16,3%', 'change', '%', dict(direction='up')),
 ('xuất khẩu tăng 15,4%', '15,4%', 'change', '%', dict(indicator='export_value', direction='up')),
 ('siêu 20,79 tỷ USD', '20,79 tỷ USD', 'level', 'USD', dict()),
 ('đạt 17,34 tỷ USD', '17,34 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('tăng 8,9%', '8,9%', 'change', '%', dict(indicator='fdi', direction='up')),
 ('gần 12,7 triệu lượt', '12,7 triệu', 'level', 'lượt người', dict(indicator='international_tourist_arrivals', bound='nearly')),
 ('tăng 41,3%', '41,3%', 'change', '%', dict(indicator='international_tourist_arrivals', direction='up')),
 ('tăng 3,88%', '3,88%', 'change', '%', dict(indicator='cpi', direction='up', base='same_period')),
 ('cơ bản tăng 2,69%', '2,69%', 'change', '%', dict(direction='up')),
 ('có 180,3 nghìn doanh nghiệp', '180,3 nghìn', 'level', 'doanh nghiệp', dict()),
 ('tăng 9,2%', '9,2%', 'change', '%', dict(direction='up')),
 ('có 20 nghìn doanh nghiệp', '20 nghìn', 'level', 'doanh nghiệp', dict()),
 ('là 2,26%', '2,26%', 'level', '%', dict(indicator='unemployment_rate')),
 ('giảm 0,03 điểm phần trăm', '0,03 điểm phần trăm', 'change', 'điểm %', dict(indicator='unemployment_rate', direction='down', base='same_period')),
 ('từ 6,8 - 7%', '6,8 - 7%', 'level', '%', dict(indicator='grdp_growth', period='2024', modality='target')),
 ('khoảng 7,6 - 8%', '7,6 - 8%', 'change', '%', dict(indicator='grdp_growth', direction='up', bound='about', period='2024-Q4', modality='target')),
 ('khoảng 81.500 tỷ đồng', '81.500 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('năm 2024 trên 7%', '7%', 'level', '%', dict(optional=True)),
]
