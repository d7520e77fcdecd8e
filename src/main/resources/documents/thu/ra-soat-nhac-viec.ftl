<#-- Nhắc lãnh đạo đơn vị gửi kết quả rà soát. Giá trị: donVi, hanNgay. -->
## tieu-de
Nhắc việc: rà soát tài khoản của ${donVi}
## noi-dung
Đợt rà soát tài khoản đã đến hạn ngày ${hanNgay}; đơn vị ${donVi} chưa gửi kết quả.
