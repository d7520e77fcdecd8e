package vn.dldcaccess.revocation;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dldcaccess.aggregation.Pc06RevocationConfirmed;

import static vn.dldcaccess.revocation.AccountRevocationProcess.*;

/** PC06's confirmation reaches the one account instance waiting for it (Message_Pc06RevocationConfirmed). */
@Component
class Pc06Confirmations {
    private final RuntimeService runtime;

    Pc06Confirmations(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * The waiting executions of that revocation; the one whose loop element is this item receives it (the element
     * variable sits on a parent of the waiting execution, so a local-variable correlation cannot find it).
     */
    @EventListener
    void onConfirmed(Pc06RevocationConfirmed confirmed) {
        for (Execution waiting : runtime.createExecutionQuery().processInstanceBusinessKey(confirmed.reference())
                .messageEventSubscriptionName(MESSAGE_PC06_CONFIRMED).list()) {
            Object item = runtime.getVariable(waiting.getId(), ITEM_ID.name());
            if (item instanceof Number n && n.longValue() == confirmed.revocationItemId()) {
                runtime.messageEventReceived(MESSAGE_PC06_CONFIRMED, waiting.getId());
            }
        }
    }
}
