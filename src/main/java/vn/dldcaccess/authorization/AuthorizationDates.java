package vn.dldcaccess.authorization;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Date;

/** Timer dates of Process_AuthorizationLetter, read by its timer expressions (hence public). */
@Component("authorizationDates")
public class AuthorizationDates {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final AuthorizationTaskView authorizations;

    AuthorizationDates(AuthorizationTaskView authorizations) {
        this.authorizations = authorizations;
    }

    /** Timer_AuthorizationStarts: the first day, 00:00 in Vietnam. */
    public Date start(DelegateExecution execution) {
        return Date.from(authorizations.validFrom(execution.getProcessBusinessKey()).atStartOfDay(VN).toInstant());
    }

    /** Timer_AuthorizationEnds: the end of the last day. */
    public Date end(DelegateExecution execution) {
        return Date.from(authorizations.validTo(execution.getProcessBusinessKey()).plusDays(1).atStartOfDay(VN).toInstant());
    }
}
