package vn.dldcaccess.authorization;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountClosed;
import vn.dldcaccess.shared.Messages;

import java.util.Collection;
import java.util.List;

import static vn.dldcaccess.authorization.AuthorizationLetterProcess.*;

/**
 * What other features may do to authorizations: end every open one of a holder who leaves (revocation), and
 * of an account that closes. Each process hears Message_AuthorizationCancelled once.
 */
@Component
public class AuthorizationLetters {
    private final AuthorizationQueries authorizations;
    private final RuntimeService runtime;

    AuthorizationLetters(AuthorizationQueries authorizations, RuntimeService runtime) {
        this.authorizations = authorizations;
        this.runtime = runtime;
    }

    @Transactional
    public int cancelAllOf(String holderUsername, String reason) {
        int n = 0;
        for (long id : authorizations.openOfHolder(holderUsername)) {
            n += cancel(id, reason);
        }
        return n;
    }

    /** Open authorizations (requested, approved, active) of these accounts, for the account pages. */
    @Transactional(readOnly = true)
    public List<AuthorizationView> openOf(Collection<Long> accountIds) {
        return authorizations.views(accountIds);
    }

    /** The letters naming this person as the delegate, newest first (her "Hồ sơ của tôi" lists them too). */
    @Transactional(readOnly = true)
    public List<Long> namingDelegate(String username, int limit) {
        return authorizations.namingDelegate(username, limit);
    }

    @EventListener
    void onAccountClosed(AccountClosed closed) {
        for (long id : authorizations.openOfAccount(closed.accountId())) {
            cancel(id, Messages.text("authorization.cancel.accountClosed"));
        }
    }

    private int cancel(long id, String reason) {
        return runtime.createMessageCorrelation(MESSAGE_CANCELLED).processInstanceBusinessKey(businessKey(id))
                .setVariable(CANCEL_REASON.name(), reason).correlateAllWithResult().size();
    }
}
