TEXT = '''
VĨNH LONG ONLINE - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH VĨNH LONG
15:40 - 08/04/2026
Tin trong tỉnh

Tỷ lệ bao phủ bảo hiểm y tế đạt 93,8% dân số

THVL - Theo Bảo hiểm xã hội tỉnh, đến cuối tháng 3/2026, toàn tỉnh có 3.812.500 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 93,8% dân số, tăng 0,9 điểm phần trăm so với cùng kỳ. Số người tham gia bảo hiểm xã hội là 402.600 người, chiếm 21,4% lực lượng lao động trong độ tuổi; trong đó bảo hiểm xã hội tự nguyện 68.300 người, tăng 12.400 người so với cuối năm 2025. Riêng trong quý I/2026, toàn tỉnh phát triển mới 9.850 người tham gia bảo hiểm xã hội tự nguyện, đạt 26,4% kế hoạch năm.

Khu vực Bến Tre cũ có tỷ lệ bao phủ bảo hiểm y tế cao nhất với 95,1%; khu vực Trà Vinh cũ đạt 92,6%. Mục tiêu năm 2026, tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh đạt 95%, bảo hiểm xã hội đạt 25% lực lượng lao động.

Người dân làm thủ tục khám bệnh bằng thẻ bảo hiểm y tế tại Bệnh viện Đa khoa tỉnh. Ảnh: Thanh Tâm

Thanh Tâm
Đường dây nóng: 0270.3822.555 - Email: thvl@vinhlongtv.vn
'''
META = {'published': '2026-04-08', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'period': '2026-M03', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
HI = {'indicator': 'health_insurance_coverage'}
SI = {'indicator': 'social_insurance_coverage'}
FIGS = [
 ('đạt 93,8% dân số', '93,8%', 'level', '%', d(HI)),
 ('3.812.500 người', '3.812.500', 'level', 'người', d(HI)),
 ('bao phủ 93,8%', '93,8%', 'level', '%', d(HI)),
 ('0,9 điểm phần trăm', '0,9 điểm phần trăm', 'change', 'điểm %', d(HI, U, base='same_period')),
 ('402.600 người', '402.600', 'level', 'người', d(SI)),
 ('chiếm 21,4%', '21,4%', 'level', '%', d(SI)),
 ('68.300 người', '68.300', 'level', 'người', d(SI)),
 ('tăng 12.400 người', '12.400', 'change', 'người', d(SI, U, base='2025')),
 ('mới 9.850 người', '9.850', 'level', 'người', d(SI, period='2026-Q1')),
 ('đạt 26,4% kế hoạch', '26,4%', 'attainment', '%', d(SI, period='2026-Q1', base='target')),
 ('với 95,1%', '95,1%', 'level', '%', d(HI, locality='tỉnh Bến Tre')),
 ('đạt 92,6%', '92,6%', 'level', '%', d(HI, locality='tỉnh Trà Vinh')),
 ('đạt 95%', '95%', 'level', '%', d(K, HI)),
 ('đạt 25%', '25%', 'level', '%', d(K, SI)),
]
