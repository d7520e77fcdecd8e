<#-- Kết quả PC06 đã ghi của một đợt (công việc ghi kết quả). Markdown.
     Giá trị: daCo, tong, ketQua (mỗi người: nguoi, quyetDinh, lyDo?), thuHoi (số đề nghị), daXacNhan. -->
## noi-dung
**Đã có kết quả ${daCo}/${tong} người.**
<#if ketQua?has_content>

<#list ketQua as k>
- ${k.nguoi}: **${k.quyetDinh}**<#if k.lyDo??> (${k.lyDo})</#if>
</#list>
</#if>
<#if thuHoi gt 0>

**Đề nghị thu hồi: PC06 đã xác nhận ${daXacNhan}/${thuHoi}.**
</#if>
