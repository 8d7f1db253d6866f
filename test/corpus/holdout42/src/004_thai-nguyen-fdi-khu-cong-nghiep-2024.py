NFD = True
TEXT = '''
BÁO THÁI NGUYÊN ĐIỆN TỬ
Thứ Tư, 08/01/2025 | Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Media

Kinh tế

Thái Nguyên: Năm 2024 thu hút gần 500 triệu USD vốn FDI

08/01/2025 07:30 | Lượt xem: 2.106

(Báo Thái Nguyên) - Năm 2024, tỉnh Thái Nguyên thu hút 48 lượt dự án FDI cấp mới và điều chỉnh tăng vốn, với tổng vốn đăng ký gần 500 triệu USD, gấp 2,1 lần năm 2023. Tỷ lệ lấp đầy các khu công nghiệp (KCN) đã đi vào hoạt động đạt 79,6%, tăng 4,3 điểm phần trăm so với cuối năm 2023.

Dây chuyền sản xuất tại một doanh nghiệp FDI trong KCN Yên Bình (TP. Phổ Yên). Ảnh: Minh Hằng

Dòng vốn mới đổ vào công nghiệp hỗ trợ

Theo Ban Quản lý các KCN tỉnh, trong năm 2024, tỉnh cấp mới 21 dự án FDI với tổng vốn đăng ký 312,4 triệu USD; điều chỉnh tăng vốn cho 27 lượt dự án với 184,6 triệu USD. Phần lớn dự án mới thuộc lĩnh vực linh kiện điện tử, cơ khí chính xác và vật liệu mới, đến từ Hàn Quốc, Trung Quốc, Nhật Bản.

Tính đến ngày 31/12/2024, toàn tỉnh có 205 dự án FDI còn hiệu lực với tổng vốn đầu tư 11,93 tỷ USD. Riêng Tổ hợp Samsung Electronics Việt Nam Thái Nguyên (SEVT) tại KCN Yên Bình đạt doanh thu 29,6 tỷ USD trong năm, tăng 4,5% so với năm 2023, sử dụng khoảng 56.000 lao động.

Theo đánh giá của Ban Quản lý, năm 2024 các KCN trên địa bàn tỉnh đạt doanh thu 36,8 tỷ USD, kim ngạch xuất khẩu 33,6 tỷ USD, nộp ngân sách 2.150 tỷ đồng, tăng lần lượt 5,7%, 6,8% và 12,4% so với năm 2023.

Hạ tầng KCN từng bước hoàn thiện

Toàn tỉnh có 6 KCN được thành lập với tổng diện tích 1.648 ha, trong đó 4 KCN đã đi vào hoạt động. Tỷ lệ lấp đầy bình quân đạt 79,6%; có 2/4 KCN tỷ lệ lấp đầy trên 90% là KCN Yên Bình và KCN Điềm Thụy. Giá thuê đất có hạ tầng dao động 80 - 110 USD/m2 cho cả chu kỳ dự án, thấp hơn các tỉnh lân cận.

Các KCN hiện thu hút khoảng 115.000 lao động, trong đó lao động nữ chiếm gần 68%. Thu nhập bình quân của người lao động đạt 9,2 triệu đồng/người/tháng, tăng 6,5% so với năm trước.

Kim ngạch xuất khẩu toàn tỉnh năm 2024 ước đạt 33,9 tỷ USD, vượt 5% kế hoạch, đứng thứ 3 cả nước sau TP. Hồ Chí Minh và Bắc Ninh. Chỉ số sản xuất công nghiệp (IIP) cả năm tăng 5,2%.

Mục tiêu năm 2025

Năm 2025, tỉnh phấn đấu thu hút vốn FDI từ 500 đến 700 triệu USD; đưa tỷ lệ lấp đầy các KCN lên 85% trở lên; IIP tăng 8 - 10%. Tỉnh tập trung đẩy nhanh giải phóng mặt bằng KCN Yên Bình 3 (quy mô 290 ha) và KCN Sông Công II giai đoạn 2.

Ông Phạm Đức Long, Phó Trưởng Ban Quản lý các KCN tỉnh cho biết: "Chúng tôi ưu tiên dự án công nghệ cao, suất đầu tư từ 3 triệu USD/ha trở lên, sử dụng ít lao động phổ thông".

Minh Hằng

Tin cùng chuyên mục
- Phổ Yên: 3 dự án FDI mới trong tháng 12
- Thái Nguyên xếp thứ 15/63 về chỉ số PCI năm 2023

Báo Thái Nguyên - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên
Địa chỉ: Số 2 đường Hoàng Văn Thụ, TP. Thái Nguyên | Điện thoại: 0208 3855 486
'''
META = {'published': '2025-01-08', 'locality': 'tỉnh Thái Nguyên'}
DEFAULTS = {'locality': 'tỉnh Thái Nguyên', 'period': '2024', 'modality': 'actual'}
F = {'indicator': 'fdi'}
EX = {'indicator': 'export_value'}
U = {'direction': 'up'}
M12 = {'period': '2024-M12'}
T = {'modality': 'target', 'period': '2025'}
def d(*a, **k):
    o = {}
    for x in a: o.update(x)
    o.update(k); return o
