<#-- Thư hằng ngày cho Văn phòng: các tài khoản còn chờ đóng. Giá trị: dong (mỗi dòng: nguoi, ten, heThong, hanDong, conNgay). -->
## tieu-de
Tài khoản chờ đóng: ${dong?size}
## noi-dung
Các tài khoản chưa đóng của người nghỉ / chuyển công tác:

<#list dong as d>
- ${d.nguoi}: ${d.ten} (${d.heThong}), hạn ${d.hanDong}, <#if d.conNgay gte 0>còn ${d.conNgay} ngày<#else>quá hạn ${-d.conNgay} ngày</#if>
</#list>
