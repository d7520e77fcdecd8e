<#-- Tóm tắt một báo cáo người nghỉ / chuyển công tác (dùng trong các thư và công việc về đóng tài khoản).
     Giá trị: nguoi, lyDo, ngayBanGiao, taiKhoan (mỗi tài khoản: ten, heThong, giuLai, ngayDong?). Markdown. -->
## noi-dung
**${nguoi}**: ${lyDo}, bàn giao xong ngày ${ngayBanGiao}.

<#list taiKhoan as t>
- ${t.ten} (${t.heThong}): <#if t.giuLai>giữ lại<#elseif t.ngayDong??>đã đóng ngày ${t.ngayDong}<#else>chờ đóng</#if>
</#list>
