package vn.dldcaccess.reconciliation;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.TestOrganization;
import vn.dldcaccess.support.ProcessTestEngine;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

/**
 * Issue 22: Process_ReconciliationSchedule reconciles every agency's official e-mail with the mail directory on its
 * own, by the application; nothing without a mail directory; a directory away leaves tonight's runs out.
 */
@Deployment(resources = "bpmn/reconciliation-schedule.bpmn")
class ReconciliationScheduleProcessTest {
    static final ReconciliationRuns runs = mock(ReconciliationRuns.class);
    static final MailDirectoryProperties configured = new MailDirectoryProperties("ldap://mail.angiang.gov.vn", "ou=people",
            "(mail=*)", null, null, "mail", "uid", null, Duration.ofSeconds(2));
    static final MailDirectoryProperties none = new MailDirectoryProperties(null, null, "(mail=*)", null, null, "mail",
            "uid", null, Duration.ofSeconds(2));
    static final ReconciliationSchedule.ReconcileMailDirectory delegate =
            new ReconciliationSchedule.ReconcileMailDirectory(runs, configured, TestOrganization.demo());

    static org.camunda.bpm.engine.delegate.JavaDelegate current = delegate;

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(Map.of(
            "reconciliationSchedule", new ReconciliationSchedule.Cycle(new ReconciliationScheduleProperties(null)),
            // the same delegate class, with the directory configured or not as each test says
            "reconcileMailDirectoryDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) e -> current.execute(e)));

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        init(processEngine);
        reset(runs);
        current = delegate;
    }

    void fire() {
        execute(managementService().createJobQuery().processDefinitionKey("Process_ReconciliationSchedule")
                .singleResult());
    }

    @Test
    void nightlyEveryAgencyIsReconciledByTheApplication() {
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().processDefinitionKey("Process_ReconciliationSchedule")
                .singleResult().getDuedate()).isNotNull();
        when(runs.runFromDirectoryForEach(any(), any())).thenReturn(2L);
        fire();
        verify(runs).runFromDirectoryForEach(List.of("SLDTBXH", "STP"), Actor.system());
        org.assertj.core.api.Assertions.assertThat(historyService().createHistoricActivityInstanceQuery()
                .activityId("EndEvent_MailDirectoryReconciled").finished().count()).isEqualTo(1);
    }

    @Test
    void aDirectoryAwayLeavesTonightOutAndNoMailDirectoryDoesNothing() {
        when(runs.runFromDirectoryForEach(any(), any())).thenThrow(new ReconciliationException("away",
                vn.dldcaccess.shared.Wording.of("reconciliation.mailDirectory.unreadable")));
        fire();
        verify(runs).runFromDirectoryForEach(any(), any());
        reset(runs);
        current = new ReconciliationSchedule.ReconcileMailDirectory(runs, none, TestOrganization.demo());
        fire();
        verifyNoInteractions(runs);
    }
}
