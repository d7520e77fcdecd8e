<#-- Báo Văn phòng khi yêu cầu quá hạn xác nhận. Giá trị: so, nguoi, donVi. -->
## tieu-de
Quá hạn xác nhận: yêu cầu ${so}
## noi-dung
Yêu cầu cấp tài khoản DLDC ${so} của ${nguoi} (${donVi}) đã quá hạn xác nhận của lãnh đạo đơn vị.
