package vn.dldcaccess.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param scheduleCycle when the schedule opens letters for agencies with waiting requests (cron or ISO cycle) */
@ConfigurationProperties("dldc.submission")
record SubmissionProperties(String scheduleCycle) {
}
