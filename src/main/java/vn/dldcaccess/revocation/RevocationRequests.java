package vn.dldcaccess.revocation;

import vn.dldcaccess.organization.Actor;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import java.util.List;

import static vn.dldcaccess.revocation.AccountRevocationProcess.*;

/** What other features may ask of revocation: close accounts a review marked (one process per person). */
@Component
public class RevocationRequests {
    private final RuntimeService runtime;
    private final RevocationService revocations;

    RevocationRequests(RuntimeService runtime, RevocationService revocations) {
        this.runtime = runtime;
        this.revocations = revocations;
    }

    /**
     * Closes these accounts of the person (a unit head marked them in a review): the report is recorded now, by
     * the reporter logged in, and its process starts with the report's business key; refusals come back in
     * Vietnamese.
     */
    public void closeAfterReview(String personUsername, List<Long> accountIds, Actor reporter) {
        long id = revocations.afterReview(personUsername, accountIds, reporter);
        runtime.startProcessInstanceByKey(KEY, AccountRevocationProcess.businessKey(id));
    }
}
