NFD = True
TEXT = '''
BÁO LÂM ĐỒNG ĐIỆN TỬ
Thứ Ba, 13/01/2026 | 09:05 GMT+7

Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Du lịch | Pháp luật

Kinh tế > Tài chính - Ngân hàng

Dư nợ tín dụng tỉnh Lâm Đồng ước tăng 13,8% trong năm 2025

(LĐ) - Theo Ngân hàng Nhà nước Chi nhánh Khu vực 10, đến ngày 31/12/2025, tổng dư nợ tín dụng trên địa bàn tỉnh Lâm Đồng ước đạt 412.600 tỷ đồng, tăng 13,8% so với cuối năm 2024; tổng nguồn vốn huy động ước đạt 236.400 tỷ đồng, tăng 9,6%.

Sáng 12/1, tại phường Xuân Hương - Đà Lạt, Ngân hàng Nhà nước Chi nhánh Khu vực 10 phối hợp với UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ ngân hàng năm 2026 trên địa bàn tỉnh Lâm Đồng. Đây là năm đầu tiên ngành ngân hàng tổng kết hoạt động trên địa bàn tỉnh mới sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.

Về cơ cấu, khu vực Lâm Đồng cũ chiếm 51,2% tổng dư nợ; khu vực Bình Thuận cũ chiếm 33,5%; khu vực Đắk Nông cũ chiếm 15,3%. Dư nợ cho vay nông nghiệp, nông thôn chiếm tỷ trọng lớn nhất, ước đạt 247.500 tỷ đồng (chiếm 60%), trong đó cho vay phát triển cà phê, sầu riêng, rau, hoa công nghệ cao khoảng 96.000 tỷ đồng.

Chương trình cho vay nhà ở xã hội, nhà ở công nhân có chuyển biến: 4 ngân hàng thương mại đã giải ngân 812 tỷ đồng cho 1.065 khách hàng, gấp 2,3 lần năm 2024.

Nợ xấu toàn địa bàn 6.850 tỷ đồng, chiếm 1,66% tổng dư nợ, tăng 0,12 điểm phần trăm so với cuối năm 2024, tập trung ở khu vực Đắk Nông cũ (2,9%) do giá nông sản biến động và một số dự án điện gió, điện mặt trời gặp khó khăn.

Lãi suất cho vay bình quân ở mức 7,4%/năm, giảm 0,6 điểm phần trăm so với cuối năm 2024. Lãi suất cho vay ngắn hạn đối với các lĩnh vực ưu tiên tối đa 4%/năm theo quy định của Ngân hàng Nhà nước.

Ảnh: Giao dịch viên hướng dẫn khách hàng tại Phòng giao dịch Agribank phường 1 Bảo Lộc. Ảnh: Văn Báu

Riêng Ngân hàng Chính sách xã hội chi nhánh tỉnh, tổng dư nợ đạt 12.430 tỷ đồng với gần 236.000 khách hàng còn dư nợ. Trong năm 2025, chi nhánh đã cho vay 54.180 lượt khách hàng, góp phần giúp 3.920 hộ vượt qua ngưỡng nghèo và tạo việc làm cho 21.300 lao động.

Năm 2026, ngành ngân hàng trên địa bàn phấn đấu tăng trưởng tín dụng 14 - 15%, kiểm soát tỷ lệ nợ xấu dưới 2%; ưu tiên vốn cho 3 đột phá chiến lược của tỉnh.

Văn Báu

Tin liên quan
- Lâm Đồng: Kim ngạch xuất khẩu cà phê năm 2025 vượt 2 tỷ USD (10/01/2026)
- 600 hộ dân xã Quảng Tín được hỗ trợ chuyển đổi cây trồng (08/01/2026)

Báo Lâm Đồng - Cơ quan của Đảng bộ tỉnh Lâm Đồng. Địa chỉ: 38 Quang Trung, phường Xuân Hương - Đà Lạt. Điện thoại: 0263 3822 473.
'''
META = {'published': '2026-01-13', 'locality': 'tỉnh Lâm Đồng'}
DEFAULTS = {'locality': 'tỉnh Lâm Đồng', 'period': '2025', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2026', 'modality': 'target'}
FIGS = [
 ('ước tăng 13,8% trong', '13,8%', 'change', '%', dict(E, direction='up')),
 ('đạt 412.600 tỷ đồng', '412.600 tỷ đồng', 'level', 'VND', dict(E, period='2025-M12')),
 ('tăng 13,8% so với cuối năm 2024', '13,8%', 'change', '%', dict(E, period='2025-M12', direction='up', base='2024')),
 ('đạt 236.400 tỷ đồng', '236.400 tỷ đồng', 'level', 'VND', dict(E, period='2025-M12')),
 ('tăng 9,6%', '9,6%', 'change', '%', dict(E, period='2025-M12', direction='up')),
 ('hợp nhất ba tỉnh', 'ba', 'level', 'tỉnh', dict(optional=True, value=3)),
 ('chiếm 51,2%', '51,2%', 'level', '%', dict()),
 ('chiếm 33,5%', '33,5%', 'level', '%', dict(locality='tỉnh Bình Thuận')),
 ('chiếm 15,3%', '15,3%', 'level', '%', dict(locality='tỉnh Đắk Nông')),
 ('đạt 247.500 tỷ đồng', '247.500 tỷ đồng', 'level', 'VND', dict(E)),
 ('(chiếm 60%)', '60%', 'level', '%', dict(E)),
 ('khoảng 96.000 tỷ đồng', '96.000 tỷ đồng', 'level', 'VND', dict(E, bound='about')),
 ('4 ngân hàng thương mại', '4', 'level', 'ngân hàng thương mại', dict(optional=True)),
 ('ngân 812 tỷ đồng', '812 tỷ đồng', 'level', 'VND', dict()),
 ('cho 1.065 khách hàng', '1.065', 'level', 'khách hàng', dict()),
 ('gấp 2,3 lần năm 2024', '2,3 lần', 'change', 'lần', dict(direction='up', base='2024')),
 ('bàn 6.850 tỷ đồng', '6.850 tỷ đồng', 'level', 'VND', dict()),
 ('chiếm 1,66%', '1,66%', 'level', '%', dict()),
 ('tăng 0,12 điểm phần trăm', '0,12 điểm phần trăm', 'change', 'điểm %', dict(direction='up', base='2024')),
 ('cũ (2,9%)', '2,9%', 'level', '%', dict(locality='tỉnh Đắk Nông')),
 ('mức 7,4%/năm', '7,4%', 'level', '%', dict()),
 ('giảm 0,6 điểm phần trăm', '0,6 điểm phần trăm', 'change', 'điểm %', dict(direction='down', base='2024')),
 ('tối đa 4%/năm', '4%', 'level', '%', dict(optional=True)),
 ('đạt 12.430 tỷ đồng', '12.430 tỷ đồng', 'level', 'VND', dict()),
 ('gần 236.000 khách hàng', '236.000', 'level', 'khách hàng', dict(bound='nearly')),
 ('vay 54.180 lượt khách hàng', '54.180', 'level', 'lượt khách hàng', dict()),
 ('giúp 3.920 hộ', '3.920', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('cho 21.300 lao động', '21.300', 'level', 'lao động', dict(indicator='jobs_created')),
 ('dụng 14 - 15%', '14 - 15%', 'level', '%', dict(T)),
 ('dưới 2%', '2%', 'level', '%', dict(T, bound='under')),
 ('cho 3 đột phá', '3', 'level', 'đột phá', dict(optional=True)),
]
