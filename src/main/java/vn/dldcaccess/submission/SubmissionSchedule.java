package vn.dldcaccess.submission;

import org.springframework.stereotype.Component;

/** The timer start of Process_AgencySubmissionSchedule reads its cycle here ({@code ${submissionSchedule.cycle}}). */
@Component("submissionSchedule")
public class SubmissionSchedule {
    private final SubmissionProperties properties;

    SubmissionSchedule(SubmissionProperties properties) {
        this.properties = properties;
    }

    public String cycle() {
        return properties.scheduleCycle();
    }
}
