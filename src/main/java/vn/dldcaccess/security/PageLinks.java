package vn.dldcaccess.security;

import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.shared.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pages' shared navigation: the pages this person may open, in the order a clerk's day goes. */
final class PageLinks {
    private PageLinks() {
    }

    static List<Map<String, String>> of(AuthenticatedUser user) {
        List<Map<String, String>> links = new ArrayList<>();
        links.add(link("/camunda/app/tasklist/", Messages.text("security.pageLinks.tasklist")));
        links.add(link("/my-requests.html", Messages.text("security.pageLinks.myRequests")));
        links.add(link("/accounts.html", Messages.text("security.pageLinks.accounts")));
        boolean office = user.groupIds().stream().anyMatch(g -> g.startsWith(Groups.agencyOffice("")));
        boolean aggregator = user.inGroup(Groups.AGGREGATOR);
        boolean admin = user.inGroup(Groups.ADMINS);
        if (office || aggregator || admin) {
            links.add(link("/register.html", Messages.text("security.pageLinks.register")));
            links.add(link("/dashboard.html", Messages.text("security.pageLinks.dashboard")));
        }
        if (aggregator || user.inGroup(Groups.PC06) || admin) {
            links.add(link("/pc06-reply.html", Messages.text("security.pageLinks.pc06Reply")));
        }
        if (office || user.inGroup(Groups.TTHC_ADMINS) || admin) {
            links.add(link("/reconciliation.html", Messages.text("security.pageLinks.reconciliation")));
        }
        links.add(link("/outbox.html", Messages.text("security.pageLinks.outbox")));
        links.add(link("/verify.html", Messages.text("security.pageLinks.verify")));
        return links;
    }

    private static Map<String, String> link(String href, String label) {
        return Map.of("href", href, "label", label);
    }
}
