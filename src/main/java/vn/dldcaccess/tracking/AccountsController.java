package vn.dldcaccess.tracking;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.authorization.AuthorizationLetters;
import vn.dldcaccess.authorization.AuthorizationView;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.security.WebAccess;
import vn.dldcaccess.shared.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Accounts with their last password change, next due date, whether it is overdue, and the authorizations on
 * them: a person sees their own; the agency office (its agency), the aggregator and admins see an agency's; the
 * TTHC administrators every DLDC account (they provision and close them).
 */
@RestController
class AccountsController {
    private final AccountRegister accounts;
    private final AuthorizationLetters authorizations;
    private final CurrentUser currentUser;

    private final OrganizationDirectory organization;

    AccountsController(AccountRegister accounts, AuthorizationLetters authorizations, CurrentUser currentUser,
                       OrganizationDirectory organization) {
        this.organization = organization;
        this.accounts = accounts;
        this.authorizations = authorizations;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/accounts")
    ResponseEntity<?> list(@RequestParam(required = false) String agency, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return WebAccess.loginRequired();
        }
        List<AccountView> found;
        // the TTHC administrators provision and close every DLDC account: those are theirs to follow
        boolean tthcAdmin = user.get().inGroup(Groups.TTHC_ADMINS);
        if (agency == null || agency.isBlank()) {
            found = tthcAdmin ? accounts.accountsOnSystem(AccountSystem.DLDC_TTHC) : accounts.accountsOf(user.get().id());
        } else if (WebAccess.seesAgency(user.get(), agency)) {
            found = new java.util.ArrayList<>(accounts.accountsOfAgency(agency));
            // the agencies merged into it (issue 22 part 2): the accounts they closed before are part of its past
            organization.formerlyOf(agency.strip()).forEach(f -> found.addAll(accounts.accountsOfAgency(f)));
        } else if (tthcAdmin) {
            found = accounts.accountsOnSystem(AccountSystem.DLDC_TTHC).stream()
                    .filter(a -> agency.strip().equals(a.agencyCode())).toList();
        } else {
            return WebAccess.forbidden(Messages.text("tracking.accounts.officeOnly"));
        }
        Map<Long, List<AuthorizationView>> byAccount = authorizations.openOf(found.stream().map(AccountView::id).toList())
                .stream().collect(Collectors.groupingBy(AuthorizationView::accountId));
        return ResponseEntity.ok(found.stream().map(a -> row(a, byAccount.getOrDefault(a.id(), List.of()))).toList());
    }

    private static Map<String, Object> row(AccountView a, List<AuthorizationView> auths) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("system", a.system().label());
        m.put("username", a.username());
        m.put("holder", a.holderName());
        m.put("unitCode", a.unitCode());
        m.put("grantedOn", PdfDocuments.dmy(a.grantedOn()));
        m.put("status", a.status().label());
        m.put("passwordChangedOn", a.passwordChangedOn() == null ? "" : PdfDocuments.dmy(a.passwordChangedOn()));
        // a closed account has no password to change any more
        boolean closed = a.status() == AccountStatus.CLOSED;
        m.put("passwordDueOn", closed ? "" : PdfDocuments.dmy(a.passwordDueOn()));
        m.put("passwordOverdue", !closed && a.passwordOverdue());
        m.put("authorizations", auths.stream().map(z -> Map.of("number", z.number(), "delegate", z.delegateName(),
                "from", PdfDocuments.dmy(z.validFrom()), "to", PdfDocuments.dmy(z.validTo()), "status", z.statusLabel()))
                .toList());
        return m;
    }
}
