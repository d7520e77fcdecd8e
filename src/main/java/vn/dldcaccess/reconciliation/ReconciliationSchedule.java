package vn.dldcaccess.reconciliation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.AgencyKind;
import vn.dldcaccess.organization.OrganizationDirectory;

import java.util.List;

/**
 * Process_ReconciliationSchedule (bpmn/reconciliation-schedule.bpmn): nobody has to remember to reconcile official
 * e-mail. On its cycle, the mail directory is read once and each agency's mailboxes compared with the register, a run
 * per agency by "Hệ thống (tự động)", its differences the agency office's work as for a run the office starts. No mail
 * directory configured: nothing.
 */
public final class ReconciliationSchedule {
    private ReconciliationSchedule() {
    }

    /** The timer's cycle, read when the process is deployed. */
    @Component("reconciliationSchedule")
    public static class Cycle {
        private final ReconciliationScheduleProperties properties;

        Cycle(ReconciliationScheduleProperties properties) {
            this.properties = properties;
        }

        public String mailDirectory() {
            return properties.mailDirectoryCycle();
        }
    }

    /** Task_ReconcileMailDirectory. */
    @Component("reconcileMailDirectoryDelegate")
    static class ReconcileMailDirectory implements JavaDelegate {
        private static final Logger log = LoggerFactory.getLogger(ReconcileMailDirectory.class);
        private final ReconciliationRuns runs;
        private final MailDirectoryProperties directory;
        private final OrganizationDirectory organization;

        ReconcileMailDirectory(ReconciliationRuns runs, MailDirectoryProperties directory,
                               OrganizationDirectory organization) {
            this.runs = runs;
            this.directory = directory;
            this.organization = organization;
        }

        @Override
        public void execute(DelegateExecution execution) {
            if (!directory.enabled()) {
                execution.setVariable("reconciledAgencies", 0L);
                return;
            }
            List<String> agencies = organization.agencies(AgencyKind.AGENCY).stream().map(AgencyInfo::code).toList();
            long done = 0;
            try {
                done = runs.runFromDirectoryForEach(agencies, Actor.system());
            } catch (ReconciliationException e) {
                // a directory away: tonight's runs are left out, tomorrow's try again (the log and the page say why)
                log.warn("Scheduled mail directory reconciliation not run: {}", e.getMessage());
            }
            execution.setVariable("reconciledAgencies", done);
        }
    }
}
