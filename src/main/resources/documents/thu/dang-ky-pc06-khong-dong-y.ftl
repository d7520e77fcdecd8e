<#-- Thư khi Công an tỉnh (PC06) không đồng ý cấp tài khoản. Giá trị: so, nguoi, lyDo. -->
## tieu-de
PC06 không đồng ý cấp tài khoản: yêu cầu ${so}
## noi-dung
Công an tỉnh (PC06) không đồng ý cấp tài khoản khai thác CSDLQG về dân cư theo yêu cầu ${so} của ${nguoi}. Lý do: ${lyDo}
