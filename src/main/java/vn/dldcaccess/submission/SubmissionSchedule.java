package vn.dldcaccess.submission;

import org.springframework.stereotype.Component;

/** The timer start of Process_AgencySubmissionSchedule reads its cycle here ({@code ${submissionSchedule.cycle}}). */
@Component("submissionSchedule")
class SubmissionSchedule {
    private final SubmissionProperties properties;

    SubmissionSchedule(SubmissionProperties properties) {
        this.properties = properties;
    }

    public String getCycle() {
        return properties.scheduleCycle();
    }
}
