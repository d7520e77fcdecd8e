<#-- Nhắc cơ quan tổng hợp đôn đốc PC06 trả lời một đợt. Giá trị: dot, conLai. -->
## tieu-de
Nhắc việc: đôn đốc PC06 trả lời đợt ${dot}
## noi-dung
Đợt đề nghị cấp tài khoản ${dot} đã gửi Công an tỉnh (PC06) nhưng còn ${conLai} người chưa có kết quả. Đề nghị liên hệ PC06 để đôn đốc.
