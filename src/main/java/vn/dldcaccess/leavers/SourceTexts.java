package vn.dldcaccess.leavers;

import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.UnitInfo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import static vn.dldcaccess.shared.Markdown.literal;

/** What the tasks of Process_SourceChange say (Markdown, every value escaped). */
final class SourceTexts {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SourceTexts() {
    }

    static String held(SourceDiff.Result diff) {
        return "**Danh sách tổ chức mới sẽ loại " + diff.removed() + " trên " + diff.registered()
                + " người cùng lúc**, vượt tỷ lệ cho phép; chưa đóng tài khoản của ai.\n\n"
                + "Người không còn trong danh sách hoặc được ghi đã nghỉ: "
                + diff.of(SourceChangeKind.LEAVER).stream().map(c -> literal(c.username()))
                .collect(Collectors.joining(", ")) + ".\n\n"
                + "Nếu danh sách đúng, chọn Xác nhận: hệ thống ghi nhận và bắt đầu đóng tài khoản của từng người. "
                + "Nếu danh sách nhầm, chọn Không nhận rồi sửa tệp.";
    }

    static String change(SourceEvent e, OrganizationDirectory organization, String closingKey, LocalDate deadline) {
        String who = "**" + literal(organization.nameOf(e.personUsername())) + "** (" + literal(e.personUsername())
                + ")";
        String what = switch (e.kind()) {
            case LEAVER -> who + " không còn trong danh sách tổ chức (hoặc được ghi đã nghỉ) từ ngày "
                    + DMY.format(e.eventDate()) + ".";
            case MOVER_AGENCY -> who + " chuyển từ " + agency(organization, e.oldAgency()) + " sang "
                    + agency(organization, e.newAgency()) + " (danh sách tổ chức, ngày " + DMY.format(e.eventDate())
                    + ").";
            case MOVER_UNIT -> who + " chuyển từ " + unit(organization, e.oldUnit()) + " sang "
                    + unit(organization, e.newUnit()) + " (danh sách tổ chức, ngày " + DMY.format(e.eventDate())
                    + ").";
            default -> who + ".";
        };
        return what + "\n\nHệ thống (tự động) đã bắt đầu đóng tài khoản (" + literal(closingKey)
                + ") với ngày bàn giao " + DMY.format(e.eventDate()) + ", hạn đóng " + DMY.format(deadline)
                + ".\n\nNếu ngày bàn giao khác, chọn Sửa ngày bàn giao. Nếu người này không nghỉ, không chuyển "
                + "(báo nhầm), chọn Hủy: không đóng thêm tài khoản nào và người này được khôi phục.";
    }

    static String mover(SourceEvent e, OrganizationDirectory organization, java.util.List<String> systems) {
        return "**" + literal(organization.nameOf(e.personUsername())) + "** chuyển từ " + unit(organization,
                e.oldUnit()) + " sang " + unit(organization, e.newUnit()) + " (danh sách tổ chức, ngày "
                + DMY.format(e.eventDate()) + ").\n\nTài khoản đang hoạt động: " + (systems.isEmpty() ? "không có"
                : systems.stream().map(s -> literal(vn.dldcaccess.revocation.SourceClosings.systemLabel(s)))
                .collect(Collectors.joining(", "))) + ".\n\nLãnh đạo đơn vị mới chọn tài khoản được giữ lại cho "
                + "công việc mới; các tài khoản khác được đóng chậm nhất 05 ngày sau ngày bàn giao.";
    }

    private static String agency(OrganizationDirectory organization, String code) {
        return literal(organization.agency(code).map(AgencyInfo::name).orElse(code));
    }

    private static String unit(OrganizationDirectory organization, String code) {
        return code == null ? "(không thuộc đơn vị)" : literal(organization.unit(code).map(UnitInfo::name)
                .orElse(code));
    }
}
