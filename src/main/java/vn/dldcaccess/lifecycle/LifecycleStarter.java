package vn.dldcaccess.lifecycle;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountClosed;
import vn.dldcaccess.account.AccountOpened;

import static vn.dldcaccess.lifecycle.AccountLifecycleProcess.*;

/**
 * One Process_AccountLifecycle per active account: started in the transaction that enters the account, ended
 * (Message_AccountClosed) in the one that closes it.
 */
@Component
class LifecycleStarter {
    private final RuntimeService runtime;

    LifecycleStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void onOpened(AccountOpened opened) {
        runtime.startProcessInstanceByKey(KEY, businessKey(opened.accountId()), Variables.createVariables()
                .putValue(ACCOUNT_ID.name(), opened.accountId()));
    }

    @EventListener
    void onClosed(AccountClosed closed) {
        runtime.createMessageCorrelation(MESSAGE_ACCOUNT_CLOSED).processInstanceBusinessKey(businessKey(closed.accountId()))
                .correlateAll();
    }
}
