<#-- Thư khi tài khoản DLDC đã được tạo. Giá trị: so, nguoi, ngayTao, tenDangNhap. -->
## tieu-de
Đã cấp tài khoản DLDC: yêu cầu ${so}
## noi-dung
Tài khoản khai thác CSDLQG về dân cư của ${nguoi} đã được tạo ngày ${ngayTao}, tên đăng nhập: ${tenDangNhap}. Người được cấp phải đổi mật khẩu ở lần đăng nhập đầu, ít nhất mỗi tháng một lần, và không dùng chung tài khoản.
