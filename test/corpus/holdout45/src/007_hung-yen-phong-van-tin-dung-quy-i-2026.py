TEXT = '''
BÁO HƯNG YÊN
Thứ Hai, 20/4/2026 - 07:30

Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Pháp luật | Quốc tế | Media

Kinh tế

Tín dụng quý I tăng 3,2%, dòng vốn chảy mạnh vào sản xuất, kinh doanh

(BHY) - Quý I/2026, dư nợ tín dụng trên địa bàn tỉnh Hưng Yên tăng 3,2% so với cuối năm 2025, cao hơn mức tăng 2,4% của cùng kỳ năm 2025. Phóng viên Báo Hưng Yên có cuộc trao đổi với ông Phạm Văn Thành, Phó Giám đốc Ngân hàng Nhà nước Chi nhánh Khu vực 4, về kết quả hoạt động ngân hàng trên địa bàn và nhiệm vụ những tháng tiếp theo.

PV: Thưa ông, xin ông cho biết những kết quả nổi bật của hoạt động ngân hàng trên địa bàn tỉnh trong quý I/2026?

Ông Phạm Văn Thành: Đến ngày 31/3/2026, tổng nguồn vốn huy động của các tổ chức tín dụng trên địa bàn tỉnh đạt 296.400 tỷ đồng, tăng 2,1% so với cuối năm 2025; tổng dư nợ đạt 358.700 tỷ đồng, tăng 3,2%. Tốc độ tăng dư nợ cao hơn 0,8 điểm phần trăm so với cùng kỳ năm trước, cho thấy nhu cầu vốn của doanh nghiệp đã phục hồi rõ nét sau khi hợp nhất hai tỉnh.

Trong đó, dư nợ tại khu vực Thái Bình cũ đạt 142.300 tỷ đồng, tăng 3,6% (+4.945 tỷ đồng); khu vực Hưng Yên cũ đạt 216.400 tỷ đồng, tăng 2,9%. Dư nợ cho vay ngắn hạn chiếm 61,4%, trung và dài hạn chiếm 38,6%.

Tín dụng đối với các lĩnh vực ưu tiên tiếp tục được quan tâm: dư nợ cho vay nông nghiệp, nông thôn đạt 118.500 tỷ đồng, chiếm 33% tổng dư nợ; cho vay doanh nghiệp nhỏ và vừa 72.640 tỷ đồng; cho vay công nghiệp hỗ trợ 8.920 tỷ đồng. Dư nợ tín dụng xanh đạt 4.860 tỷ đồng, gấp 1,5 lần cùng kỳ.

Riêng chương trình cho vay nhà ở xã hội theo gói tín dụng 145.000 tỷ đồng của cả nước, trên địa bàn tỉnh đã có 6 dự án được giải ngân với dư nợ 1.235 tỷ đồng; cho vay người mua nhà ở xã hội đạt 386 tỷ đồng với 412 khách hàng.

PV: Chất lượng tín dụng và mặt bằng lãi suất hiện nay ra sao, thưa ông?

Ông Phạm Văn Thành: Tỷ lệ nợ xấu giảm từ 1,51% cuối năm 2025 xuống còn 1,42% tổng dư nợ. Mặt bằng lãi suất cho vay giảm 0,3 - 0,5 điểm phần trăm so với cuối năm 2025; lãi suất cho vay ngắn hạn phổ biến 5,5 - 7%/năm, trung và dài hạn 7,5 - 9,5%/năm. Lãi suất huy động kỳ hạn 12 tháng phổ biến 4,7 - 5,2%/năm.

Nhiều doanh nghiệp đã tiếp cận vốn với lãi suất tốt. Như Công ty TNHH Dệt may Thái Hưng ở xã Tiền Hải vừa được vay 45 tỷ đồng với lãi suất 5,8%/năm để mở thêm 2 chuyền may, tạo việc làm cho 150 lao động.

Ảnh: Giao dịch tại Vietinbank Chi nhánh Thái Bình, phường Trần Hưng Đạo. Ảnh: Minh Nguyệt

PV: Nhiệm vụ trọng tâm của ngành ngân hàng trên địa bàn trong năm 2026 là gì, thưa ông?

Ông Phạm Văn Thành: Năm 2026, Ngân hàng Nhà nước định hướng tăng trưởng tín dụng toàn hệ thống khoảng 15%. Trên địa bàn tỉnh, chúng tôi phấn đấu tăng trưởng tín dụng 16 - 17%, kiểm soát tỷ lệ nợ xấu dưới 2%; đẩy mạnh thanh toán không dùng tiền mặt, phấn đấu 90% người dân từ 15 tuổi trở lên có tài khoản thanh toán. Hiện toàn tỉnh có 48 chi nhánh tổ chức tín dụng, 312 phòng giao dịch và 386 máy ATM.

PV: Xin cảm ơn ông!

Minh Nguyệt (thực hiện)

Bài liên quan
- Hưng Yên: Thu hút 1,2 tỷ USD vốn FDI trong quý I (15/04/2026)
- Khu vực Thái Bình cũ: 120 hộ được vay vốn tạo việc làm (10/04/2026)

Báo Hưng Yên - Số 10 Đông Thành, phường Phố Hiến. ĐT: 0221.3862.546. Giấy phép số 120/GP-BVHTTDL.
'''
META = {'published': '2026-04-20', 'locality': 'tỉnh Hưng Yên'}
DEFAULTS = {'locality': 'tỉnh Hưng Yên', 'period': '2026-M03', 'modality': 'actual'}
Q1 = {'period': '2026-Q1'}
T = {'period': '2026', 'modality': 'target'}
TB = {'locality': 'tỉnh Thái Bình'}
FIGS = [
 ('quý I tăng 3,2%', '3,2%', 'change', '%', dict(Q1, direction='up')),
 ('tỉnh Hưng Yên tăng 3,2%', '3,2%', 'change', '%', dict(Q1, direction='up', base='2025')),
 ('tăng 2,4%', '2,4%', 'change', '%', dict(period='2025-Q1', direction='up')),
 ('đạt 296.400 tỷ đồng', '296.400 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 2,1% so với cuối năm 2025', '2,1%', 'change', '%', dict(direction='up', base='2025')),
 ('đạt 358.700 tỷ đồng', '358.700 tỷ đồng', 'level', 'VND', dict()),
 ('tỷ đồng, tăng 3,2%.', '3,2%', 'change', '%', dict(direction='up')),
 ('cao hơn 0,8 điểm phần trăm', '0,8 điểm phần trăm', 'change', 'điểm %', dict(direction='up', base='same_period')),
 ('đạt 142.300 tỷ đồng', '142.300 tỷ đồng', 'level', 'VND', dict(TB)),
 ('tăng 3,6%', '3,6%', 'change', '%', dict(TB, direction='up')),
 ('(+4.945 tỷ đồng)', '4.945 tỷ đồng', 'change', 'VND', dict(TB, direction='up')),
 ('đạt 216.400 tỷ đồng', '216.400 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 2,9%', '2,9%', 'change', '%', dict(direction='up')),
 ('hợp nhất hai tỉnh', 'hai', 'level', 'tỉnh', dict(optional=True, value=2)),
 ('chiếm 61,4%', '61,4%', 'level', '%', dict()),
 ('chiếm 38,6%', '38,6%', 'level', '%', dict()),
 ('đạt 118.500 tỷ đồng', '118.500 tỷ đồng', 'level', 'VND', dict()),
 ('chiếm 33%', '33%', 'level', '%', dict()),
 ('vừa 72.640 tỷ đồng', '72.640 tỷ đồng', 'level', 'VND', dict()),
 ('trợ 8.920 tỷ đồng', '8.920 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 4.860 tỷ đồng', '4.860 tỷ đồng', 'level', 'VND', dict()),
 ('gấp 1,5 lần', '1,5 lần', 'change', 'lần', dict(direction='up', base='same_period')),
 ('gói tín dụng 145.000 tỷ đồng', '145.000 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('có 6 dự án', '6', 'level', 'dự án', dict(optional=True)),
 ('nợ 1.235 tỷ đồng', '1.235 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 386 tỷ đồng', '386 tỷ đồng', 'level', 'VND', dict()),
 ('với 412 khách hàng', '412', 'level', 'khách hàng', dict()),
 ('từ 1,51%', '1,51%', 'level', '%', dict(period='2025')),
 ('còn 1,42%', '1,42%', 'level', '%', dict(direction='down')),
 ('giảm 0,3 - 0,5 điểm phần trăm', '0,3 - 0,5 điểm phần trăm', 'change', 'điểm %', dict(direction='down', base='2025')),
 ('phổ biến 5,5 - 7%/năm', '5,5 - 7%', 'level', '%', dict()),
 ('hạn 7,5 - 9,5%/năm', '7,5 - 9,5%', 'level', '%', dict()),
 ('phổ biến 4,7 - 5,2%/năm', '4,7 - 5,2%', 'level', '%', dict()),
 ('thống khoảng 15%', '15%', 'level', '%', dict(T, locality='cả nước', bound='about')),
 ('dụng 16 - 17%', '16 - 17%', 'level', '%', dict(T)),
 ('dưới 2%', '2%', 'level', '%', dict(T, bound='under')),
 ('phấn đấu 90% người dân', '90%', 'level', '%', dict(T)),
 ('có 48 chi nhánh', '48', 'level', 'chi nhánh', dict(optional=True)),
 ('312 phòng giao dịch', '312', 'level', 'phòng giao dịch', dict(optional=True)),
 ('386 máy ATM', '386', 'level', 'máy', dict(optional=True)),
]
