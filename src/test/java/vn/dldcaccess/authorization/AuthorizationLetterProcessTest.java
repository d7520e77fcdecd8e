package vn.dldcaccess.authorization;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.support.DemoPeople;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.lifecycle.PasswordDeadlines;
import vn.dldcaccess.support.ProcessTestEngine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static vn.dldcaccess.support.ProcessTestEngine.at;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

@Deployment(resources = {"bpmn/authorization-letter.bpmn", "forms/authorization-letter.form",
        "forms/accept-authorization.form", "forms/approve-authorization.form", "forms/authorization-active.form",
        "forms/change-password-after-authorization.form"})
class AuthorizationLetterProcessTest {
    static final AuthorizationIntake intake = mock(AuthorizationIntake.class);
    static final AuthorizationDecisions decisions = mock(AuthorizationDecisions.class);
    static final AuthorizationLifecycle lifecycle = mock(AuthorizationLifecycle.class);
    static final AuthorizationTaskView view = mock(AuthorizationTaskView.class);
    static final JavaDelegate recordPassword = mock(JavaDelegate.class);
    static final JavaDelegate remind = mock(JavaDelegate.class);
    static final JavaDelegate unitHead = mock(JavaDelegate.class);
    static final JavaDelegate office = mock(JavaDelegate.class);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(beans());

    static Map<String, Object> beans() {
        Map<String, Object> b = new HashMap<>();
        b.put("recordAuthorizationDelegate", new AuthorizationDelegates.RecordAuthorization(intake, DemoPeople.actors()));
        b.put("updateAuthorizationDelegate", new AuthorizationDelegates.UpdateAuthorization(intake, DemoPeople.actors()));
        b.put("recordDelegateAnswerDelegate", new AuthorizationDelegates.RecordDelegateAnswer(decisions, view, DemoPeople.actors()));
        b.put("recordAuthorizationDecisionDelegate", new AuthorizationDelegates.RecordDecision(decisions, DemoPeople.actors()));
        b.put("renderAuthorizationLetterDelegate", new AuthorizationDelegates.RenderLetter(lifecycle));
        b.put("activateAuthorizationDelegate", new AuthorizationDelegates.Activate(lifecycle, view));
        b.put("endAuthorizationDelegate", new AuthorizationDelegates.End(lifecycle, DemoPeople.actors()));
        b.put("cancelAuthorizationDelegate", new AuthorizationDelegates.Cancel(lifecycle));
        b.put("authorizationDates", new AuthorizationDates(view));
        b.put("authorizationRouting", new AuthorizationRouting(view));
        b.put("authorizationChoices", mock(AuthorizationChoices.class));
        // the password steps belong to the lifecycle feature; here only their wiring is checked
        b.put("recordPasswordChangeDelegate", recordPassword);
        b.put("remindHolderOfPasswordDelegate", remind);
        b.put("escalatePasswordToUnitHeadDelegate", unitHead);
        b.put("escalatePasswordToOfficeDelegate", office);
        b.put("passwordDeadlines", PasswordDeadlines.of(1, 3, 7, ProcessTestEngine.workingDays(),
                mock(AccountRegister.class)));
        return b;
    }

