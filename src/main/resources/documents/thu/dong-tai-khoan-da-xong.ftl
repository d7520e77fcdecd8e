<#-- Thư khi mọi tài khoản đã đóng và thông báo đã lập. Giá trị: nguoi, tomTat. -->
## tieu-de
Đã đóng tài khoản của ${nguoi}
## noi-dung
${tomTat}
