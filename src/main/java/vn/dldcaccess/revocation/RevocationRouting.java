package vn.dldcaccess.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Who closes each account, from its item of the report (bpmn: {@code ${revocationRouting.administrators(execution)}}). */
@Component("revocationRouting")
public class RevocationRouting {
    private final RevocationService revocations;

    RevocationRouting(RevocationService revocations) {
        this.revocations = revocations;
    }

    public String administrators(DelegateExecution execution) {
        return revocations.administratorsGroup(execution.getProcessBusinessKey(), RevocationDelegates.itemId(execution));
    }
}