    static final Actor HOLDER = DemoPeople.actor("ldtb.cv1");
    static final Actor DELEGATE = DemoPeople.actor("ldtb.cv3");

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        init(processEngine);
        reset(intake, decisions, lifecycle, view, recordPassword, remind, unitHead, office);
        AuthorizationIntake.Recorded recorded = new AuthorizationIntake.Recorded("UQ-12",
                "Giấy ủy quyền số UQ-12");
        when(intake.request(anyMap(), eq(HOLDER))).thenReturn(recorded);
        when(view.approvers("UQ-12")).thenReturn(DemoPeople.group("unit-head-SLDTBXH_VL"));
        when(view.holderOf("UQ-12")).thenReturn("ldtb.cv1");
        when(view.delegateOf("UQ-12")).thenReturn("ldtb.cv3");
        when(intake.correct(eq("UQ-12"), anyMap(), any())).thenReturn(recorded);
        when(lifecycle.render(eq("UQ-12"), anyString())).thenReturn(new DocumentRef(30L, DocumentKind.AUTHORIZATION_LETTER,
                "giay-uy-quyen-UQ-12.pdf", "ab"));
        // Friday 30/01/2026 to Monday 02/02/2026: across a month end
        when(view.validFrom("UQ-12")).thenReturn(LocalDate.of(2026, 1, 30));
        when(view.validTo("UQ-12")).thenReturn(LocalDate.of(2026, 2, 2));
        when(view.activeSummary("UQ-12")).thenReturn("đang ủy quyền");
        ClockUtil.setCurrentTime(at("2026-01-26T09:00:00+07:00"));
        processEngine.getIdentityService().setAuthenticatedUserId("ldtb.cv1");
    }

    @AfterEach
    void tearDown() {
        processEngine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
    }


    /** Filed by the holder: the delegate is asked first, in a task of her own. */
    ProcessInstance filed() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("Process_AuthorizationLetter",
                Map.of("accountSystem", "DLDC_TTHC", "delegateUsername", "ldtb.cv3"));
        assertThat(pi).isWaitingAt("Task_AcceptByDelegate");
        assertThat(task(pi)).isAssignedTo("ldtb.cv3");
        // issue 21: to be answered before the letter would start
        Assertions.assertThat(task(pi).getDueDate()).isEqualTo(at("2026-01-30T00:00+07:00"));
        return pi;
    }

    void answer(ProcessInstance pi, String answer, String comment) {
        when(decisions.answerAsDelegate(eq("UQ-12"), eq(answer), any(), eq(DELEGATE)))
                .thenReturn(AuthorizationDecisions.DelegateAnswer.valueOf(answer));
        processEngine.getIdentityService().setAuthenticatedUserId("ldtb.cv3");
        complete(task(pi), withVariables("delegateAnswer", answer, "delegateComment", comment));
        processEngine.getIdentityService().setAuthenticatedUserId("ldtb.cv1");
    }

    /** Filed and accepted by the delegate: with the unit head. */
    ProcessInstance request() {
        ProcessInstance pi = filed();
        answer(pi, "ACCEPT", "");
        assertThat(pi).isWaitingAt("Task_ApproveAuthorization").variables().doesNotContainKey("delegateComment");
        return pi;
    }

    void decide(ProcessInstance pi, String decision) {
        when(decisions.decide(eq("UQ-12"), eq(decision), any(), any()))
                .thenReturn(AuthorizationDecisions.Decision.valueOf(decision));
        complete(task(pi), withVariables("authorizationDecision", decision, "decisionComment", "Ghi rõ phạm vi"));
    }

    ProcessInstance active() {
        ProcessInstance pi = request();
        decide(pi, "APPROVE");
        execute(job());
        Job starts = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        ClockUtil.setCurrentTime(starts.getDuedate());
        execute(starts);
        return pi;
    }

    @Test
    void aHeadsOwnLetterIsApprovedByTheOtherHeadsNamedNeverByHerOrHerDelegate() {
        // issue 23: the routing bean reads the letter's row; here the task view answers as for a unit head's own letter
        when(view.approvers("UQ-12")).thenReturn(DemoPeople.named("ldtb.pp1"));
        ProcessInstance pi = request();
        assertThat(task(pi)).hasCandidateUser("ldtb.pp1");
        Assertions.assertThat(taskService().getIdentityLinksForTask(task(pi).getId()))
                .noneMatch(l -> l.getGroupId() != null || "ldtb.cv1".equals(l.getUserId())
                        || "ldtb.cv3".equals(l.getUserId()));
    }

    @Test
    void approvedLetterStartsOnItsFirstDayAndEndsByItselfThenThePasswordChanges() {
        ProcessInstance pi = request();
        Assertions.assertThat(pi.getBusinessKey()).isEqualTo("UQ-12");
        assertThat(task(pi)).hasCandidateGroup("unit-head-SLDTBXH_VL");
        decide(pi, "APPROVE");
        assertThat(pi).isWaitingAt("Task_RenderAuthorizationLetter");
        execute(job());
        assertThat(pi).isWaitingAt("Timer_AuthorizationStarts").variables()
                .containsEntry("authorizationDocumentUrl", "/api/documents/30");
        Job starts = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        Assertions.assertThat(starts.getDuedate()).isEqualTo(at("2026-01-30T00:00:00+07:00"));

        ClockUtil.setCurrentTime(starts.getDuedate());
        execute(starts);
        verify(lifecycle).activate("UQ-12");
        assertThat(pi).isWaitingAt("Task_AuthorizationActive");
        assertThat(task(pi)).isAssignedTo("ldtb.cv1");
        Job ends = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        // to the end of Monday 02/02, past the month end
        Assertions.assertThat(ends.getDuedate()).isEqualTo(at("2026-02-03T00:00:00+07:00"));

        ClockUtil.setCurrentTime(ends.getDuedate());
        execute(ends);
        verify(lifecycle).end("UQ-12", "hết thời hạn", Actor.system());
        assertThat(pi).hasPassed("Task_EndAuthorizationAtTerm").isWaitingAt("Task_ChangePasswordAfterAuthorization");
        assertThat(task(pi)).isAssignedTo("ldtb.cv1");

        // not confirmed: the holder is reminded, then the unit head, then the office are told
        List<Job> timers = managementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .orderByJobDuedate().asc().list();
        Assertions.assertThat(timers).extracting(Job::getDuedate).containsExactly(at("2026-02-04T00:00:00+07:00"),
                at("2026-02-06T00:00:00+07:00"), at("2026-02-12T00:00:00+07:00"));
        timers.forEach(t -> {
            ClockUtil.setCurrentTime(t.getDuedate());
            execute(t);
        });
        assertThat(pi).hasPassed("Task_AfterAuthorizationRemindHolder", "Task_AfterAuthorizationEscalateToUnitHead",
                "Task_AfterAuthorizationEscalateToOffice");

        complete(task(pi), withVariables("passwordChangedOn", "2026-02-12"));
        assertThat(pi).isEnded().hasPassed("Task_RecordPasswordChangeAfterAuthorization", "EndEvent_AuthorizationClosed");
    }

    @Test
    void theHolderMayEndItEarly() throws Exception {
        ProcessInstance pi = active();
        complete(task(pi), withVariables("endReason", "Về sớm"));
        verify(lifecycle).end("UQ-12", "người ủy quyền kết thúc sớm: Về sớm", HOLDER);
        assertThat(pi).hasPassed("Task_EndAuthorizationEarly").isWaitingAt("Task_ChangePasswordAfterAuthorization");
        complete(task(pi), withVariables("passwordChangedOn", "2026-01-31"));
        verify(recordPassword).execute(any());
        assertThat(pi).isEnded();
    }

    @Test
    void returnedLetterGoesBackToTheHolderThenToTheDelegate() {
        ProcessInstance pi = request();
        decide(pi, "RETURN");
        assertThat(pi).isWaitingAt("Task_CorrectAuthorization");
        assertThat(task(pi)).isAssignedTo("ldtb.cv1");
        complete(task(pi), withVariables("scope", "Tra cứu thông tin công dân"));
        verify(intake).correct(eq("UQ-12"), anyMap(), eq(HOLDER));
        assertThat(pi).isWaitingAt("Task_AcceptByDelegate").variables().doesNotContainKey("decisionComment");
    }

    @Test
    void aDelegateWhoDeclinesEndsTheLetterBeforeTheUnitHeadSeesIt() {
        ProcessInstance pi = filed();
        answer(pi, "DECLINE", "Tuần đó tôi đi công tác");
        verify(decisions).answerAsDelegate("UQ-12", "DECLINE", "Tuần đó tôi đi công tác", DELEGATE);
        assertThat(pi).isEnded().hasPassed("Task_RecordDelegateAnswer", "EndEvent_DeclinedByDelegate")
                .hasNotPassed("Task_ApproveAuthorization");
    }

    @Test
    void aCorrectedLetterIsPutToTheDelegateAgain() {
        ProcessInstance pi = request();
        decide(pi, "RETURN");
        complete(task(pi), withVariables("scope", "Tra cứu thông tin công dân"));
        assertThat(pi).isWaitingAt("Task_AcceptByDelegate");
        assertThat(task(pi)).isAssignedTo("ldtb.cv3");
        answer(pi, "ACCEPT", null);
        assertThat(pi).isWaitingAt("Task_ApproveAuthorization");
    }

    @Test
    void rejectedLetterEnds() {
        ProcessInstance pi = request();
        decide(pi, "REJECT");
        assertThat(pi).isEnded().hasPassed("EndEvent_AuthorizationRejected");
    }

    @Test
    void aRefusedLetterStartsNothing() {
        when(intake.request(anyMap(), eq(HOLDER))).thenThrow(new AuthorizationException("overlap",
                "Giấy ủy quyền chưa hợp lệ: Thời hạn: trùng với giấy ủy quyền số UQ-3 (từ 28/01/2026 đến 31/01/2026)."));
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("Process_AuthorizationLetter", Map.of()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("trùng với giấy ủy quyền số UQ-3");
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aHolderWhoLeavesEndsTheLetterAtOnceWhereverItStands() {
        ProcessInstance pi = active();
        runtimeService().createMessageCorrelation("Message_AuthorizationCancelled").processInstanceBusinessKey("UQ-12")
                .setVariable("cancelReason", "người ủy quyền nghỉ hưu").correlate();
        verify(lifecycle).cancel("UQ-12", "người ủy quyền nghỉ hưu");
        assertThat(pi).isEnded().hasPassed("Task_CancelAuthorization", "EndEvent_AuthorizationCancelled")
                .hasNotPassed("Task_ChangePasswordAfterAuthorization");
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }
}
