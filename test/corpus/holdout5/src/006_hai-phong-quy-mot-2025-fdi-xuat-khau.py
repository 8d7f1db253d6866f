TEXT = '''
Hải Phòng: Quý I/2025, thu hút FDI đạt 1,03 tỷ USD

Thứ Năm, 03/04/2025 | 07:45

(HP) - Theo báo cáo của UBND thành phố tại phiên họp thường kỳ tháng 3, quý I/2025, kinh tế Hải Phòng tiếp tục giữ đà tăng trưởng cao; tốc độ tăng trưởng GRDP ước đạt 11,07%, đứng thứ 2 cả nước và là quý thứ 44 liên tiếp thành phố tăng trưởng hai con số.

Chỉ số sản xuất công nghiệp (IIP) quý I ước tăng 14,2% so với cùng kỳ; một số sản phẩm công nghiệp chủ yếu tăng khá như điện thoại di động tăng 21,3%, ti vi tăng 17,9%, xi măng tăng 4,2%. Riêng tháng 3, IIP tăng 9,8% so với tháng trước và tăng 16,5% so với cùng kỳ.

Kim ngạch xuất khẩu quý I đạt 8,12 tỷ USD, tăng 12,1% so với cùng kỳ, bằng 22,6% kế hoạch năm; kim ngạch nhập khẩu đạt 6,95 tỷ USD, tăng 8,7%. Sản lượng hàng hóa thông qua cảng biển đạt 47,3 triệu tấn, tăng 9,4%. Thu ngân sách nhà nước trên địa bàn đạt 27.605 tỷ đồng, bằng 26,5% dự toán, giảm 3,2% so với cùng kỳ; trong đó thu nội địa 11.830 tỷ đồng, tăng 18,6%; thu từ hoạt động xuất nhập khẩu 15.775 tỷ đồng, giảm 15,1%.

Về thu hút đầu tư, quý I, thành phố thu hút được 1,03 tỷ USD vốn FDI, gấp 2,3 lần cùng kỳ năm 2024, đạt 34,3% kế hoạch năm (3 tỷ USD). Trong đó, cấp mới 15 dự án với tổng vốn 612 triệu USD; điều chỉnh vốn 19 lượt dự án với tổng vốn điều chỉnh 418 triệu USD. Các khu công nghiệp DEEP C, VSIP Hải Phòng và Tràng Duệ thu hút vốn FDI lần lượt 380 triệu USD, 245 triệu USD và 190 triệu USD. Ngoài ra, thành phố chấp thuận chủ trương đầu tư 2 dự án vốn trong nước ngoài khu công nghiệp với tổng vốn 3.460 tỷ đồng.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng quý I ước đạt 47.820 tỷ đồng, tăng 14,3%. Thành phố đón 2,6 triệu lượt khách du lịch, tăng 10,5%, trong đó khách quốc tế 205.000 lượt; tổng thu từ du lịch ước 3.820 tỷ đồng.

Phát biểu chỉ đạo, Chủ tịch UBND thành phố yêu cầu các sở, ngành, quận, huyện bám sát Nghị quyết số 01/NQ-CP của Chính phủ và Nghị quyết 45-NQ/TW của Bộ Chính trị, quyết tâm đạt mục tiêu tăng trưởng GRDP năm 2025 đạt 13%, trong đó quý II phải đạt từ 12,5% trở lên. Các dự án trọng điểm như cầu Nguyễn Trãi, tuyến đường ven sông Lạch Tray, Khu kinh tế ven biển phía Nam được yêu cầu đẩy nhanh tiến độ.

Đức Thịnh

Xem thêm:
Hải Phòng: Năm 2024 thu hút 3,17 tỷ USD vốn FDI
Khởi công Khu công nghiệp Tràng Duệ 3 quy mô 687 ha
'''
META = {'published': '2025-04-03', 'locality': 'thành phố Hải Phòng'}
DEFAULTS = {'locality': 'thành phố Hải Phòng', 'period': '2025-Q1', 'modality': 'actual'}
E = {'modality': 'estimate'}
M3 = {'period': '2025-M03'}
IIP = dict(indicator='industrial_production_index')
FIGS = [
 ('đạt 1,03 tỷ USD\n', '1,03 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('ước đạt 11,07%', '11,07%', 'level', '%', dict(indicator='grdp_growth', **E)),
 ('ước tăng 14,2%', '14,2%', 'change', '%', dict(**IIP, direction='up', base='same_period', **E)),
 ('tăng 9,8% so với tháng trước', '9,8%', 'change', '%', dict(**IIP, direction='up', base='previous_period', **M3)),
 ('tăng 16,5% so với cùng kỳ', '16,5%', 'change', '%', dict(**IIP, direction='up', base='same_period', **M3)),
 ('di động tăng 21,3%', '21,3%', 'change', '%', dict(direction='up')),
 ('ti vi tăng 17,9%', '17,9%', 'change', '%', dict(direction='up')),
 ('xi măng tăng 4,2%', '4,2%', 'change', '%', dict(direction='up')),
 ('đạt 8,12 tỷ USD', '8,12 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('tăng 12,1% so với cùng kỳ', '12,1%', 'change', '%', dict(indicator='export_value', direction='up', base='same_period')),
 ('bằng 22,6% kế hoạch năm', '22,6%', 'attainment', '%', dict(indicator='export_value', base='target')),
 ('đạt 6,95 tỷ USD', '6,95 tỷ USD', 'level', 'USD', dict(indicator='import_value')),
 ('tăng 8,7%', '8,7%', 'change', '%', dict(indicator='import_value', direction='up')),
 ('đạt 47,3 triệu tấn', '47,3 triệu tấn', 'level', 'tấn', {}),
 ('tăng 9,4%', '9,4%', 'change', '%', dict(direction='up')),
 ('đạt 27.605 tỷ đồng', '27.605 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 26,5% dự toán', '26,5%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('giảm 3,2% so với cùng kỳ', '3,2%', 'change', '%', dict(indicator='budget_revenue', direction='down', base='same_period')),
 ('nội địa 11.830 tỷ đồng', '11.830 tỷ đồng', 'level', 'VND', {}),
 ('tăng 18,6%', '18,6%', 'change', '%', dict(direction='up')),
 ('khẩu 15.775 tỷ đồng', '15.775 tỷ đồng', 'level', 'VND', {}),
 ('giảm 15,1%', '15,1%', 'change', '%', dict(direction='down')),
 ('được 1,03 tỷ USD', '1,03 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('gấp 2,3 lần', '2,3 lần', 'change', 'lần', dict(indicator='fdi', direction='up', base='same_period')),
 ('đạt 34,3% kế hoạch năm', '34,3%', 'attainment', '%', dict(indicator='fdi', base='target')),
 ('(3 tỷ USD)', '3 tỷ USD', 'level', 'USD', dict(indicator='fdi', period='2025', modality='target')),
 ('cấp mới 15 dự án', '15', 'level', 'dự án', {}),
 ('tổng vốn 612 triệu USD', '612 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('vốn 19 lượt dự án', '19', 'level', 'lượt dự án', {}),
 ('điều chỉnh 418 triệu USD', '418 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('lần lượt 380 triệu USD', '380 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('245 triệu USD', '245 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('và 190 triệu USD', '190 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('đầu tư 2 dự án', '2', 'level', 'dự án', {}),
 ('tổng vốn 3.460 tỷ đồng', '3.460 tỷ đồng', 'level', 'VND', {}),
 ('ước đạt 47.820 tỷ đồng', '47.820 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', **E)),
 ('tăng 14,3%', '14,3%', 'change', '%', dict(indicator='retail_sales', direction='up', **E)),
 ('đón 2,6 triệu lượt khách', '2,6 triệu lượt khách', 'level', 'lượt khách', dict(indicator='tourist_arrivals')),
 ('tăng 10,5%', '10,5%', 'change', '%', dict(indicator='tourist_arrivals', direction='up')),
 ('quốc tế 205.000 lượt', '205.000', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('du lịch ước 3.820 tỷ đồng', '3.820 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', **E)),
 ('năm 2025 đạt 13%', '13%', 'level', '%', dict(indicator='grdp_growth', period='2025', modality='target')),
 ('từ 12,5% trở lên', '12,5%', 'level', '%', dict(indicator='grdp_growth', bound='at_least', period='2025-Q2', modality='target')),
]
