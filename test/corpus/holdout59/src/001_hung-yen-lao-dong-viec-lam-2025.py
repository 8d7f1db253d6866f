TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN
Thứ Năm, 08/01/2026 | 09:12 GMT+7

Xã hội › Lao động - Việc làm

Năm 2025, Hưng Yên giải quyết việc làm cho hơn 58.000 lao động

(HYO) - Năm 2025, toàn tỉnh giải quyết việc làm cho 58.346 lao động, đạt 106,1% kế hoạch; tỷ lệ lao động qua đào tạo ước đạt 75,2%. Đó là thông tin tại hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026 do Sở Nội vụ tổ chức sáng 7/1.

Năm 2025 là năm đầu tiên Sở Nội vụ thực hiện nhiệm vụ quản lý nhà nước về lao động, việc làm, tiền lương và bảo hiểm xã hội sau khi tiếp nhận từ Sở Lao động - Thương binh và Xã hội (từ ngày 1/3/2025), đồng thời vận hành trên địa bàn tỉnh mới sau khi hợp nhất với tỉnh Thái Bình. Dù khối lượng công việc lớn, các chỉ tiêu chủ yếu về lao động, việc làm đều đạt và vượt kế hoạch.

Trong tổng số lao động được giải quyết việc làm, có 31.520 lao động được tạo việc làm mới, tăng 8,4% so với năm 2024. Toàn tỉnh đưa 4.215 người đi làm việc ở nước ngoài theo hợp đồng, vượt 5,4% kế hoạch năm (4.000 người). Các thị trường tiếp nhận nhiều lao động của tỉnh là Nhật Bản, Đài Loan (Trung Quốc) và Hàn Quốc, với số người xuất cảnh lần lượt là 2.108 người, 914 người và 846 người. Riêng khu vực Thái Bình cũ đưa 1.960 người đi làm việc ở nước ngoài.

Công tác giáo dục nghề nghiệp tiếp tục được quan tâm. Trong năm, các cơ sở giáo dục nghề nghiệp trên địa bàn tuyển sinh, đào tạo cho 49.870 người, đạt 103,9% kế hoạch; trong đó trình độ cao đẳng 5.412 người, trung cấp 7.905 người, sơ cấp và đào tạo thường xuyên 36.553 người. Tỷ lệ lao động qua đào tạo ước đạt 75,2%, tăng 1,7 điểm phần trăm so với năm 2024; trong đó tỷ lệ lao động có bằng cấp, chứng chỉ ước đạt 36,8%.

Người lao động làm việc tại một doanh nghiệp trong Khu công nghiệp Phố Nối A (phường Mỹ Hào). Ảnh: Minh Hải

Thị trường lao động trên địa bàn cơ bản ổn định. Hiện toàn tỉnh có 21 khu công nghiệp đang hoạt động, thu hút khoảng 268.000 lao động. Thu nhập bình quân của người lao động trong các doanh nghiệp ước đạt 8,9 triệu đồng/người/tháng, tăng 7,2% so với năm 2024. Tỷ lệ thất nghiệp khu vực thành thị ước khoảng 2,35%, giảm 0,12 điểm phần trăm so với năm trước.

Trung tâm Dịch vụ việc làm tỉnh đã tổ chức 46 phiên giao dịch việc làm, tư vấn, giới thiệu việc làm cho hơn 62.000 lượt người; tiếp nhận 14.218 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, giảm 6,3% so với năm 2024.

Phấn đấu tạo việc làm cho 60.000 lao động

Năm 2026, Sở Nội vụ đặt mục tiêu:
- Giải quyết việc làm: 60.000 lao động trở lên;
- Đưa người lao động đi làm việc ở nước ngoài: khoảng 4.500 người;
- Tỷ lệ lao động qua đào tạo: 76%, trong đó có bằng cấp, chứng chỉ 38%;
- Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội: 45%;
- Tỷ lệ thất nghiệp khu vực thành thị: dưới 2,3%.

Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Nguyễn Lê Huy đề nghị ngành Nội vụ tập trung dự báo cung - cầu lao động, kết nối việc làm cho người lao động ở các xã, phường sau sắp xếp, nhất là lao động trên 35 tuổi bị mất việc.

Thu Hằng

Tin liên quan
- Hưng Yên: 2.350 lượt người được tư vấn tại phiên giao dịch việc làm tháng 12
- Ký kết hợp tác cung ứng 1.000 lao động cho doanh nghiệp Hàn Quốc
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 3

