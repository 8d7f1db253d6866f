TEXT = '''
BÁO NGHỆ AN
Thứ Sáu, 14/07/2023 - 15:42
Thời sự | Kinh tế | Xã hội | Pháp luật

Kiểm toán Nhà nước chỉ ra số thu ngân sách năm 2022 của Nghệ An cao hơn báo cáo 126 tỷ đồng

(Baonghean.vn) - Kết quả kiểm toán ngân sách địa phương năm 2022 của Kiểm toán Nhà nước khu vực II cho thấy tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 20.012 tỷ đồng, cao hơn số báo cáo quyết toán của tỉnh 126 tỷ đồng; kiến nghị xử lý tài chính 312,6 tỷ đồng.

Chiều 13/7, Kiểm toán Nhà nước khu vực II tổ chức hội nghị thông báo kết quả kiểm toán ngân sách địa phương năm 2022 tại tỉnh Nghệ An.

Theo báo cáo của UBND tỉnh, năm 2022 tổng thu ngân sách nhà nước trên địa bàn đạt 19.886 tỷ đồng, bằng 125,4% dự toán Trung ương giao và tăng 12,3% so với năm 2021. Sau kiểm toán, số thu được xác định là 20.012 tỷ đồng; trong đó thu nội địa 17.640 tỷ đồng, đạt 121,6% dự toán; thu từ hoạt động xuất nhập khẩu 1.386 tỷ đồng, chỉ đạt 69,3% dự toán do giá xăng dầu, than nhập khẩu biến động.

Tổng chi ngân sách địa phương năm 2022 là 36.744 tỷ đồng, bằng 108,2% dự toán. Đoàn kiểm toán chỉ ra một số tồn tại: giải ngân vốn đầu tư công năm 2022 chỉ đạt 78,5% kế hoạch vốn, thấp hơn mức bình quân cả nước (gần 83%); 14 dự án chậm tiến độ với tổng vốn 1.275 tỷ đồng; số chi chuyển nguồn sang năm 2023 lên tới 6.418 tỷ đồng, chiếm 17,5% tổng chi.

Kiểm toán Nhà nước kiến nghị xử lý tài chính 312,6 tỷ đồng, trong đó tăng thu 48,2 tỷ đồng, giảm chi 21,7 tỷ đồng, xử lý khác 242,7 tỷ đồng; đồng thời kiến nghị chấn chỉnh công tác lập dự toán tại 9 sở, ngành và 6 huyện.

Tại huyện Quỳnh Lưu, kiểm toán chỉ ra nguồn thu tiền sử dụng đất năm 2022 chỉ đạt 41,7% dự toán, hụt 214 tỷ đồng; huyện còn nợ đọng xây dựng cơ bản 38,6 tỷ đồng tại 27 công trình.

Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Bùi Đình Long cho biết tỉnh sẽ thực hiện đầy đủ kiến nghị, phấn đấu đến hết quý III/2023 hoàn thành trên 80% các kiến nghị tài chính. Theo Sở Tài chính, tính đến ngày 30/6/2023, tỉnh đã thực hiện 281,4 tỷ đồng kiến nghị của đợt kiểm toán trước, đạt 94,9%.

[Ảnh] Quang cảnh hội nghị thông báo kết quả kiểm toán tại Vinh. Ảnh: Thành Duy

Thành Duy

Tin liên quan:
- Nghệ An: Thu ngân sách 6 tháng đầu năm 2023 đạt 9.120 tỷ đồng (05/07/2023)
- Kiểm toán Nhà nước khu vực II công bố kế hoạch kiểm toán năm 2023 (12/01/2023)
Lượt xem: 2.316
Giấy phép số 234/GP-BTTTT. Đường dây nóng: 0238.3844.577
'''
META = {'published': '2023-07-14', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
BR = dict(indicator='budget_revenue')
OPT = dict(optional=True)
FIGS = [
 ('Nghệ An cao hơn báo cáo 126 tỷ đồng', '126 tỷ đồng', 'change', 'VND', d(BR, OPT, direction='up')),
 ('trên địa bàn tỉnh đạt 20.012 tỷ đồng', '20.012 tỷ đồng', 'level', 'VND', d(BR)),
 ('quyết toán của tỉnh 126 tỷ đồng', '126 tỷ đồng', 'change', 'VND', d(BR, OPT, direction='up')),
 ('tỷ đồng; kiến nghị xử lý tài chính 312,6 tỷ đồng.', '312,6 tỷ đồng', 'level', 'VND', d()),
 ('đạt 19.886 tỷ đồng', '19.886 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 125,4% dự toán', '125,4%', 'attainment', '%', d(BR, base='target')),
 ('tăng 12,3% so với năm 2021', '12,3%', 'change', '%', d(BR, direction='up', base='2021')),
 ('xác định là 20.012 tỷ đồng', '20.012 tỷ đồng', 'level', 'VND', d(BR)),
 ('thu nội địa 17.640 tỷ đồng', '17.640 tỷ đồng', 'level', 'VND', d(BR)),
 ('đạt 121,6% dự toán', '121,6%', 'attainment', '%', d(BR, base='target')),
 ('nhập khẩu 1.386 tỷ đồng', '1.386 tỷ đồng', 'level', 'VND', d(BR)),
 ('chỉ đạt 69,3% dự toán', '69,3%', 'attainment', '%', d(BR, base='target')),
 ('là 36.744 tỷ đồng', '36.744 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('bằng 108,2% dự toán', '108,2%', 'attainment', '%', d(indicator='budget_expenditure', base='target')),
 ('chỉ đạt 78,5% kế hoạch vốn', '78,5%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target')),
 ('(gần 83%)', '83%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target', locality='cả nước', bound='nearly')),
 ('14 dự án chậm tiến độ', '14', 'level', 'dự án', d()),
 ('tổng vốn 1.275 tỷ đồng', '1.275 tỷ đồng', 'level', 'VND', d()),
 ('lên tới 6.418 tỷ đồng', '6.418 tỷ đồng', 'level', 'VND', d()),
 ('chiếm 17,5% tổng chi', '17,5%', 'level', '%', d()),
 ('Nhà nước kiến nghị xử lý tài chính 312,6 tỷ đồng', '312,6 tỷ đồng', 'level', 'VND', d()),
 ('tăng thu 48,2 tỷ đồng', '48,2 tỷ đồng', 'level', 'VND', d()),
 ('giảm chi 21,7 tỷ đồng', '21,7 tỷ đồng', 'level', 'VND', d()),
 ('xử lý khác 242,7 tỷ đồng', '242,7 tỷ đồng', 'level', 'VND', d()),
 ('tại 9 sở', '9', 'level', 'sở', d(OPT)),
 ('ngành và 6 huyện', '6', 'level', 'huyện', d(OPT)),
 ('chỉ đạt 41,7% dự toán', '41,7%', 'attainment', '%', d(BR, base='target', locality='huyện Quỳnh Lưu')),
 ('hụt 214 tỷ đồng', '214 tỷ đồng', 'change', 'VND', d(BR, direction='down', locality='huyện Quỳnh Lưu')),
 ('cơ bản 38,6 tỷ đồng', '38,6 tỷ đồng', 'level', 'VND', d(locality='huyện Quỳnh Lưu')),
 ('tại 27 công trình', '27', 'level', 'công trình', d(locality='huyện Quỳnh Lưu')),
 ('trên 80% các kiến nghị', '80%', 'level', '%', d(period='2023-Q3', modality='target', bound='over')),
 ('thực hiện 281,4 tỷ đồng', '281,4 tỷ đồng', 'level', 'VND', d(period='2023-M06')),
 ('đạt 94,9%', '94,9%', 'level', '%', d(period='2023-M06')),
]
