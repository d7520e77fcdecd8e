<#-- Nhắc người giữ tài khoản đổi mật khẩu. Giá trị: taiKhoan, heThong, hanNgay. -->
## tieu-de
Nhắc việc: đổi mật khẩu tài khoản ${taiKhoan}
## noi-dung
Đã đến hạn đổi mật khẩu tài khoản ${taiKhoan} (${heThong}) từ ngày ${hanNgay}. Vui lòng đổi mật khẩu và xác nhận ngày đổi trên Tasklist.