FIGS = [
 ('gần 500 triệu USD vốn', '500 triệu USD', 'level', 'USD', d(F, bound='nearly')),
 ('thu hút 48 lượt dự án', '48', 'level', 'lượt dự án', d()),
 ('ký gần 500 triệu USD, gấp', '500 triệu USD', 'level', 'USD', d(F, bound='nearly')),
 ('gấp 2,1 lần', '2,1 lần', 'change', 'lần', d(F, U, base='2023')),
 ('hoạt động đạt 79,6%', '79,6%', 'level', '%', d()),
 ('4,3 điểm phần trăm', '4,3 điểm phần trăm', 'change', 'điểm %', d(U, base='2023')),
 ('cấp mới 21 dự án', '21', 'level', 'dự án', d()),
 ('ký 312,4 triệu USD', '312,4 triệu USD', 'level', 'USD', d(F)),
 ('cho 27 lượt dự án', '27', 'level', 'lượt dự án', d()),
 ('với 184,6 triệu USD', '184,6 triệu USD', 'level', 'USD', d(F)),
 ('có 205 dự án', '205', 'level', 'dự án', d(M12)),
 ('tư 11,93 tỷ USD', '11,93 tỷ USD', 'level', 'USD', d(F, M12)),
 ('thu 36,8 tỷ USD', '36,8 tỷ USD', 'level', 'USD', d()),
 ('khẩu 33,6 tỷ USD', '33,6 tỷ USD', 'level', 'USD', d(EX)),
 ('sách 2.150 tỷ đồng', '2.150 tỷ đồng', 'level', 'VND', d()),
 ('lần lượt 5,7%', '5,7%', 'change', '%', d(U, base='2023')),
 ('%, 6,8% và', '6,8%', 'change', '%', d(EX, U, base='2023')),
 ('và 12,4% so', '12,4%', 'change', '%', d(U, base='2023')),
 ('có 6 KCN', '6', 'level', 'khu công nghiệp', d(optional=True)),
 ('tích 1.648 ha', '1.648 ha', 'level', 'ha', d()),
 ('trong đó 4 KCN', '4', 'level', 'khu công nghiệp', d(optional=True)),
 ('bình quân đạt 79,6%', '79,6%', 'level', '%', d()),
 ('có 2/4 KCN', '2/4', 'ratio', 'khu công nghiệp', d(optional=True)),
 ('80 - 110 USD/m2', '80 - 110 USD/m2', 'level', 'USD/m2', d()),
 ('khoảng 115.000 lao động', '115.000', 'level', 'lao động', d(bound='about')),
 ('gần 68%', '68%', 'level', '%', d(bound='nearly')),
 ('9,2 triệu đồng/người/tháng', '9,2 triệu đồng/người/tháng', 'level', 'VND/người/tháng', d()),
 ('tăng 6,5% so với năm trước', '6,5%', 'change', '%', d(U, base='2023')),
 ('ước đạt 33,9 tỷ USD', '33,9 tỷ USD', 'level', 'USD', d(EX, modality='estimate')),
 ('vượt 5% kế hoạch', '5%', 'change', '%', d(EX, U, modality='estimate', base='target', status='exceeded')),
 ('năm tăng 5,2%', '5,2%', 'change', '%', d(U, indicator='industrial_production_index')),
 ('quy mô 290 ha', '290 ha', 'level', 'ha', d(optional=True)),
 ('từ 500 đến 700 triệu USD', '500 đến 700 triệu USD', 'level', 'USD', d(F, T)),
 ('lên 85%', '85%', 'level', '%', d(T, U, bound='at_least')),
 ('tăng 8 - 10%', '8 - 10%', 'change', '%', d(T, U, indicator='industrial_production_index')),
]
