package vn.dldcaccess.aggregation;

import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.shared.Messages;

/**
 * The citizen id of the holder of a DLDC account to revoke, as PC06 identifies people (issue 21): the one her account
 * was entered with in the register. An account entered by hand without one: "(không có trong sổ)", and PC06 goes by
 * the name and the account.
 */
@Component
class RevokedHolders {
    /** What the letter shows for a holder whose citizen id the register does not know (compared within a run only). */
    static String unknown() {
        return Messages.text("aggregation.revocation.citizenIdUnknown");
    }

    private final AccountRegister accounts;

    RevokedHolders(AccountRegister accounts) {
        this.accounts = accounts;
    }

    String of(String holderUsername, String accountUsername) {
        return holderUsername == null ? unknown()
                : accounts.holderCitizenId(holderUsername, AccountSystem.DLDC_TTHC, accountUsername).orElseGet(
                        RevokedHolders::unknown);
    }
}
