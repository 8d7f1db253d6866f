TEXT = '''
Báo Quảng Ngãi điện tử
Cơ quan của Đảng bộ tỉnh Quảng Ngãi

Thứ năm, 28/12/2023 - 15:40

Xã hội

Tỷ lệ hộ nghèo toàn tỉnh giảm còn 5,47%

(Baoquangngai.vn) - Theo kết quả rà soát hộ nghèo, hộ cận nghèo năm 2023 theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025, toàn tỉnh còn 21.936 hộ nghèo, chiếm tỷ lệ 5,47%, giảm 1,73 điểm phần trăm so với cuối năm 2022, vượt chỉ tiêu Nghị quyết HĐND tỉnh giao (giảm 1,5%).

Ngày 27/12, Sở LĐ-TB&XH cho biết, Uỷ ban nhân dân tỉnh đã phê duyệt kết quả rà soát tại Quyết định số 1398/QĐ-UBND. Theo đó, hộ cận nghèo toàn tỉnh còn 17.204 hộ, chiếm 4,29%. Trong năm, có 7.012 hộ thoát nghèo, đạt 116,9% kế hoạch.

Tại 6 huyện miền núi, tỷ lệ hộ nghèo giảm từ 27,86% cuối năm 2022 xuống còn 22,74%, tức giảm 5,12%, vượt mục tiêu giảm từ 4% trở lên mà Nghị quyết của Tỉnh uỷ đề ra. Huyện Sơn Tây vẫn có tỷ lệ hộ nghèo cao nhất tỉnh với 37,15%; huyện Minh Long thấp nhất khu vực miền núi với 14,6%.

Người dân xã Ba Vì (huyện Ba Tơ) chăm sóc rừng keo. Ảnh: T.Phương

Để có kết quả này, các chính sách giảm nghèo được triển khai đồng bộ. Năm 2023, tổng vốn thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững được giao là 412,6 tỷ đồng; đến ngày 30/11/2023 đã giải ngân 298,4 tỷ đồng, đạt 72,3%.

Từ nguồn Quỹ "Vì người nghèo" và xã hội hoá, toàn tỉnh đã hỗ trợ xây mới, sửa chữa 1.136 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở với tổng kinh phí hơn 56 tỷ đồng; mức hỗ trợ 50 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa.

Ngân hàng Chính sách xã hội tỉnh đã cho 9.845 lượt hộ nghèo, hộ cận nghèo và các đối tượng chính sách vay vốn với doanh số cho vay 512 tỷ đồng. Tổng dư nợ đến ngày 30/11/2023 đạt 5.386 tỷ đồng, tăng 405 tỷ đồng so với cuối năm 2022. Cũng trong năm, tỷ lệ người thuộc hộ nghèo, hộ cận nghèo có thẻ bảo hiểm y tế đạt 98,6%.

Gia đình anh Đinh Văn Lương (thôn Nước Lác, xã Sơn Liên, huyện Sơn Tây) là một trong những hộ thoát nghèo năm nay. Anh Lương cho biết, nhờ vay 50 triệu đồng, gia đình nuôi 3 con bò và trồng 2 ha keo, thu nhập năm 2023 khoảng 60 triệu đồng.

Theo Phó Giám đốc Sở LĐ-TB&XH Lê Thị Hoà, dù vượt chỉ tiêu nhưng kết quả giảm nghèo ở miền núi chưa thật sự bền vững, số hộ tái nghèo và phát sinh nghèo mới còn 1.278 hộ. Năm 2024, tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 1 - 1,5%, riêng các huyện miền núi giảm 4% trở lên; hỗ trợ xoá 800 căn nhà tạm, dột nát cho hộ nghèo.

Thanh Phương

Tin cùng chuyên mục:
- Trao 500 suất quà Tết cho hộ nghèo huyện Trà Bồng
- Sơn Hà: Hơn 1.200 lao động được học nghề trong năm 2023
- Khánh thành 15 nhà Đại đoàn kết tại xã Thanh An
'''
META = {'published': '2023-12-28', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
P = {'indicator': 'poverty_rate'}
T = {'period': '2024', 'modality': 'target'}
DN = {'direction': 'down'}
FIGS = [
 ('giảm còn 5,47%', '5,47%', 'level', '%', d(P, DN)),
 ('còn 21.936 hộ', '21.936', 'level', 'hộ', d(indicator='poor_households')),
 ('tỷ lệ 5,47%', '5,47%', 'level', '%', d(P)),
 ('giảm 1,73 điểm phần trăm', '1,73 điểm phần trăm', 'change', 'điểm %', d(P, DN, base='2022')),
 ('(giảm 1,5%)', '1,5%', 'change', '%', d(P, DN, modality='target')),
 ('còn 17.204 hộ', '17.204', 'level', 'hộ', d()),
 ('chiếm 4,29%', '4,29%', 'level', '%', d(indicator='near_poverty_rate')),
 ('có 7.012 hộ', '7.012', 'level', 'hộ', d(indicator='households_out_of_poverty')),
 ('đạt 116,9% kế hoạch', '116,9%', 'attainment', '%', d(indicator='households_out_of_poverty', base='target')),
 ('từ 27,86%', '27,86%', 'level', '%', d(P, period='2022')),
 ('còn 22,74%', '22,74%', 'level', '%', d(P, DN)),
 ('giảm 5,12%', '5,12%', 'change', '%', d(P, DN)),
 ('từ 4% trở lên', '4%', 'change', '%', d(P, DN, modality='target', bound='at_least')),
 ('với 37,15%', '37,15%', 'level', '%', d(P, locality='huyện Sơn Tây')),
 ('với 14,6%', '14,6%', 'level', '%', d(P, locality='huyện Minh Long')),
 ('là 412,6 tỷ đồng', '412,6 tỷ đồng', 'level', 'VND', d()),
 ('giải ngân 298,4 tỷ đồng', '298,4 tỷ đồng', 'level', 'VND', d(period='2023-11M')),
 ('đạt 72,3%', '72,3%', 'attainment', '%', d(period='2023-11M', base='target')),
 ('chữa 1.136 căn nhà', '1.136', 'level', 'căn nhà', d()),
 ('hơn 56 tỷ đồng', '56 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('hỗ trợ 50 triệu đồng/căn', '50 triệu đồng/căn', 'level', 'VND/căn', d(OPT)),
 ('và 30 triệu đồng/căn', '30 triệu đồng/căn', 'level', 'VND/căn', d(OPT)),
 ('cho 9.845 lượt hộ', '9.845', 'level', 'lượt hộ', d()),
 ('vay 512 tỷ đồng', '512 tỷ đồng', 'level', 'VND', d()),
 ('đạt 5.386 tỷ đồng', '5.386 tỷ đồng', 'level', 'VND', d(period='2023-M11')),
 ('tăng 405 tỷ đồng', '405 tỷ đồng', 'change', 'VND', d(period='2023-M11', direction='up', base='2022')),
 ('đạt 98,6%', '98,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('còn 1.278 hộ', '1.278', 'level', 'hộ', d()),
 ('từ 1 - 1,5%', '1 - 1,5%', 'change', '%', d(P, T, DN)),
 ('giảm 4% trở lên', '4%', 'change', '%', d(P, T, DN, bound='at_least')),
 ('xoá 800 căn nhà', '800', 'level', 'căn nhà', d(T)),
]
