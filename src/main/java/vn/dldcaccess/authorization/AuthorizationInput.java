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
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.PlainText;
import vn.dldcaccess.shared.Wording;

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
        LocalDate from = date(in.get(VALID_FROM.name()), Messages.text("authorization.validFrom.label"), problems);
        LocalDate to = date(in.get(VALID_TO.name()), Messages.text("authorization.validTo.label"), problems);
        if (from != null && from.isBefore(today)) {
            problems.add(Messages.text("authorization.validFrom.past"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add(Messages.text("authorization.validTo.beforeStart"));
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > properties.maxDays()) {
                problems.add(Messages.text("authorization.period.tooLong", properties.maxDays()));
            }
        }
        AuthorizationReason reason = null;
        try {
            reason = AuthorizationReason.valueOf(String.valueOf(PlainText.line(in.get(REASON.name()), 20)));
        } catch (IllegalArgumentException e) {
            problems.add(Messages.text("authorization.reason.required"));
        }
        String detail = text(in.get(REASON_DETAIL.name()), Messages.text("authorization.reasonDetail.label"), MAX_DETAIL, false, problems);
        if (reason == AuthorizationReason.KHAC && detail == null) {
            problems.add(Messages.text("authorization.reasonDetail.required"));
        }
        String scope = text(in.get(SCOPE.name()), Messages.text("authorization.scope.label"), MAX_TEXT, true, problems);
        String holderDuties = text(in.get(HOLDER_DUTIES.name()), Messages.text("authorization.holderDuties.label"), MAX_TEXT, true, problems);
        String delegateDuties = text(in.get(DELEGATE_DUTIES.name()), Messages.text("authorization.delegateDuties.label"), MAX_TEXT,
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
                Wording.of("authorization.letter.invalid", String.join("; ", problems)));
    }

    /** The holder's own active account on the chosen system (never another person's). */
    private AccountView account(Object raw, PersonInfo holder, List<String> problems) {
        AccountSystem system;
        try {
            system = AccountSystem.valueOf(String.valueOf(PlainText.line(raw, 40)));
        } catch (IllegalArgumentException e) {
            problems.add(Messages.text("authorization.account.systemRequired"));
            return null;
        }
        List<AccountView> mine = accounts.accountsOf(holder.username()).stream().filter(a -> a.system() == system).toList();
        Optional<AccountView> active = mine.stream().filter(a -> a.status() == AccountStatus.ACTIVE).findFirst();
        if (active.isPresent()) {
            return active.get();
        }
        problems.add(mine.stream().anyMatch(a -> a.status() == AccountStatus.SUSPENDED)
                ? Messages.text("authorization.account.suspended", system.label())
                : !mine.isEmpty() ? Messages.text("authorization.account.closed", system.label())
                : Messages.text("authorization.account.none", system.label()));
        return null;
    }

    private PersonInfo delegate(Object raw, PersonInfo holder, List<String> problems) {
        String name;
        try {
            name = PlainText.line(raw, 64);
        } catch (IllegalArgumentException e) {
            problems.add(Messages.text("authorization.delegate.invalid", e.getMessage()));
            return null;
        }
        PersonInfo delegate = organization.person(name).orElse(null);
        if (name == null) {
            problems.add(Messages.text("authorization.delegate.required"));
        } else if (delegate == null || !delegate.agencyCode().equals(holder.agencyCode())) {
            problems.add(Messages.text("authorization.delegate.unknown", name));
        } else if (delegate.username().equals(holder.username())) {
            problems.add(Messages.text("authorization.delegate.self"));
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
                problems.add(Messages.text("authorization.period.overlaps", AuthorizationRecords.number(other),
                        PdfDocuments.dmy(other.validFrom()), PdfDocuments.dmy(other.validTo())));
            }
        }
        for (Authorization away : authorizations.findByHolderUsernameAndStatusIn(delegate.username(),
                AuthorizationQueries.OPEN)) {
            if (terms.overlaps(away.validFrom(), away.validTo())) {
                problems.add(Messages.text("authorization.delegate.away", delegate.fullName(),
                        PdfDocuments.dmy(away.validFrom()), PdfDocuments.dmy(away.validTo())));
            }
        }
    }

    private static String text(Object raw, String label, int max, boolean required, List<String> problems) {
        try {
            String t = PlainText.paragraph(raw, max);
            if (t == null && required) {
                problems.add(Messages.text("authorization.field.required", label));
            }
            return t;
        } catch (IllegalArgumentException e) {
            problems.add(Messages.text("authorization.field.invalid", label, e.getMessage()));
            return null;
        }
    }

    private static LocalDate date(Object raw, String label, List<String> problems) {
        try {
            LocalDate d = FormValues.date(raw);
            if (d == null) {
                problems.add(Messages.text("authorization.field.required", label));
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(Messages.text("authorization.field.invalid", label, FormValues.notADate()));
            return null;
        }
    }
}
