<#-- Báo Văn phòng và lãnh đạo khi quá hạn đóng. Giá trị: nguoi, hanDong, conLai (mỗi tài khoản: ten, heThong). -->
## tieu-de
Quá hạn đóng tài khoản: ${nguoi}
## noi-dung
Hạn đóng tài khoản của ${nguoi} là ngày ${hanDong}. Còn ${conLai?size} tài khoản chưa đóng: <#list conLai as t>${t.ten} (${t.heThong})<#sep>, </#list>.
