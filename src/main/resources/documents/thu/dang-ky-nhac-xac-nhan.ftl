<#-- Nhắc lãnh đạo đơn vị xác nhận yêu cầu. Giá trị: so, nguoi. -->
## tieu-de
Nhắc việc: yêu cầu ${so} đang chờ xác nhận
## noi-dung
Yêu cầu cấp tài khoản DLDC ${so} của ${nguoi} đang chờ Anh/Chị xác nhận trên Tasklist.
