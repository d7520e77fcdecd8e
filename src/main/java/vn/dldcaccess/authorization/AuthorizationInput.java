package vn.dldcaccess.authorization;

import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.PlainText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.dldcaccess.authorization.AuthorizationLetterProcess.*;

/**
 * The giấy ủy quyền form → validated terms, every problem named: the account is the holder's own active account
 * on the chosen system, the delegate a colleague of the same agency who is not away then, the period real days
 * from today on and within the limit, the texts plain text of the length the form shows.
 */
@Component
class AuthorizationInput {
    static final int MAX_DETAIL = 200;
    static final int MAX_TEXT = 2000;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final AccountRegister accounts;
    private final OrganizationDirectory organization;
    private final AuthorizationRepository authorizations;
    private final AuthorizationProperties properties;
    private final Clock clock;

    AuthorizationInput(AccountRegister accounts, OrganizationDirectory organization,
                       AuthorizationRepository authorizations, AuthorizationProperties properties, Clock clock) {
        this.accounts = accounts;
        this.organization = organization;
        this.authorizations = authorizations;
        this.properties = properties;
        this.clock = clock;
    }

    /** The terms of {@code holder}'s letter; {@code self} is the letter being corrected (null: a new one). */
    AuthorizationTerms validate(Map<String, Object> in, PersonInfo holder, Long self) {
        List<String> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(VN));
        AccountView account = account(in.get(ACCOUNT_SYSTEM.name()), holder, problems);
        PersonInfo delegate = delegate(in.get(DELEGATE.name()), holder, problems);
        LocalDate from = date(in.get(VALID_FROM.name()), "Từ ngày", problems);
        LocalDate to = date(in.get(VALID_TO.name()), "Đến ngày", problems);
        if (from != null && from.isBefore(today)) {
            problems.add("Từ ngày: không được trước ngày hôm nay");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add("Đến ngày: không được trước ngày bắt đầu");
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > properties.maxDays()) {
                problems.add("Thời hạn: không quá " + properties.maxDays() + " ngày");
            }
        }
        AuthorizationReason reason = null;
        try {
            reason = AuthorizationReason.valueOf(String.valueOf(PlainText.line(in.get(REASON.name()), 20)));
        } catch (IllegalArgumentException e) {
            problems.add("Lý do: vui lòng chọn");
        }
        String detail = text(in.get(REASON_DETAIL.name()), "Lý do khác", MAX_DETAIL, false, problems);
        if (reason == AuthorizationReason.KHAC && detail == null) {
            problems.add("Lý do: ghi rõ lý do khác");
        }
        String scope = text(in.get(SCOPE.name()), "Phạm vi ủy quyền", MAX_TEXT, true, problems);
        String holderDuties = text(in.get(HOLDER_DUTIES.name()), "Trách nhiệm của người ủy quyền", MAX_TEXT, true, problems);
        String delegateDuties = text(in.get(DELEGATE_DUTIES.name()), "Trách nhiệm của người được ủy quyền", MAX_TEXT,
                true, problems);
        if (problems.isEmpty()) {
            AuthorizationTerms terms = new AuthorizationTerms(account.id(), delegate.username(), from, to, reason,
                    detail, scope, holderDuties, delegateDuties);
            overlaps(terms, delegate, self, problems);
            if (problems.isEmpty()) {
                return terms;
            }
        }
        throw new AuthorizationException("Authorization refused: " + problems.size() + " problems",
                "Giấy ủy quyền chưa hợp lệ: " + String.join("; ", problems) + ".");
    }

    /** The holder's own active account on the chosen system (never another person's). */
    private AccountView account(Object raw, PersonInfo holder, List<String> problems) {
        AccountSystem system;
        try {
            system = AccountSystem.valueOf(String.valueOf(PlainText.line(raw, 40)));
        } catch (IllegalArgumentException e) {
            problems.add("Tài khoản: vui lòng chọn hệ thống");
            return null;
        }
        List<AccountView> mine = accounts.accountsOf(holder.username()).stream().filter(a -> a.system() == system).toList();
        Optional<AccountView> active = mine.stream().filter(a -> a.status() == AccountStatus.ACTIVE).findFirst();
        if (active.isPresent()) {
            return active.get();
        }
        problems.add(mine.stream().anyMatch(a -> a.status() == AccountStatus.SUSPENDED)
                ? "Tài khoản: tài khoản " + system.label() + " của Anh/Chị đang tạm khóa"
                : !mine.isEmpty() ? "Tài khoản: tài khoản " + system.label() + " của Anh/Chị đã đóng"
                : "Tài khoản: Anh/Chị không có tài khoản " + system.label() + " trong sổ theo dõi");
        return null;
    }

    private PersonInfo delegate(Object raw, PersonInfo holder, List<String> problems) {
        String name;
        try {
            name = PlainText.line(raw, 64);
        } catch (IllegalArgumentException e) {
            problems.add("Người được ủy quyền: " + e.getMessage());
            return null;
        }
        PersonInfo delegate = organization.person(name).orElse(null);
        if (name == null) {
            problems.add("Người được ủy quyền: bắt buộc");
        } else if (delegate == null || !delegate.agencyCode().equals(holder.agencyCode())) {
            problems.add("Người được ủy quyền: không có người có tên đăng nhập \"" + name + "\" trong cơ quan");
        } else if (delegate.username().equals(holder.username())) {
            problems.add("Người được ủy quyền: không được là chính người ủy quyền");
        } else {
            return delegate;
        }
        return null;
    }

    /** No two letters of one account at once; the delegate is not away themselves then. */
    private void overlaps(AuthorizationTerms terms, PersonInfo delegate, Long self, List<String> problems) {
        for (Authorization other : authorizations.findByAccountIdAndStatusIn(terms.accountId(),
                AuthorizationQueries.OPEN)) {
            if (!other.id().equals(self) && terms.overlaps(other.validFrom(), other.validTo())) {
                problems.add("Thời hạn: trùng với giấy ủy quyền số " + AuthorizationRecords.number(other)
                        + " (từ " + PdfDocuments.dmy(other.validFrom()) + " đến " + PdfDocuments.dmy(other.validTo()) + ")");
            }
        }
        for (Authorization away : authorizations.findByHolderUsernameAndStatusIn(delegate.username(),
                AuthorizationQueries.OPEN)) {
            if (terms.overlaps(away.validFrom(), away.validTo())) {
                problems.add("Người được ủy quyền: " + delegate.fullName() + " cũng vắng mặt từ "
                        + PdfDocuments.dmy(away.validFrom()) + " đến " + PdfDocuments.dmy(away.validTo()));
            }
        }
    }

    private static String text(Object raw, String label, int max, boolean required, List<String> problems) {
        try {
            String t = PlainText.paragraph(raw, max);
            if (t == null && required) {
                problems.add(label + ": bắt buộc");
            }
            return t;
        } catch (IllegalArgumentException e) {
            problems.add(label + ": " + e.getMessage());
            return null;
        }
    }

    private static LocalDate date(Object raw, String label, List<String> problems) {
        try {
            LocalDate d = FormValues.date(raw);
            if (d == null) {
                problems.add(label + ": bắt buộc");
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(label + ": " + FormValues.NOT_A_DATE);
            return null;
        }
    }
}
