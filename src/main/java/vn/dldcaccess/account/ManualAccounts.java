package vn.dldcaccess.account;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.shared.PlainText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.shared.Wording;

import java.time.LocalDate;
import java.util.EnumSet;

/** Accounts the agency office records by hand: iOffice and official e-mail, for people of its own agency. */
@Service
@Transactional
class ManualAccounts {
    static final EnumSet<AccountSystem> BY_HAND = EnumSet.of(AccountSystem.IOFFICE, AccountSystem.OFFICIAL_EMAIL);

    private final AccountRegister register;
    private final OrganizationDirectory organization;

    ManualAccounts(AccountRegister register, OrganizationDirectory organization) {
        this.register = register;
        this.organization = organization;
    }

    /** The office logged in records an account of a person of its own agency (the entity checks it again). */
    AccountView record(Actor clerk, String systemText, String holderText, String username, LocalDate grantedOn) {
        if (!clerk.has(Role.AGENCY_OFFICE) && !clerk.admin()) {
            throw new AccountException("Not an agency office: " + clerk.username(),
                    Wording.of("account.manual.notOffice"));
        }
        AccountSystem system;
        try {
            system = AccountSystem.valueOf(systemText == null ? "" : systemText.strip());
        } catch (IllegalArgumentException e) {
            throw new AccountException("Unknown system", Wording.of("account.manual.system"));
        }
        if (!BY_HAND.contains(system)) {
            throw new AccountException("System " + system + " is not recorded by hand",
                    Wording.of("account.manual.dldcNotByHand"));
        }
        String holderName;
        try {
            holderName = PlainText.line(holderText, 64);
        } catch (IllegalArgumentException e) {
            throw new AccountException("Holder refused", Wording.of("account.manual.holderInvalid", e.getMessage()));
        }
        PersonInfo holder = organization.person(holderName)
                .filter(p -> clerk.admin() || p.agencyCode().equals(clerk.agencyCode()))
                .orElseThrow(() -> new AccountException("Holder not in the clerk's agency",
                        Wording.of("account.manual.holderUnknown", holderName)));
        return register.open(new NewAccount(system, username, holder.username(), holder.fullName(), null,
                holder.agencyCode(), holder.unitCode(), grantedOn, null), clerk);
    }
}