Giấy phép số 15/GP-BVHTTDL | Đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên | ĐT: 0221.3862.451
'''
META = {'published': '2026-01-08', 'locality': 'tỉnh Hưng Yên'}
DEFAULTS = {'locality': 'tỉnh Hưng Yên', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
E = {'modality': 'estimate'}
T = {'period': '2026', 'modality': 'target'}
J = {'indicator': 'jobs_created'}
N = {'indicator': 'new_jobs'}
X = {'indicator': 'labour_export'}
V = {'indicator': 'vocational_training'}
R = {'indicator': 'trained_labour_rate'}
UR = {'indicator': 'unemployment_rate'}
FIGS = [
 ('cho hơn 58.000 lao động', '58.000', 'level', 'lao động', d(J, bound='over')),
 ('cho 58.346 lao động', '58.346', 'level', 'lao động', d(J)),
 ('đạt 106,1% kế hoạch', '106,1%', 'attainment', '%', d(J, base='target')),
 ('đào tạo ước đạt 75,2%. Đó', '75,2%', 'level', '%', d(R, E)),
 ('có 31.520 lao động', '31.520', 'level', 'lao động', d(N)),
 ('tăng 8,4%', '8,4%', 'change', '%', d(N, direction='up', base='2024')),
 ('đưa 4.215 người', '4.215', 'level', 'người', d(X)),
 ('vượt 5,4% kế hoạch', '5,4%', 'change', '%', d(X, direction='up', base='target', status='exceeded')),
 ('(4.000 người)', '4.000', 'level', 'người', d(X, modality='target')),
 ('là 2.108 người', '2.108', 'level', 'người', d(X)),
 ('914 người và', '914', 'level', 'người', d(X)),
 ('và 846 người', '846', 'level', 'người', d(X)),
 ('đưa 1.960 người', '1.960', 'level', 'người', d(X, locality='tỉnh Thái Bình')),
 ('cho 49.870 người', '49.870', 'level', 'người', d(V)),
 ('đạt 103,9% kế hoạch', '103,9%', 'attainment', '%', d(V, base='target')),
 ('đẳng 5.412 người', '5.412', 'level', 'người', d(V)),
 ('cấp 7.905 người', '7.905', 'level', 'người', d(V)),
 ('xuyên 36.553 người', '36.553', 'level', 'người', d(V)),
 ('ước đạt 75,2%, tăng', '75,2%', 'level', '%', d(R, E)),
 ('tăng 1,7 điểm phần trăm', '1,7 điểm phần trăm', 'change', 'điểm %', d(R, E, direction='up', base='2024')),
 ('ước đạt 36,8%', '36,8%', 'level', '%', d(R, E)),
 ('có 21 khu công nghiệp', '21', 'level', 'khu công nghiệp', d(OPT)),
 ('khoảng 268.000 lao động', '268.000', 'level', 'lao động', d(bound='about')),
 ('đạt 8,9 triệu đồng/người/tháng', '8,9 triệu đồng/người/tháng', 'level', 'VND/người/tháng', d(E)),
 ('tăng 7,2%', '7,2%', 'change', '%', d(E, direction='up', base='2024')),
 ('khoảng 2,35%', '2,35%', 'level', '%', d(UR, E, bound='about')),
 ('giảm 0,12 điểm phần trăm', '0,12 điểm phần trăm', 'change', 'điểm %', d(UR, E, direction='down', base='2024')),
 ('chức 46 phiên', '46', 'level', 'phiên', d(OPT)),
 ('hơn 62.000 lượt người', '62.000', 'level', 'lượt người', d(bound='over')),
 ('nhận 14.218 hồ sơ', '14.218', 'level', 'hồ sơ', d()),
 ('giảm 6,3%', '6,3%', 'change', '%', d(direction='down', base='2024')),
 ('cho 60.000 lao động\n', '60.000', 'level', 'lao động', d(J, T)),
 ('làm: 60.000 lao động', '60.000', 'level', 'lao động', d(J, T, bound='at_least')),
 ('khoảng 4.500 người', '4.500', 'level', 'người', d(X, T, bound='about')),
 ('tạo: 76%', '76%', 'level', '%', d(R, T)),
 ('chỉ 38%', '38%', 'level', '%', d(R, T)),
 ('hội: 45%', '45%', 'level', '%', d(T, indicator='social_insurance_coverage')),
 ('dưới 2,3%', '2,3%', 'level', '%', d(UR, T, bound='under')),
]
