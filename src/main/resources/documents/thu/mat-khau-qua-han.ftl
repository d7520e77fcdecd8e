<#-- Báo lãnh đạo đơn vị, rồi Văn phòng, khi quá hạn đổi mật khẩu. Giá trị: nguoi, taiKhoan, heThong, hanNgay. -->
## tieu-de
Quá hạn đổi mật khẩu: ${nguoi}
## noi-dung
${nguoi} chưa xác nhận đổi mật khẩu tài khoản ${taiKhoan} (${heThong}), đến hạn từ ngày ${hanNgay}. Công văn số 2932/SLĐTBXH-VP ngày 20/8/2024 yêu cầu đổi mật khẩu ít nhất mỗi tháng một lần.
