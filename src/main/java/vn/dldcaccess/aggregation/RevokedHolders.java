package vn.dldcaccess.aggregation;

import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountSystem;

/**
 * The citizen id of the holder of a DLDC account to revoke, as PC06 identifies people (issue 21): the one her account
 * was entered with in the register. An account entered by hand without one: "(không có trong sổ)", and PC06 goes by
 * the name and the account.
 */
@Component
class RevokedHolders {
    static final String UNKNOWN = "(không có trong sổ)";
    private final AccountRegister accounts;

    RevokedHolders(AccountRegister accounts) {
        this.accounts = accounts;
    }

    String of(String holderUsername, String accountUsername) {
        return holderUsername == null ? UNKNOWN
                : accounts.holderCitizenId(holderUsername, AccountSystem.DLDC_TTHC, accountUsername).orElse(UNKNOWN);
    }
}
