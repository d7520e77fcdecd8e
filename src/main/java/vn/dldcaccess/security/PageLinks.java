package vn.dldcaccess.security;

import vn.dldcaccess.organization.Groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pages' shared navigation: the pages this person may open, in the order a clerk's day goes. */
final class PageLinks {
    private PageLinks() {
    }

    static List<Map<String, String>> of(AuthenticatedUser user) {
        List<Map<String, String>> links = new ArrayList<>();
        links.add(link("/camunda/app/tasklist/", "Công việc"));
        links.add(link("/my-requests.html", "Hồ sơ của tôi"));
        links.add(link("/accounts.html", "Tài khoản"));
        boolean office = user.groupIds().stream().anyMatch(g -> g.startsWith(Groups.agencyOffice("")));
        boolean aggregator = user.inGroup(Groups.AGGREGATOR);
        boolean admin = user.inGroup(Groups.ADMINS);
        if (office || aggregator || admin) {
            links.add(link("/register.html", "Sổ theo dõi"));
            links.add(link("/dashboard.html", "Bảng tổng hợp"));
        }
        if (aggregator || user.inGroup(Groups.PC06) || admin) {
            links.add(link("/pc06-reply.html", "Kết quả PC06"));
        }
        if (office || user.inGroup(Groups.TTHC_ADMINS) || admin) {
            links.add(link("/reconciliation.html", "Đối soát"));
        }
        links.add(link("/outbox.html", "Thư thông báo"));
        links.add(link("/verify.html", "Xác minh văn bản"));
        return links;
    }

    private static Map<String, String> link(String href, String label) {
        return Map.of("href", href, "label", label);
    }
}
