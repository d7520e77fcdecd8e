<#-- Thư cho người đăng ký và Văn phòng khi lãnh đạo đơn vị từ chối. Giá trị: so, nguoi, lyDo. -->
## tieu-de
Yêu cầu ${so} bị từ chối
## noi-dung
Lãnh đạo đơn vị đã từ chối yêu cầu cấp tài khoản DLDC ${so} của ${nguoi}. Lý do: ${lyDo}
