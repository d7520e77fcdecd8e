package vn.dldcaccess.revocation;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.support.DemoPeople;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dldcaccess.aggregation.LetterIntake;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.support.ProcessTestEngine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static vn.dldcaccess.support.ProcessTestEngine.at;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

@Deployment(resources = {"bpmn/account-revocation.bpmn", "bpmn/pending-closures-digest.bpmn", "forms/leaver-report.form",
        "forms/close-account.form"})
class AccountRevocationProcessTest {
    static final RevocationService service = mock(RevocationService.class);
    static final RevocationClosings closings = mock(RevocationClosings.class);
    static final RevocationReminders reminders = mock(RevocationReminders.class);
    static final RevocationNotice notice = mock(RevocationNotice.class);
    static final LetterIntake aggregator = mock(LetterIntake.class);
    static final LeaverReportInput input = mock(LeaverReportInput.class);
    static final MailDirectoryClosing mailDirectory = mock(MailDirectoryClosing.class);
    /** The steps here run as the office (the service is a mock: the entities' guards are tested on their own). */
    static final Actor OFFICE = DemoPeople.actor("ldtb.vp");

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(Map.ofEntries(
            Map.entry("recordLeaverDelegate", new RevocationDelegates.RecordLeaver(service, input, DemoPeople.actors())),
            Map.entry("revocationRouting", new RevocationRouting(closings)),
            Map.entry("prepareCloseAccountDelegate", new RevocationDelegates.PrepareCloseAccount(closings, mailDirectory)),
            Map.entry("recordAccountClosedDelegate", new RevocationDelegates.RecordAccountClosed(closings,
                    DemoPeople.actors())),
            Map.entry("closeInMailDirectoryDelegate", new RevocationDelegates.CloseInMailDirectory(closings, mailDirectory)),
            Map.entry("requestPc06RevocationDelegate", new RevocationDelegates.RequestPc06Revocation(closings, aggregator)),
            Map.entry("remindClosingAdministratorsDelegate", new RevocationDelegates.RemindAdministrators(reminders)),
            Map.entry("escalateOverdueClosureDelegate", new RevocationDelegates.EscalateOverdue(reminders)),
            Map.entry("issueClosureNoticeDelegate", new RevocationDelegates.IssueNotice(notice)),
            Map.entry("sendPendingClosuresDigestDelegate", new RevocationDelegates.SendPendingClosuresDigest(reminders)),
            Map.entry("pendingClosuresSchedule", new PendingClosuresSchedule(new RevocationProperties(5, false, 2, "0 30 7 * * ?"))),
            Map.entry("revocationDates", new RevocationSchedule(closings, new RevocationProperties(5, false, 2, null)))));

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        init(processEngine);
        reset(service, closings, reminders, notice, aggregator, input, mailDirectory);
        // handover Monday 09/02/2026 + 5 calendar days = Saturday 14/02, the first day of Tết 2026
        when(service.report(any(), eq(OFFICE))).thenReturn(new RevocationService.Opened("TH-4", List.of(41L, 42L),
                LocalDate.of(2026, 2, 14), "tóm tắt"));
        when(closings.closers("TH-4", 41L)).thenReturn(DemoPeople.group("tthc-admins"));
        when(closings.closers("TH-4", 42L)).thenReturn(DemoPeople.group("office-SLDTBXH"));
        when(closings.deadline("TH-4")).thenReturn(LocalDate.of(2026, 2, 14));
        when(closings.item("TH-4", 41L)).thenReturn(new RevocationClosings.ItemInfo(4L, 41L, "tthc-admins", "DLDC huongnt", true));
        when(closings.item("TH-4", 42L)).thenReturn(new RevocationClosings.ItemInfo(4L, 42L, "office-SLDTBXH", "iOffice huongnt.io", false));
        when(notice.issueNotice(eq("TH-4"), anyString())).thenReturn(new DocumentRef(50L, DocumentKind.CLOSURE_NOTICE,
                "thong-bao.pdf", "ab"));
        ClockUtil.setCurrentTime(at("2026-02-09T10:00:00+07:00"));
        processEngine.getIdentityService().setAuthenticatedUserId("ldtb.vp");
    }

    @AfterEach
    void tearDown() {
        processEngine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
    }


    @Test
    void everyMorningTheOfficesHearOfPendingClosures() {
        Job timer = managementService().createJobQuery().processDefinitionKey("Process_PendingClosuresDigest").singleResult();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(at("2026-02-10T07:30:00+07:00"));
        when(reminders.sendPendingDigests()).thenReturn(2);
        execute(timer);
        verify(reminders).sendPendingDigests();
        Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().activityId("EndEvent_ClosuresDigestSent")
                .count()).isEqualTo(1);
    }

    @Test
    void theDeadlineCountsCalendarDaysOrWorkingDaysAcrossTet() {
        // handover Friday 13/02/2026, just before Tết (16-20/02)
        RevocationService calendarDays = new RevocationService(null, null, null, null, ProcessTestEngine.workingDays(),
                new RevocationProperties(5, false, 2, null), null, null, null, null, null);
        RevocationService workingDays = new RevocationService(null, null, null, null, ProcessTestEngine.workingDays(),
                new RevocationProperties(5, true, 2, null), null, null, null, null, null);
        Assertions.assertThat(calendarDays.deadlineFor(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 18));
        Assertions.assertThat(workingDays.deadlineFor(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 27));
        // a handover on a Saturday counts from the next working day
        Assertions.assertThat(workingDays.deadlineFor(LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    ProcessInstance report() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("Process_AccountRevocation",
                Map.of("personUsername", "ldtb.cv1"));
        // the iOffice account is closed at once; the DLDC account waits for PC06 through the aggregator
        assertThat(pi).isWaitingAt("Task_CloseAccount", "Event_Pc06RevocationConfirmed");
        return pi;
    }

    Task taskFor(String group) {
        return taskService().createTaskQuery().taskCandidateGroup(group).singleResult();
    }

    /** As {@link Pc06Confirmations} does when the aggregator records PC06's confirmation. */
    void pc06Confirms(ProcessInstance pi) {
        new Pc06Confirmations(runtimeService()).onConfirmed(
                new vn.dldcaccess.aggregation.Pc06RevocationConfirmed(41L, "TH-4"));
    }

    @Test
    void eachAccountIsClosedByItsSystemsAdministratorsThenTheNoticeIsIssued() {
        vn.dldcaccess.aggregation.Pc06RevocationRequest request = new vn.dldcaccess.aggregation.Pc06RevocationRequest(
                41L, "TH-4", "SLDTBXH", "ldtb.cv1", "Nguyễn Thị Hường", "huongnt", "Nghỉ hưu");
        when(closings.pc06Request("TH-4", 41L)).thenReturn(request);
        ProcessInstance pi = report();
        Assertions.assertThat(pi.getBusinessKey()).isEqualTo("TH-4");
        verify(aggregator).receiveRevocation(request);
        Assertions.assertThat(taskFor("tthc-admins")).isNull();
        pc06Confirms(pi);
        Task dldc = taskFor("tthc-admins");
        Task ioffice = taskFor("office-SLDTBXH");
        // issue 21: each closing is due, in the Tasklist, at the end of the deadline's day (handover + 05 ngày)
        Assertions.assertThat(List.of(dldc.getDueDate(), ioffice.getDueDate())).containsOnly(at("2026-02-14T17:00+07:00"));
        Assertions.assertThat(taskService().getVariable(dldc.getId(), "closeSummary")).isEqualTo("DLDC huongnt");
        Assertions.assertThat(taskService().getVariable(ioffice.getId(), "closeSummary")).isEqualTo("iOffice huongnt.io");

        when(closings.recordClosed(eq("TH-4"), eq(41L), any(), any())).thenReturn(true);
        taskService().complete(dldc.getId(), Map.of("closedOn", "2026-02-10"));
        verify(closings).recordClosed("TH-4", 41L, "2026-02-10", OFFICE);
        assertThat(pi).isWaitingAt("Task_CloseAccount");

        when(closings.recordClosed(eq("TH-4"), eq(42L), any(), any())).thenReturn(true);
        taskService().complete(ioffice.getId(), Map.of("closedOn", "2026-02-11"));
        verify(notice).issueNotice("TH-4", pi.getId());
        // each instance kept its own date
        verify(closings).recordClosed("TH-4", 42L, "2026-02-11", OFFICE);
        assertThat(pi).isEnded().hasPassed("Task_IssueClosureNotice", "EndEvent_AccountsClosed");
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void anAdministratorsOwnAccountIsClosedByTheOthersNamed() {
        // issue 23: the person leaving is one of the TTHC administrators and one of the office
        when(closings.closers("TH-4", 41L)).thenReturn(DemoPeople.named("tthc.qt2"));
        when(closings.closers("TH-4", 42L)).thenReturn(DemoPeople.named("ldtb.vp2"));
        ProcessInstance pi = report();
        pc06Confirms(pi);
        Assertions.assertThat(taskService().createTaskQuery().taskCandidateUser("tthc.qt2").list()).hasSize(1);
        Assertions.assertThat(taskService().createTaskQuery().taskCandidateUser("ldtb.vp2").list()).hasSize(1);
        Assertions.assertThat(taskFor("tthc-admins")).isNull();
        Assertions.assertThat(taskFor("office-SLDTBXH")).isNull();
    }

    @Test
    void aWrongClosingDateIsRefusedAndTheTaskStays() {
        ProcessInstance pi = report();
        pc06Confirms(pi);
        when(closings.recordClosed(eq("TH-4"), eq(41L), any(), any())).thenThrow(new RevocationException("future",
                vn.dldcaccess.shared.Wording.of("revocation.closedOn.inFuture")));
        Task dldc = taskFor("tthc-admins");
        assertThatThrownBy(() -> taskService().complete(dldc.getId(), Map.of("closedOn", "2099-01-01")))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Ngày đóng tài khoản: không được sau ngày hôm nay.");
        Assertions.assertThat(taskService().createTaskQuery().taskId(dldc.getId()).count()).isEqualTo(1);
        assertThat(pi).isWaitingAt("Task_CloseAccount");
    }

    @Test
    void aRefusedReportStartsNothing() {
        when(service.report(any(), eq(OFFICE))).thenThrow(new RevocationException("none",
                vn.dldcaccess.shared.Wording.of("revocation.report.refused", "Nguyễn Thị Hường không có tài khoản nào "
                        + "đang hoạt động trong sổ theo dõi")));
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("Process_AccountRevocation", Map.of()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("không có tài khoản nào");
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void remindersTwoDaysBeforeTheDeadlineThenEscalationsFromItDaily() {
        ProcessInstance pi = report();
        List<Job> timers = managementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .orderByJobDuedate().asc().list();
        // deadline Saturday 14/02 (calendar days, letter 2932 says "05 ngày"): reminder Thursday 12/02 08:00
        Assertions.assertThat(timers).extracting(Job::getDuedate).containsExactly(at("2026-02-12T08:00:00+07:00"),
                at("2026-02-14T08:00:00+07:00"));
        ClockUtil.setCurrentTime(timers.get(0).getDuedate());
        execute(timers.get(0));
        verify(reminders).remindAdministrators("TH-4");
        ClockUtil.setCurrentTime(timers.get(1).getDuedate());
        execute(timers.get(1));
        Job next = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        Assertions.assertThat(next.getDuedate()).isEqualTo(at("2026-02-15T08:00:00+07:00"));
        ClockUtil.setCurrentTime(next.getDuedate());
        execute(next);
        verify(reminders, times(2)).escalateOverdue("TH-4");
        assertThat(pi).hasPassed("EndEvent_AdministratorsReminded", "EndEvent_OverdueEscalated")
                .isWaitingAt("Task_CloseAccount");
    }

    /** Issue 22: a report whose one account is an official e-mail address (item 43), the directory tried first. */
    ProcessInstance reportMail() {
        ProcessInstance pi = startMail();
        // the directory is tried after the report is saved, never within the office's submission
        assertThat(pi).isWaitingAt("Task_CloseInMailDirectory");
        execute(managementService().createJobQuery().processInstanceId(pi.getId()).messages().singleResult());
        return pi;
    }

    ProcessInstance startMail() {
        when(service.report(any(), eq(OFFICE))).thenReturn(new RevocationService.Opened("TH-4", List.of(43L),
                LocalDate.of(2026, 2, 14), "tóm tắt"));
        when(closings.closers("TH-4", 43L)).thenReturn(DemoPeople.group("office-SLDTBXH"));
        when(closings.item("TH-4", 43L)).thenReturn(new RevocationClosings.ItemInfo(4L, 43L, "office-SLDTBXH",
                "Thư công vụ huongnt@angiang.gov.vn", false, true));
        when(closings.officialMailbox("TH-4", 43L)).thenReturn("huongnt@angiang.gov.vn");
        return runtimeService().startProcessInstanceByKey("Process_AccountRevocation",
                Map.of("personUsername", "ldtb.cv1"));
    }

    @Test
    void anOfficialEmailAccountDisabledInTheDirectoryIsClosedWithoutAPerson() {
        when(mailDirectory.configured()).thenReturn(true);
        when(mailDirectory.disable("huongnt@angiang.gov.vn")).thenReturn(MailDirectoryClosing.Outcome.DISABLED);
        when(closings.recordClosedInMailDirectory("TH-4", 43L)).thenReturn(true);
        ProcessInstance pi = reportMail();
        verify(closings).recordClosedInMailDirectory("TH-4", 43L);
        verify(closings, never()).recordClosed(anyString(), anyLong(), any(), any());
        verify(notice).issueNotice("TH-4", pi.getId());
        assertThat(pi).isEnded().hasPassed("EndEvent_ClosedInMailDirectory", "EndEvent_AccountsClosed")
                .hasNotPassed("Task_CloseAccount");
    }

    @Test
    void aDirectoryRefusalLeavesTheClosingToTheOfficeWithTheReason() {
        when(mailDirectory.configured()).thenReturn(true);
        when(mailDirectory.disable("huongnt@angiang.gov.vn")).thenReturn(MailDirectoryClosing.Outcome.failed(
                MailDirectoryClosing.Failure.NOT_FOUND));
        ProcessInstance pi = reportMail();
        verify(closings, never()).recordClosedInMailDirectory(anyString(), anyLong());
        assertThat(pi).isWaitingAt("Task_CloseAccount");
        Task task = taskFor("office-SLDTBXH");
        Assertions.assertThat((String) taskService().getVariable(task.getId(), "mailDirectoryFailure"))
                .contains("Không tìm thấy hộp thư", "huongnt@angiang.gov.vn");
        when(closings.recordClosed(eq("TH-4"), eq(43L), any(), any())).thenReturn(true);
        taskService().complete(task.getId(), Map.of("closedOn", "2026-02-10"));
        verify(closings).recordClosed("TH-4", 43L, "2026-02-10", OFFICE);
        assertThat(pi).isEnded().hasPassed("Task_CloseAccount", "EndEvent_AccountsClosed");
    }

    @Test
    void withoutADirectoryTheOfficeClosesTheMailboxAsBefore() {
        when(mailDirectory.configured()).thenReturn(false);
        ProcessInstance pi = startMail();
        // at once, no asynchronous step: as before the connector
        assertThat(pi).isWaitingAt("Task_CloseAccount").hasNotPassed("Task_CloseInMailDirectory");
        verify(mailDirectory, never()).disable(anyString());
        Assertions.assertThat(taskService().getVariable(taskFor("office-SLDTBXH").getId(), "mailDirectoryFailure"))
                .isNull();
    }

    @Test
    void aMailboxDisabledButNotRecordedGoesToTheOfficeWithWhatHappened() {
        when(mailDirectory.configured()).thenReturn(true);
        when(mailDirectory.disable("huongnt@angiang.gov.vn")).thenReturn(MailDirectoryClosing.Outcome.DISABLED);
        when(closings.recordClosedInMailDirectory("TH-4", 43L)).thenThrow(new RevocationException("closed before granted",
                vn.dldcaccess.shared.Wording.of("revocation.closedOn.beforeGranted", "11/02/2026")));
        ProcessInstance pi = reportMail();
        assertThat(pi).isWaitingAt("Task_CloseAccount");
        Assertions.assertThat((String) taskService().getVariable(taskFor("office-SLDTBXH").getId(), "mailDirectoryFailure"))
                .startsWith("Đã khóa hộp thư huongnt@angiang.gov.vn").contains("không được trước ngày cấp");
    }
}
