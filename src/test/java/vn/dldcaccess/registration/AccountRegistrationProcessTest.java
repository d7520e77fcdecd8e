package vn.dldcaccess.registration;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.support.DemoPeople;

import org.camunda.bpm.engine.BadUserRequestException;
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
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.support.ProcessTestEngine;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

@Deployment(resources = {"bpmn/account-registration.bpmn", "forms/account-registration.form",
        "forms/confirm-by-unit-head.form", "forms/review-rejection.form", "forms/provision-account.form"})
class AccountRegistrationProcessTest {
    static final RegistrationIntake intake = mock(RegistrationIntake.class);
    static final RegistrationDecisions decisions = mock(RegistrationDecisions.class);
    static final RegistrationFormDocument formDocument = mock(RegistrationFormDocument.class);
    static final RegistrationNotices notices = mock(RegistrationNotices.class);
    static final RegistrationDeciders deciders = mock(RegistrationDeciders.class);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(Map.ofEntries(
            Map.entry("recordRegistrationDelegate", new RecordRegistrationDelegate(intake, DemoPeople.actors())),
            Map.entry("updateRegistrationDelegate", new UpdateRegistrationDelegate(intake, DemoPeople.actors())),
            Map.entry("recordUnitHeadDecisionDelegate", new RecordUnitHeadDecisionDelegate(decisions, DemoPeople.actors())),
            Map.entry("renderRegistrationFormDelegate", new RenderRegistrationFormDelegate(formDocument)),
            Map.entry("remindUnitHeadDelegate", new RegistrationNoticeDelegates.RemindUnitHead(notices)),
            Map.entry("escalateToAgencyOfficeDelegate", new RegistrationNoticeDelegates.EscalateToAgencyOffice(notices)),
            Map.entry("markIncludedInLetterDelegate", new RegistrationNoticeDelegates.MarkIncludedInLetter(decisions,
                    DemoPeople.actors())),
            Map.entry("recordPc06DecisionDelegate", new Pc06OutcomeDelegates.RecordPc06Decision(decisions, DemoPeople.actors())),
            Map.entry("registerAccountDelegate", new Pc06OutcomeDelegates.RegisterAccount(decisions, DemoPeople.actors())),
            Map.entry("registrationRouting", new RegistrationRouting(deciders)),
            Map.entry("registrationChoices", mock(RegistrationChoices.class)),
            Map.entry("registrationDeadlines", new RegistrationDeadlines(ProcessTestEngine.workingDays(),
                    new RegistrationProperties(2, 5)))));

