package vn.dldcaccess.revocation;

import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.PlainText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.dldcaccess.revocation.AccountRevocationProcess.*;

/**
 * The leaver report form → a validated report, every problem named: a person of the reporter's own unit (unit
 * head) or agency (office), a reason the form offers, a handover already done, plain texts, and accounts left
 * to close.
 */
@Component
class LeaverReportInput {
    static final int MAX_TEXT = 200;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final OrganizationDirectory organization;
    private final AccountRegister accounts;
    private final RevocationRepository revocations;
    private final Clock clock;

    LeaverReportInput(OrganizationDirectory organization, AccountRegister accounts, RevocationRepository revocations,
                      Clock clock) {
        this.organization = organization;
        this.accounts = accounts;
        this.revocations = revocations;
        this.clock = clock;
    }

    /** What a valid report says: whose accounts close, why, since when, and which systems stay. */
    record LeaverReport(PersonInfo person, LeaveReason reason, LocalDate handover, String newPosition,
                        String newAgency, Set<AccountSystem> keep, List<AccountView> open) {
    }

    LeaverReport validate(Map<String, Object> in, Actor reporter) {
        List<String> problems = new ArrayList<>();
        PersonInfo person = person(in.get(PERSON.name()), reporter, problems);
        LeaveReason reason = null;
        try {
            reason = LeaveReason.valueOf(String.valueOf(PlainText.line(in.get(REASON.name()), 40)));
            if (reason == LeaveReason.REVIEW) {
                // only a unit head's review closes marked accounts; a report names a real change of post
                reason = null;
                throw new IllegalArgumentException("review");
            }
        } catch (IllegalArgumentException e) {
            problems.add("Lý do: vui lòng chọn");
        }
        LocalDate handover = null;
        try {
            handover = FormValues.date(in.get(HANDOVER.name()));
            if (handover == null) {
                problems.add("Ngày hoàn thành bàn giao: bắt buộc");
            } else if (handover.isAfter(LocalDate.now(clock.withZone(VN)))) {
                problems.add("Ngày hoàn thành bàn giao: không được sau ngày hôm nay (báo cáo khi đã bàn giao xong)");
            }
        } catch (DateTimeParseException e) {
            problems.add("Ngày hoàn thành bàn giao: " + FormValues.NOT_A_DATE);
        }
        String newPosition = text(in.get(NEW_POSITION.name()), "Vị trí mới", problems);
        String newAgency = text(in.get(NEW_AGENCY.name()), "Cơ quan mới", problems);
        if (reason == LeaveReason.POSITION_CHANGE && newPosition == null) {
            problems.add("Vị trí mới: bắt buộc khi thay đổi vị trí công tác");
        }
        if (reason == LeaveReason.TRANSFER && newAgency == null) {
            problems.add("Cơ quan mới: bắt buộc khi chuyển công tác");
        }
        Set<AccountSystem> keep = EnumSet.noneOf(AccountSystem.class);
        try {
            for (String s : FormValues.strings(in.get(KEEP_SYSTEMS.name()))) {
                try {
                    keep.add(AccountSystem.valueOf(s));
                } catch (IllegalArgumentException e) {
                    problems.add("Tài khoản giữ lại: không rõ hệ thống \"" + PlainText.line(s, 40) + "\"");
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add("Tài khoản giữ lại: " + e.getMessage());
        }
        if (!keep.isEmpty() && reason != null && !reason.mayKeep()) {
            problems.add("Tài khoản giữ lại: chỉ giữ được khi thay đổi vị trí trong cơ quan; " + reason.label().toLowerCase()
                    + " thì đóng mọi tài khoản");
        }
        List<AccountView> open = person == null ? List.of() : accounts.accountsOf(person.username()).stream()
                .filter(a -> a.status() != AccountStatus.CLOSED).toList();
        if (person != null && open.isEmpty()) {
            problems.add(person.fullName() + " không có tài khoản nào đang hoạt động trong sổ theo dõi: không có gì để đóng");
        } else if (!open.isEmpty() && open.stream().allMatch(a -> keep.contains(a.system()))) {
            problems.add("Mọi tài khoản đều được giữ lại: không có gì để đóng");
        }
        if (person != null && revocations.existsByOpenPerson(person.username())) {
            problems.add(person.fullName() + " đang có một báo cáo chưa hoàn tất; hãy hoàn tất báo cáo đó");
        }
        if (!problems.isEmpty()) {
            throw new RevocationException("Leaver report refused: " + problems.size(),
                    "Báo cáo chưa hợp lệ: " + String.join("; ", problems) + ".");
        }
        return new LeaverReport(person, reason, handover, newPosition, newAgency, keep, open);
    }

    /** The person reported: of the reporter's own unit (a unit head) or agency (the office; the admin stands in). */
    private PersonInfo person(Object raw, Actor reporter, List<String> problems) {
        String name;
        try {
            name = PlainText.line(raw, 64);
        } catch (IllegalArgumentException e) {
            problems.add("Người nghỉ / chuyển: " + e.getMessage());
            return null;
        }
        PersonInfo person = organization.person(name).orElse(null);
        if (person == null) {
            problems.add("Người nghỉ / chuyển: không có người có tên đăng nhập \"" + (name == null ? "" : name) + "\"");
            return null;
        }
        if (reporter.is(person.username())) {
            problems.add("Người nghỉ / chuyển: không ai tự báo cáo chính mình; lãnh đạo đơn vị hoặc Văn phòng báo cáo "
                    + "và quyết định tài khoản nào được giữ lại");
            return null;
        }
        if (!mayReport(reporter, person)) {
            problems.add("Người báo cáo: chỉ lãnh đạo đơn vị hoặc Văn phòng của cơ quan người đó mới báo cáo được");
            return null;
        }
        return person;
    }

    /** The person's unit head or agency office (the administrator standing in), never the person herself. */
    static boolean mayReport(Actor reporter, PersonInfo person) {
        return !reporter.is(person.username()) && (reporter.clerkOf(person.agencyCode())
                || (person.unitCode() != null && reporter.isHeadOf(person.unitCode())));
    }

    private static String text(Object raw, String label, List<String> problems) {
        try {
            return PlainText.line(raw, MAX_TEXT);
        } catch (IllegalArgumentException e) {
            problems.add(label + ": " + e.getMessage());
            return null;
        }
    }
}
