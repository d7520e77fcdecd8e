package vn.dldcaccess.authorization;

import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.shared.Wording;

import java.util.List;

/**
 * Finds what the authorization's services share: the letter a process step acts on, its account, its approvers
 * and people's names. Callers bring the transaction.
 */
@Component
class AuthorizationRecords {
    private final AuthorizationRepository authorizations;
    private final AccountRegister accounts;
    private final OrganizationDirectory organization;

    AuthorizationRecords(AuthorizationRepository authorizations, AccountRegister accounts,
                         OrganizationDirectory organization) {
        this.authorizations = authorizations;
        this.accounts = accounts;
        this.organization = organization;
    }

    /** The letter a step of its process acts on, by the process's business key. */
    Authorization get(String key) {
        return authorizations.findById(AuthorizationLetterProcess.authorizationId(key))
                .orElseThrow(() -> new AuthorizationException("No authorization " + key, Wording.of("authorization.notFound")));
    }

    static String number(Authorization a) {
        return AuthorizationLetterProcess.businessKey(a.id());
    }

    String name(String username) {
        return organization.person(username).map(PersonInfo::fullName).orElse(username);
    }

    AccountView account(Authorization a) {
        return accounts.account(a.accountId());
    }

    /**
     * Who approves: the heads of the holder's unit (their group); when the holder or the delegate is one of them, the
     * unit's other heads by name, or the agency office when none is left (issue 23).
     */
    Deciders approvers(Authorization a) {
        return organization.unitHeadsBut(a.unitCode(), a.agencyCode(), List.of(a.holderUsername(), a.delegateUsername()));
    }
}