    static final String KEY = "SLĐTBXH-2026-000007";
    /** Every step here runs as ldtb.cv1 (the services are mocks: the entities' guards are tested on their own). */
    static final Actor APPLICANT = DemoPeople.actor("ldtb.cv1");

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        init(processEngine);
        reset(intake, decisions, formDocument, notices, deciders);
        RegistrationRecorded recorded = new RegistrationRecorded("SLĐTBXH-2026-000007",
                Map.of("fullName", "Nguyễn Thị Hường"), "tóm tắt");
        when(deciders.confirmers(KEY)).thenReturn(DemoPeople.group("unit-head-SLDTBXH_VL"));
        when(deciders.provisioners(KEY)).thenReturn(DemoPeople.group("tthc-admins"));
        when(deciders.applicantOf(KEY)).thenReturn("ldtb.cv1");
        when(intake.register(anyMap(), any())).thenReturn(recorded);
        when(intake.correct(anyString(), anyMap(), any())).thenReturn(recorded);
        when(formDocument.renderForm(anyString(), anyString()))
                .thenReturn(new DocumentRef(3L, DocumentKind.REGISTRATION_FORM, "phieu.pdf", "ab"));
        processEngine.getIdentityService().setAuthenticatedUserId("ldtb.cv1");
    }

    @AfterEach
    void tearDown() {
        processEngine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
    }

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(AccountRegistrationProcess.KEY,
                Map.of("fullName", "Nguyễn Thị Hường"));
    }

    void decide(ProcessInstance pi, String decision, String comment) {
        when(decisions.decide(anyString(), eq(decision), any(), any()))
                .thenReturn(new RegistrationDecisions.Decided(UnitHeadDecision.valueOf(decision), comment));
        complete(task(pi), withVariables("decision", decision, "decisionComment", comment));
    }

    @Test
    void confirmedRequestWaitsForTheAgencyLetterThenForPc06AndIsProvisioned() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_ConfirmByUnitHead");
        Assertions.assertThat(pi.getBusinessKey()).isEqualTo("SLĐTBXH-2026-000007");
        assertThat(task(pi)).hasCandidateGroup("unit-head-SLDTBXH_VL");
        assertThat(pi).variables().containsEntry("requestNumber", "SLĐTBXH-2026-000007").doesNotContainKey("applicant");

        decide(pi, "CONFIRM", null);
        // the PDF is a job of its own: the confirmation does not wait for it, a failure is retried
        assertThat(pi).isWaitingAt("Task_RenderRegistrationForm");
        execute(job());
        assertThat(pi).hasPassed("Task_RenderRegistrationForm").isWaitingAt("Event_IncludedInAgencyLetter");
        assertThat(pi).variables().containsEntry("registrationFormUrl", "/api/documents/3")
                .doesNotContainKey("fullName");

        runtimeService().createMessageCorrelation("Message_IncludedInAgencyLetter")
                .processInstanceBusinessKey("SLĐTBXH-2026-000007").setVariable("agencyLetterId", 11L).correlate();
        verify(decisions).markIncludedInLetter(KEY, 11L, APPLICANT);
        assertThat(pi).hasPassed("Task_MarkIncludedInLetter").isWaitingAt("Event_PC06Decision");

        pc06(pi, "APPROVED", null);
        verify(decisions).recordPc06Decision(KEY, true, null, APPLICANT);
        assertThat(pi).isWaitingAt("Task_ProvisionAccount");
        assertThat(task(pi)).hasCandidateGroup("tthc-admins");

        when(decisions.provision(eq(KEY), any(), any(), any())).thenReturn(new vn.dldcaccess.account.AccountView(
                21L, vn.dldcaccess.account.AccountSystem.DLDC_TTHC, "huongnt", "ldtb.cv1", "Nguyễn Thị Hường",
                "SLDTBXH", "SLDTBXH_VL", java.time.LocalDate.of(2026, 11, 25),
                vn.dldcaccess.account.AccountStatus.ACTIVE, 7L, List.of(), null,
                java.time.LocalDate.of(2026, 12, 25), false));
        complete(task(pi), withVariables("tthcAccountUsername", "huongnt", "accountCreatedOn", "2026-11-25"));
        verify(decisions).provision(KEY, "huongnt", java.time.LocalDate.of(2026, 11, 25), APPLICANT);
        assertThat(pi).isEnded().hasPassed("Task_RegisterAccount", "EndEvent_AccountProvisioned");
    }

    void pc06(ProcessInstance pi, String decision, String reason) {
        runtimeService().createMessageCorrelation("Message_PC06Decision").processInstanceBusinessKey(pi.getBusinessKey())
                .setVariable("pc06Decision", decision).setVariable("pc06Reason", reason).correlate();
    }

    ProcessInstance waitingForPc06() {
        ProcessInstance pi = start();
        decide(pi, "CONFIRM", null);
        execute(job());
        runtimeService().createMessageCorrelation("Message_IncludedInAgencyLetter")
                .processInstanceBusinessKey(pi.getBusinessKey()).setVariable("agencyLetterId", 11L).correlate();
        return pi;
    }

    @Test
    void aHeadsOwnRequestIsOfferedToTheOtherHeadsByNameAndItsProvisioningToTheOtherAdministrators() {
        // issue 23: the routing beans read the request's records; here the deciders answer as for a head's own request
        when(deciders.confirmers(KEY)).thenReturn(DemoPeople.named("ldtb.pp1", "ldtb.pp2"));
        when(deciders.provisioners(KEY)).thenReturn(DemoPeople.named("tthc.qt2"));
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_ConfirmByUnitHead");
        assertThat(task(pi)).hasCandidateUser("ldtb.pp1").hasCandidateUser("ldtb.pp2");
        Assertions.assertThat(taskService().getIdentityLinksForTask(task(pi).getId()))
                .noneMatch(l -> l.getGroupId() != null);
        decide(pi, "CONFIRM", null);
        execute(job());
        runtimeService().createMessageCorrelation("Message_IncludedInAgencyLetter")
                .processInstanceBusinessKey(KEY).setVariable("agencyLetterId", 11L).correlate();
        pc06(pi, "APPROVED", null);
        assertThat(pi).isWaitingAt("Task_ProvisionAccount");
        assertThat(task(pi)).hasCandidateUser("tthc.qt2");
        Assertions.assertThat(taskService().getIdentityLinksForTask(task(pi).getId()))
                .noneMatch(l -> l.getGroupId() != null);
    }

    @Test
    void theUnitsOnlyHeadsOwnRequestGoesToTheAgencyOffice() {
        when(deciders.confirmers(KEY)).thenReturn(DemoPeople.group("office-SLDTBXH"));
        ProcessInstance pi = start();
        assertThat(task(pi)).hasCandidateGroup("office-SLDTBXH");
        Assertions.assertThat(taskService().getIdentityLinksForTask(task(pi).getId()))
                .noneMatch(l -> "unit-head-SLDTBXH_VL".equals(l.getGroupId()));
    }

    @Test
    void pc06RejectionEndsTheRequest() {
        ProcessInstance pi = waitingForPc06();
        pc06(pi, "REJECTED", "Sai số định danh");
        verify(decisions).recordPc06Decision(KEY, false, "Sai số định danh", APPLICANT);
        assertThat(pi).isEnded().hasPassed("EndEvent_RejectedByPC06").hasNotPassed("Task_ProvisionAccount");
    }

    @Test
    void aTakenUserNameIsRefusedInVietnameseAndTheTaskStays() {
        ProcessInstance pi = waitingForPc06();
        pc06(pi, "APPROVED", null);
        when(decisions.provision(eq(KEY), any(), any(), any())).thenThrow(new vn.dldcaccess.account.AccountException(
                "taken", "Chưa ghi được tài khoản: tài khoản huongnt trên Hệ thống TTHC đã có trong sổ theo dõi."));
        assertThatThrownBy(() -> complete(task(pi), withVariables("tthcAccountUsername", "huongnt",
                "accountCreatedOn", "2026-11-25")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("đã có trong sổ theo dõi");
        assertThat(pi).isWaitingAt("Task_ProvisionAccount");
    }

    @Test
    void returnedRequestGoesBackToTheApplicantAndThenToTheUnitHead() {
        ProcessInstance pi = start();
        decide(pi, "RETURN", "Bổ sung nhiệm vụ được giao");
        assertThat(pi).isWaitingAt("Task_CorrectRegistration");
        assertThat(task(pi)).isAssignedTo("ldtb.cv1");
        assertThat(pi).variables().containsEntry("returnComment", "Bổ sung nhiệm vụ được giao");

        complete(task(pi), withVariables("duties", "Tiếp nhận hồ sơ lĩnh vực việc làm"));
        verify(intake).correct(eq(KEY), anyMap(), eq(APPLICANT));
        assertThat(pi).hasPassed("Task_UpdateRegistration").isWaitingAt("Task_ConfirmByUnitHead");
        assertThat(pi).variables().doesNotContainKey("returnComment");
    }

    @Test
    void rejectedRequestShowsTheReasonToTheApplicantAndEnds() {
        ProcessInstance pi = start();
        decide(pi, "REJECT", "Không thuộc bộ phận tiếp nhận hồ sơ");
        assertThat(pi).isWaitingAt("Task_ReviewRejection");
        assertThat(task(pi)).isAssignedTo("ldtb.cv1");
        assertThat(pi).variables().containsEntry("rejectionReason", "Không thuộc bộ phận tiếp nhận hồ sơ");
        complete(task(pi));
        assertThat(pi).isEnded().hasPassed("EndEvent_Rejected");
    }

    @Test
    void invalidFormFailsTheStartAndLeavesNoInstance() {
        when(intake.register(anyMap(), any())).thenThrow(new InvalidRegistrationException(List.of(
                new FieldError(Form1658Field.CITIZEN_ID, "phải gồm đúng 12 chữ số"))));
        assertThatThrownBy(this::start).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Số định danh cá nhân (CCCD): phải gồm đúng 12 chữ số");
        Assertions.assertThat(processInstanceQuery().count()).isZero();
    }

    @Test
    void wrongDecisionIsRefusedAndTheTaskStays() {
        ProcessInstance pi = start();
        when(decisions.decide(anyString(), any(), any(), any())).thenThrow(
                new RegistrationStateException("no comment", "Khi từ chối, vui lòng ghi rõ lý do."));
        assertThatThrownBy(() -> complete(task(pi), withVariables("decision", "REJECT")))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Khi từ chối, vui lòng ghi rõ lý do.");
        assertThat(pi).isWaitingAt("Task_ConfirmByUnitHead");
    }

    @Test
    void reminderAfterTwoAndEscalationAfterFiveWorkingDaysCountPastTet() {
        // Friday 13 Feb 2026, 10:00; 16–20 Feb are Tết holidays.
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-02-13T10:00:00+07:00").toInstant()));
        ProcessInstance pi = start();
        Job reminder = job("Timer_ConfirmationReminder", pi);
        Job escalation = job("Timer_ConfirmationOverdue", pi);
        Assertions.assertThat(reminder.getDuedate().toInstant()).isEqualTo(ZonedDateTime.parse("2026-02-24T10:00:00+07:00").toInstant());
        Assertions.assertThat(escalation.getDuedate().toInstant()).isEqualTo(ZonedDateTime.parse("2026-02-27T10:00:00+07:00").toInstant());
        Assertions.assertThat(task(pi).getDueDate()).isEqualTo(escalation.getDuedate());

        execute(reminder);
        verify(notices).remindUnitHeads(KEY);
        assertThat(pi).hasPassed("EndEvent_ReminderSent").isWaitingAt("Task_ConfirmByUnitHead");
        execute(escalation);
        verify(notices).escalateToOffice(KEY);
        assertThat(pi).hasPassed("EndEvent_EscalationSent").isWaitingAt("Task_ConfirmByUnitHead");
    }
}
