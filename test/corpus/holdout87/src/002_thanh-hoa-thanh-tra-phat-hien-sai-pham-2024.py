TEXT = '''
BÁO THANH HÓA
Cập nhật: 10:15 SA, Thứ Năm, 19/12/2024
Trang chủ › Pháp luật › Thanh tra

Thanh tra phát hiện sai phạm về kinh tế hơn 86 tỷ đồng trong năm 2024

Năm 2024, ngành thanh tra Thanh Hóa đã triển khai 312 cuộc thanh tra hành chính và 1.846 cuộc thanh tra, kiểm tra chuyên ngành; qua đó phát hiện sai phạm về kinh tế 86,4 tỷ đồng và 12.350 m2 đất, kiến nghị thu hồi về ngân sách nhà nước 52,3 tỷ đồng.

Theo báo cáo tại hội nghị tổng kết công tác thanh tra năm 2024 do Thanh tra tỉnh tổ chức sáng 18/12, số cuộc thanh tra hành chính giảm 8,2% so với năm 2023 nhưng số tiền sai phạm phát hiện tăng 23,6%. Trong đó, Thanh tra tỉnh thực hiện 24 cuộc, phát hiện sai phạm 31,8 tỷ đồng; thanh tra các sở, ngành 96 cuộc; thanh tra cấp huyện 192 cuộc.

Qua thanh tra, kiểm tra chuyên ngành, các cơ quan đã ban hành 2.418 quyết định xử phạt vi phạm hành chính với tổng số tiền 18,9 tỷ đồng. Riêng lĩnh vực đất đai, thanh tra phát hiện 26/47 xã được thanh tra có sai phạm trong giao đất, cho thuê đất.

Về đôn đốc thực hiện kết luận, năm 2024 toàn ngành theo dõi 168 kết luận thanh tra, đã thực hiện xong 142/168 kết luận, đạt 84,5%. Số tiền đã thu hồi là 38,1 tỷ đồng, chỉ đạt 72,8% số phải thu hồi; còn 14,2 tỷ đồng chưa thu hồi được, chủ yếu ở thị xã Nghi Sơn và huyện Như Thanh.

Tại thị xã Nghi Sơn, thanh tra phát hiện 7 dự án chậm tiến độ, 4 doanh nghiệp chậm nộp tiền thuê đất với số tiền 9,6 tỷ đồng. Riêng huyện Như Thanh, thanh tra 11 cuộc, phát hiện sai phạm 2,7 tỷ đồng, đã thu hồi 1,9 tỷ đồng.

Công tác tiếp công dân, giải quyết khiếu nại, tố cáo có chuyển biến: các cấp tiếp 6.214 lượt công dân, giảm 11,4% so với năm 2023; giải quyết 398/421 vụ việc khiếu nại, tố cáo thuộc thẩm quyền, đạt 94,5%, vượt chỉ tiêu Thanh tra Chính phủ giao (85%).

Năm 2025, ngành phấn đấu giải quyết trên 90% vụ việc khiếu nại, tố cáo thuộc thẩm quyền; thu hồi ít nhất 85% số tiền sai phạm đã kết luận.

[Ảnh] Thanh tra tỉnh tổng kết công tác năm 2024. Ảnh: Lê Hợi

Lê Hợi

Bài liên quan:
- Thanh tra tỉnh công khai kết luận thanh tra số 2156/KL-TTTH (02/12/2024)
- Đường dây nóng Thanh tra tỉnh: 0237.3852.046
- Lượt đọc: 1.508
'''
META = {'published': '2024-12-19', 'locality': 'tỉnh Thanh Hóa'}
DEFAULTS = {'locality': 'tỉnh Thanh Hóa', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
NS = dict(locality='thị xã Nghi Sơn')
FIGS = [
 ('hơn 86 tỷ đồng', '86 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('312 cuộc', '312', 'level', 'cuộc', d()),
 ('1.846 cuộc', '1.846', 'level', 'cuộc', d()),
 ('kinh tế 86,4 tỷ đồng', '86,4 tỷ đồng', 'level', 'VND', d()),
 ('12.350 m2', '12.350 m2', 'level', 'm2', d()),
 ('nhà nước 52,3 tỷ đồng', '52,3 tỷ đồng', 'level', 'VND', d()),
 ('giảm 8,2% so với năm 2023', '8,2%', 'change', '%', d(direction='down', base='2023')),
 ('tăng 23,6%', '23,6%', 'change', '%', d(direction='up', base='2023')),
 ('thực hiện 24 cuộc', '24', 'level', 'cuộc', d()),
 ('sai phạm 31,8 tỷ đồng', '31,8 tỷ đồng', 'level', 'VND', d()),
 ('ngành 96 cuộc', '96', 'level', 'cuộc', d()),
 ('huyện 192 cuộc', '192', 'level', 'cuộc', d()),
 ('2.418 quyết định', '2.418', 'level', 'quyết định', d()),
 ('tiền 18,9 tỷ đồng', '18,9 tỷ đồng', 'level', 'VND', d()),
 ('26/47 xã', '26/47', 'ratio', 'xã', d()),
 ('theo dõi 168 kết luận', '168', 'level', 'kết luận', d()),
 ('142/168 kết luận', '142/168', 'ratio', 'kết luận', d()),
 ('đạt 84,5%', '84,5%', 'level', '%', d()),
 ('là 38,1 tỷ đồng', '38,1 tỷ đồng', 'level', 'VND', d()),
 ('chỉ đạt 72,8%', '72,8%', 'level', '%', d()),
 ('còn 14,2 tỷ đồng', '14,2 tỷ đồng', 'level', 'VND', d()),
 ('7 dự án', '7', 'level', 'dự án', d(NS)),
 ('4 doanh nghiệp', '4', 'level', 'doanh nghiệp', d(NS)),
 ('tiền 9,6 tỷ đồng', '9,6 tỷ đồng', 'level', 'VND', d(NS)),
 ('6.214 lượt công dân', '6.214', 'level', 'lượt công dân', d()),
 ('giảm 11,4%', '11,4%', 'change', '%', d(direction='down', base='2023')),
 ('398/421 vụ việc', '398/421', 'ratio', 'vụ việc', d()),
 ('đạt 94,5%', '94,5%', 'level', '%', d()),
 ('giao (85%)', '85%', 'level', '%', d(modality='target')),
 ('trên 90% vụ việc', '90%', 'level', '%', d(period='2025', modality='target', bound='over')),
 ('ít nhất 85% số tiền', '85%', 'level', '%', d(period='2025', modality='target', bound='at_least')),
 ('thanh tra 11 cuộc', '11', 'level', 'cuộc', d(locality='huyện Như Thanh')),
 ('sai phạm 2,7 tỷ đồng', '2,7 tỷ đồng', 'level', 'VND', d(locality='huyện Như Thanh')),
 ('thu hồi 1,9 tỷ đồng', '1,9 tỷ đồng', 'level', 'VND', d(locality='huyện Như Thanh')),
]
