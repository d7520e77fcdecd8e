package vn.dldcaccess.notification;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dldcaccess.support.ProcessTestEngine;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.*;

@Deployment(resources = {"bpmn/mail-delivery.bpmn", "bpmn/task-digest.bpmn"})
class NotificationProcessTest {
    static final Mailer mailer = mock(Mailer.class);
    static final TaskDigest digest = mock(TaskDigest.class);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(Map.of(
            "sendMailDelegate", new NotificationDelegates.SendMail(mailer),
            "sendTaskDigestsDelegate", new NotificationDelegates.SendTaskDigests(digest),
            "notificationSchedule", new NotificationSchedule(new NotificationProperties(null, "0 0 7 * * ?", null))));

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        init(processEngine);
        reset(mailer, digest);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    void aFailedSendIsRetriedWithGrowingPausesAndNeverLost() throws Exception {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-11-25T09:00:00+07:00").toInstant()));
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("Process_MailDelivery", "MAIL-5",
                Map.of("notificationId", 5L));
        assertThat(pi).isWaitingAt("Task_SendMail");
        doThrow(new jakarta.mail.MessagingException("SMTP down")).doNothing().when(mailer).send(5L);

        Job first = job();
        assertThatThrownBy(() -> execute(first)).hasRootCauseMessage("SMTP down");
        verify(mailer).recordFailure(eq(5L), contains("SMTP down"));
        Job retried = managementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        // six pauses: 1 min, 5 min, 30 min, 2 h, 6 h, 12 h; then an incident, and the message is still in the outbox
        Assertions.assertThat(retried.getRetries()).isEqualTo(6);
        // the first pause is a minute, the next ones grow
        Assertions.assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), retried.getDuedate().toInstant()))
                .isEqualTo(Duration.ofMinutes(1));
        execute(retried);
        assertThat(pi).isEnded().hasPassed("EndEvent_MailSent");
        verify(mailer, times(2)).send(5L);
    }

    @Test
    void theDailyDigestGoesOutAtSevenEveryDay() {
        Job timer = managementService().createJobQuery().timers().singleResult();
        Assertions.assertThat(timer.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault()).getHour()).isEqualTo(7);
        when(digest.sendDigests()).thenReturn(3);
        execute(timer);
        verify(digest).sendDigests();
        Assertions.assertThat(historyService().createHistoricActivityInstanceQuery()
                .activityId("EndEvent_DigestsSent").count()).isEqualTo(1);
        // a cycle: the next day's timer is there
        Assertions.assertThat(managementService().createJobQuery().timers().count()).isEqualTo(1);
    }
}
