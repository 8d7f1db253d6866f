TEXT = '''
Hưng Yên: GRDP 9 tháng năm 2025 ước tăng 8,87%

Cập nhật: 06/10/2025 09:15

(Cổng TTĐT Hưng Yên) - Ngày 04/10/2025, UBND tỉnh tổ chức phiên họp thường kỳ tháng 9, đánh giá tình hình kinh tế - xã hội 9 tháng và triển khai nhiệm vụ quý IV năm 2025. Đây là phiên họp thường kỳ thứ ba kể từ khi tỉnh Hưng Yên (mới) được thành lập trên cơ sở sắp xếp tỉnh Hưng Yên và tỉnh Thái Bình theo Nghị quyết số 202/2025/QH15 của Quốc hội.

Theo báo cáo của UBND tỉnh, tổng sản phẩm trên địa bàn (GRDP) 9 tháng tăng 8,87% so với cùng kỳ năm 2024, cao hơn mức tăng chung của cả nước (7,85%). Cơ cấu kinh tế tiếp tục chuyển dịch theo hướng tích cực: khu vực công nghiệp - xây dựng chiếm 52,6%; khu vực dịch vụ chiếm 31,2%; khu vực nông, lâm nghiệp và thủy sản chiếm 16,2%.

Sản xuất công nghiệp duy trì đà tăng trưởng khá. Chỉ số sản xuất công nghiệp (IIP) tháng 9 ước tăng 2,3% so với tháng trước và tăng 13,4% so với cùng kỳ; tính chung 9 tháng, IIP tăng 12,17% so với cùng kỳ. Toàn tỉnh hiện có 34 khu công nghiệp được quy hoạch với tổng diện tích hơn 9.800 ha.

Kim ngạch xuất khẩu 9 tháng đạt 11,26 tỷ USD, tăng 14,8% so với cùng kỳ, bằng 78,5% kế hoạch năm; kim ngạch nhập khẩu đạt 9,4 tỷ USD, tăng 11,2%. Một số mặt hàng xuất khẩu chủ lực:
- Điện thoại và linh kiện: 2,85 tỷ USD;
- Hàng dệt may: 1,92 tỷ USD;
- Sắt thép các loại: 1,1 tỷ USD;
- Giày dép: 640 triệu USD.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng đạt 98.460 tỷ đồng, tăng 11,6% so với cùng kỳ. Thu hút đầu tư tiếp tục là điểm sáng: từ đầu năm đến ngày 30/9/2025, tỉnh cấp mới 86 dự án FDI với tổng vốn đăng ký 1,12 tỷ USD, gấp 1,6 lần cùng kỳ; điều chỉnh tăng vốn cho 41 lượt dự án với 386 triệu USD.

Tổng thu ngân sách nhà nước 9 tháng đạt 52.318 tỷ đồng, bằng 81,3% dự toán Trung ương giao và tăng 24,5% so với cùng kỳ; trong đó thu nội địa 44.905 tỷ đồng, thu từ hoạt động xuất nhập khẩu 7.413 tỷ đồng. Chi ngân sách địa phương 29.870 tỷ đồng, bằng 62,4% dự toán. Giải ngân vốn đầu tư công đến ngày 30/9 đạt 9.240 tỷ đồng, bằng 58,1% kế hoạch vốn Thủ tướng Chính phủ giao, cao hơn bình quân chung cả nước.

Về văn hóa - xã hội, toàn tỉnh giải quyết việc làm cho 38.650 lao động, đạt 92% kế hoạch năm; tỷ lệ bao phủ bảo hiểm y tế đạt 94,2% dân số. Công tác bảo đảm an sinh xã hội, chăm lo gia đình chính sách được thực hiện kịp thời; tỉnh đã hoàn thành xóa nhà tạm, nhà dột nát trước ngày 27/7/2025.

Phát biểu kết luận, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung cao độ trong quý IV, phấn đấu tăng trưởng GRDP cả năm đạt từ 10% trở lên; thu ngân sách nhà nước đạt trên 70.000 tỷ đồng; giải ngân 100% kế hoạch vốn đầu tư công năm 2025. Các xã, phường sau sắp xếp khẩn trương kiện toàn bộ máy, bảo đảm chính quyền địa phương hai cấp vận hành thông suốt.

Xem thêm:
Hưng Yên: Giải ngân vốn đầu tư công 8 tháng đạt 48,6%
Thái Bình (cũ): 5 khu công nghiệp thu hút hơn 2 tỷ USD
'''
META = {'published': '2025-10-06', 'locality': 'tỉnh Hưng Yên'}
DEFAULTS = {'locality': 'tỉnh Hưng Yên', 'period': '2025-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2025', 'modality': 'target'}
M9 = {'period': '2025-M09'}
FIGS = [
 ('ước tăng 8,87%\n', '8,87%', 'change', '%', dict(indicator='grdp_growth', direction='up', **E)),
 ('9 tháng tăng 8,87% so với', '8,87%', 'change', '%', dict(indicator='grdp_growth', direction='up', base='same_period')),
 ('(7,85%)', '7,85%', 'level', '%', dict(indicator='grdp_growth', locality='cả nước')),
 ('xây dựng chiếm 52,6%', '52,6%', 'level', '%', dict(indicator='sector_share')),
 ('dịch vụ chiếm 31,2%', '31,2%', 'level', '%', dict(indicator='sector_share')),
 ('thủy sản chiếm 16,2%', '16,2%', 'level', '%', dict(indicator='sector_share')),
 ('ước tăng 2,3% so với tháng trước', '2,3%', 'change', '%', dict(indicator='industrial_production_index', direction='up', base='previous_period', **E, **M9)),
 ('tăng 13,4% so với cùng kỳ', '13,4%', 'change', '%', dict(indicator='industrial_production_index', direction='up', base='same_period', **E, **M9)),
 ('IIP tăng 12,17%', '12,17%', 'change', '%', dict(indicator='industrial_production_index', direction='up', base='same_period')),
 ('có 34 khu công nghiệp', '34', 'level', 'khu công nghiệp', dict(optional=True)),
 ('hơn 9.800 ha', '9.800 ha', 'level', 'ha', dict(optional=True)),
 ('đạt 11,26 tỷ USD', '11,26 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('tăng 14,8% so với cùng kỳ', '14,8%', 'change', '%', dict(indicator='export_value', direction='up', base='same_period')),
 ('bằng 78,5% kế hoạch năm', '78,5%', 'attainment', '%', dict(indicator='export_value', base='target')),
 ('đạt 9,4 tỷ USD', '9,4 tỷ USD', 'level', 'USD', dict(indicator='import_value')),
 ('tăng 11,2%', '11,2%', 'change', '%', dict(indicator='import_value', direction='up')),
 ('linh kiện: 2,85 tỷ USD', '2,85 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('dệt may: 1,92 tỷ USD', '1,92 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('các loại: 1,1 tỷ USD', '1,1 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('Giày dép: 640 triệu USD', '640 triệu USD', 'level', 'USD', dict(indicator='export_value')),
 ('đạt 98.460 tỷ đồng', '98.460 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales')),
 ('tăng 11,6% so với cùng kỳ', '11,6%', 'change', '%', dict(indicator='retail_sales', direction='up', base='same_period')),
 ('cấp mới 86 dự án', '86', 'level', 'dự án', {}),
 ('đăng ký 1,12 tỷ USD', '1,12 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', dict(indicator='fdi', direction='up', base='same_period')),
 ('cho 41 lượt dự án', '41', 'level', 'lượt dự án', {}),
 ('với 386 triệu USD', '386 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('9 tháng đạt 52.318 tỷ đồng', '52.318 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 81,3% dự toán', '81,3%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('tăng 24,5% so với cùng kỳ', '24,5%', 'change', '%', dict(indicator='budget_revenue', direction='up', base='same_period')),
 ('nội địa 44.905 tỷ đồng', '44.905 tỷ đồng', 'level', 'VND', {}),
 ('khẩu 7.413 tỷ đồng', '7.413 tỷ đồng', 'level', 'VND', {}),
 ('địa phương 29.870 tỷ đồng', '29.870 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 62,4% dự toán', '62,4%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('đạt 9.240 tỷ đồng', '9.240 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('bằng 58,1% kế hoạch vốn', '58,1%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('cho 38.650 lao động', '38.650', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 92% kế hoạch năm', '92%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('y tế đạt 94,2%', '94,2%', 'level', '%', dict(indicator='health_insurance_coverage')),
 ('từ 10% trở lên', '10%', 'level', '%', dict(indicator='grdp_growth', bound='at_least', **T)),
 ('trên 70.000 tỷ đồng', '70.000 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', bound='over', **T)),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target', **T)),
]
