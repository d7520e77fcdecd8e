<#-- Nhắc người quản trị đóng một tài khoản trước hạn. Giá trị: taiKhoan, heThong, nguoi, hanDong. -->
## tieu-de
Nhắc việc: đóng tài khoản ${taiKhoan}
## noi-dung
Tài khoản ${taiKhoan} (${heThong}) của ${nguoi} phải được đóng chậm nhất ngày ${hanDong}.
