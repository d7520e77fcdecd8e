package vn.dldcaccess.revocation;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static vn.dldcaccess.revocation.AccountRevocationProcess.*;

/** What other features may ask of revocation: close accounts a review marked (one process per person). */
@Component
public class RevocationRequests {
    private final RuntimeService runtime;
    private final Clock clock;

    RevocationRequests(RuntimeService runtime, Clock clock) {
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Starts Process_AccountRevocation for these accounts of the person; refusals come back in Vietnamese. */
    public void closeAfterReview(String personUsername, List<Long> accountIds, String reporter) {
        runtime.startProcessInstanceByKey(KEY, Variables.createVariables()
                .putValue(REPORTER, reporter)
                .putValue("personUsername", personUsername)
                .putValue("leaveReason", LeaveReason.REVIEW.name())
                .putValue("handoverDate", LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).toString())
                .putValue("closeAccountIds", String.join(",", accountIds.stream().map(String::valueOf).toList())));
    }
}
