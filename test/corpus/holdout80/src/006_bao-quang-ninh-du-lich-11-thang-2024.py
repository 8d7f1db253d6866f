TEXT = '''
BÁO QUẢNG NINH
Thứ Sáu, 29/11/2024 | 16:48
Thời sự | Kinh tế | Du lịch | Văn hóa | Thể thao

Du lịch Quảng Ninh: 11 tháng đón 18,2 triệu lượt khách, về đích sớm kế hoạch năm

Tháng 11/2024, toàn tỉnh đón khoảng 1,05 triệu lượt khách, giảm 12,4% so với tháng 10 do bước vào mùa thấp điểm, nhưng tăng 8,7% so với cùng kỳ; tổng thu từ khách du lịch ước đạt 2.460 tỷ đồng. Lũy kế 11 tháng, toàn tỉnh đón 18,2 triệu lượt khách, tăng 10,3% so với cùng kỳ, đạt 101,1% kế hoạch năm; trong đó khách quốc tế 2,15 triệu lượt, gấp 1,7 lần cùng kỳ. Tổng thu từ khách du lịch 11 tháng ước đạt 39.850 tỷ đồng, tăng 15,6%, bằng 94,9% kế hoạch.

Thành phố Hạ Long tiếp tục là điểm đến hút khách nhất với 10,9 triệu lượt trong 11 tháng, chiếm gần 60% tổng lượt khách toàn tỉnh; công suất sử dụng phòng bình quân đạt 58%. Thành phố Móng Cái đón 1,36 triệu lượt, tăng 32%, chủ yếu là khách Trung Quốc qua cửa khẩu Bắc Luân II; riêng tháng 11, Móng Cái đón 148.000 lượt, tăng 4,5% so với tháng trước.

Về thương mại, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 11 ước đạt 11.920 tỷ đồng, tăng 1,3% so với tháng trước; 11 tháng đạt 126.480 tỷ đồng, tăng 12,9% so với cùng kỳ. Kim ngạch xuất khẩu của doanh nghiệp trên địa bàn 11 tháng đạt 3,02 tỷ USD, bằng 96,8% kế hoạch năm, trong đó tháng 11 đạt 312 triệu USD.

Ước cả năm 2024, tỉnh đón trên 19,5 triệu lượt khách, tổng thu từ du lịch đạt khoảng 43.500 tỷ đồng; giá phòng bình quân các khách sạn 4 - 5 sao ở Hạ Long dự kiến tăng 10 - 15% dịp cuối năm, lên mức 1,8 - 2,5 triệu đồng/phòng/đêm.

Du khách tham quan vịnh Hạ Long. Ảnh: Thu Chung

Thu Chung

Bài viết liên quan
- Vân Đồn: Khai trương đường bay Hà Nội - Vân Đồn (15/11/2024)
- Quảng Ninh đón 2 tàu biển quốc tế với 3.000 khách (08/11/2024)

Giấy phép số 147/GP-BTTTT ngày 10/4/2020. Đường dây nóng: 0203.3835.282. Lượt đọc: 3.217
'''
META = {'published': '2024-11-29', 'locality': 'tỉnh Quảng Ninh'}
DEFAULTS = {'locality': 'tỉnh Quảng Ninh', 'period': '2024-11M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
P = {'base': 'target'}
M11 = {'period': '2024-M11'}
Y = {'period': '2024'}
TA = {'indicator': 'tourist_arrivals'}
TR = {'indicator': 'tourism_revenue'}
RS = {'indicator': 'retail_sales'}
EX = {'indicator': 'export_value'}
HL = {'locality': 'thành phố Hạ Long'}
MC = {'locality': 'thành phố Móng Cái'}
FIGS = [
 ('đón 18,2 triệu lượt khách, về', '18,2 triệu lượt khách', 'level', 'lượt khách', d(TA)),
 ('khoảng 1,05 triệu lượt khách', '1,05 triệu lượt khách', 'level', 'lượt khách', d(TA, M11, bound='about')),
 ('giảm 12,4%', '12,4%', 'change', '%', d(TA, M11, D, PP)),
 ('tăng 8,7%', '8,7%', 'change', '%', d(TA, M11, U, SP)),
 ('đạt 2.460 tỷ đồng', '2.460 tỷ đồng', 'level', 'VND', d(TR, M11, E)),
 ('đón 18,2 triệu lượt khách, tăng', '18,2 triệu lượt khách', 'level', 'lượt khách', d(TA)),
 ('tăng 10,3%', '10,3%', 'change', '%', d(TA, U, SP)),
 ('đạt 101,1%', '101,1%', 'attainment', '%', d(TA, P)),
 ('tế 2,15 triệu lượt', '2,15 triệu lượt', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('gấp 1,7 lần', '1,7 lần', 'change', 'lần', d(U, SP, indicator='international_tourist_arrivals')),
 ('đạt 39.850 tỷ đồng', '39.850 tỷ đồng', 'level', 'VND', d(TR, E)),
 ('tăng 15,6%', '15,6%', 'change', '%', d(TR, E, U)),
 ('bằng 94,9%', '94,9%', 'attainment', '%', d(TR, E, P)),
 ('với 10,9 triệu lượt', '10,9 triệu lượt', 'level', 'lượt', d(TA, HL)),
 ('gần 60%', '60%', 'level', '%', d(HL, bound='nearly')),
 ('đạt 58%', '58%', 'level', '%', d(HL)),
 ('đón 1,36 triệu lượt', '1,36 triệu lượt', 'level', 'lượt', d(TA, MC)),
 ('tăng 32%', '32%', 'change', '%', d(TA, MC, U)),
 ('đón 148.000 lượt', '148.000', 'level', 'lượt', d(TA, MC, M11)),
 ('tăng 4,5%', '4,5%', 'change', '%', d(TA, MC, M11, U, PP)),
 ('đạt 11.920 tỷ đồng', '11.920 tỷ đồng', 'level', 'VND', d(RS, M11, E)),
 ('tăng 1,3%', '1,3%', 'change', '%', d(RS, M11, E, U, PP)),
 ('đạt 126.480 tỷ đồng', '126.480 tỷ đồng', 'level', 'VND', d(RS)),
 ('tăng 12,9%', '12,9%', 'change', '%', d(RS, U, SP)),
 ('đạt 3,02 tỷ USD', '3,02 tỷ USD', 'level', 'USD', d(EX)),
 ('bằng 96,8%', '96,8%', 'attainment', '%', d(EX, P)),
 ('đạt 312 triệu USD', '312 triệu USD', 'level', 'USD', d(EX, M11)),
 ('trên 19,5 triệu lượt khách', '19,5 triệu lượt khách', 'level', 'lượt khách', d(TA, Y, E, bound='over')),
 ('khoảng 43.500 tỷ đồng', '43.500 tỷ đồng', 'level', 'VND', d(TR, Y, E, bound='about')),
 ('tăng 10 - 15%', '10 - 15%', 'change', '%', d(HL, Y, E, U)),
 ('mức 1,8 - 2,5 triệu đồng/phòng/đêm', '1,8 - 2,5 triệu đồng/phòng/đêm', 'level', 'VND/phòng/đêm', d(HL, Y, E, U)),
]
