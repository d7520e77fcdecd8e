package vn.dldcaccess.lifecycle;

import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.shared.TaskSubject;

import java.util.Optional;

/** An account's password task: its holder and the account (system and log-in name), which is what she changes. */
@Component
class LifecycleTaskSubject implements TaskSubject {
    private final AccountRegister accounts;

    LifecycleTaskSubject(AccountRegister accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> subjectOf(String businessKey) {
        return AccountLifecycleProcess.BUSINESS_KEY.find(businessKey).map(accounts::account)
                .map(LifecycleTaskSubject::subject);
    }

    static String subject(AccountView a) {
        return a.holderName() + DASH + a.system().label() + " " + a.username();
    }
}
