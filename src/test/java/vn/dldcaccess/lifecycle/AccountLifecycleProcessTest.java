package vn.dldcaccess.lifecycle;

import vn.dldcaccess.support.DemoPeople;

import org.assertj.core.api.Assertions;
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
import vn.dldcaccess.account.AccountException;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.PasswordStatus;
import vn.dldcaccess.support.ProcessTestEngine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static vn.dldcaccess.support.ProcessTestEngine.at;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

@Deployment(resources = {"bpmn/account-lifecycle.bpmn", "forms/confirm-password-changed.form"})
class AccountLifecycleProcessTest {
    static final PasswordChanges passwords = mock(PasswordChanges.class);
    static final AccountRegister accounts = mock(AccountRegister.class);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(Map.of(
            "checkPasswordDueDelegate", new PasswordDelegates.CheckPasswordDue(passwords),
            "recordPasswordChangeDelegate", new PasswordDelegates.RecordPasswordChange(passwords, DemoPeople.actors()),
            "passwordRouting", new PasswordRouting(passwords),
            "remindHolderOfPasswordDelegate", new PasswordDelegates.RemindHolder(passwords),
            "escalatePasswordToUnitHeadDelegate", new PasswordDelegates.EscalateToUnitHead(passwords),
            "escalatePasswordToOfficeDelegate", new PasswordDelegates.EscalateToOffice(passwords),
            "passwordDeadlines", PasswordDeadlines.of(1, 3, 7, ProcessTestEngine.workingDays(), accounts)));

    static final PasswordChanges.Check DUE = new PasswordChanges.Check(true, "ldtb.cv1", "**Tài khoản:** huongnt");

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        init(processEngine);
        reset(passwords, accounts);
        when(passwords.accountOf("TK-5")).thenReturn(5L);
        when(passwords.holderOf("TK-5")).thenReturn("ldtb.cv1");
        dueOn(LocalDate.of(2026, 2, 14));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    void dueOn(LocalDate due) {
        when(accounts.passwordStatus(5L)).thenReturn(new PasswordStatus(5L, AccountSystem.DLDC_TTHC, "huongnt",
                "ldtb.cv1", AccountStatus.ACTIVE, due.minusDays(30), null, due));
    }


    ProcessInstance start() {
        ClockUtil.setCurrentTime(at("2026-01-15T10:00:00+07:00"));
        return runtimeService().startProcessInstanceByKey("Process_AccountLifecycle", "TK-5",
                Map.of("accountId", 5L));
    }

    Job timer(ProcessInstance pi) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().orderByJobDuedate().asc()
                .list().get(0);
    }

    @Test
    void aPasswordDueInTetIsChasedAfterTheHolidayAcrossTheMonthEnd() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Timer_PasswordDue");
        Job due = timer(pi);
        Assertions.assertThat(due.getDuedate()).isEqualTo(at("2026-02-14T08:00:00+07:00"));

        ClockUtil.setCurrentTime(due.getDuedate());
        when(passwords.check(5L)).thenReturn(DUE);
        execute(due);
        assertThat(pi).isWaitingAt("Task_ConfirmPasswordChanged");
        assertThat(task(pi)).isAssignedTo("ldtb.cv1");
        assertThat(pi).variables().containsEntry("accountSummary", "**Tài khoản:** huongnt");
        // issue 21: due in the Tasklist when the first reminder comes, one working day after Tết
        Assertions.assertThat(task(pi).getDueDate()).isEqualTo(at("2026-02-24T00:00:00+07:00"));

        // Tết 2026 runs 14-22/02: one working day after it is 24/02, three 26/02, seven 04/03
        List<Job> timers = managementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .orderByJobDuedate().asc().list();
        Assertions.assertThat(timers).extracting(Job::getDuedate).containsExactly(at("2026-02-24T00:00:00+07:00"),
                at("2026-02-26T00:00:00+07:00"), at("2026-03-04T00:00:00+07:00"));
        for (Job t : timers) {
            ClockUtil.setCurrentTime(t.getDuedate());
            execute(t);
        }
        verify(passwords).remindHolder(5L);
        verify(passwords).escalateToUnitHead(5L);
        verify(passwords).escalateToOffice(5L);
        assertThat(pi).hasPassed("EndEvent_PasswordRemindHolder", "EndEvent_PasswordEscalateToUnitHead",
                "EndEvent_PasswordEscalateToOffice").isWaitingAt("Task_ConfirmPasswordChanged");

        // the holder confirms; the next period counts from the confirmed date
        dueOn(LocalDate.of(2026, 4, 3));
        processEngine.getIdentityService().setAuthenticatedUserId("ldtb.cv1");
        complete(task(pi), withVariables("passwordChangedOn", "2026-03-04"));
        processEngine.getIdentityService().clearAuthentication();
        verify(passwords).record(5L, LocalDate.of(2026, 3, 4), DemoPeople.actor("ldtb.cv1"));
        assertThat(pi).isWaitingAt("Timer_PasswordDue").variables().doesNotContainKey("passwordChangedOn");
        Assertions.assertThat(timer(pi).getDuedate()).isEqualTo(at("2026-04-03T08:00:00+07:00"));
    }

    @Test
    void aChangeConfirmedMeanwhileMovesTheDueDateWithoutATask() {
        ProcessInstance pi = start();
        when(passwords.check(5L)).thenReturn(new PasswordChanges.Check(false, "ldtb.cv1", "x"));
        dueOn(LocalDate.of(2026, 3, 10));
        execute(timer(pi));
        assertThat(pi).hasPassed("Gateway_PasswordStillDue").isWaitingAt("Timer_PasswordDue");
        Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
        Assertions.assertThat(timer(pi).getDuedate()).isEqualTo(at("2026-03-10T08:00:00+07:00"));
    }

    @Test
    void aWrongDateGoesBackToTheHolderInVietnamese() {
        ProcessInstance pi = start();
        when(passwords.check(5L)).thenReturn(DUE);
        execute(timer(pi));
        doThrow(new AccountException("future", "Ngày đổi mật khẩu: không được sau ngày hôm nay."))
                .when(passwords).record(eq(5L), any(), any());
        assertThatThrownBy(() -> complete(task(pi), withVariables("passwordChangedOn", "2099-01-01")))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Ngày đổi mật khẩu: không được sau ngày hôm nay.");
        assertThatThrownBy(() -> complete(task(pi), withVariables("passwordChangedOn", "04/03/2026")))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Ngày đổi mật khẩu: phải là một ngày có thật, dạng dd/MM/yyyy.");
        assertThat(pi).isWaitingAt("Task_ConfirmPasswordChanged");
    }

    @Test
    void aClosedAccountEndsItsLifecycleWhereverItStands() {
        ProcessInstance pi = start();
        when(passwords.check(5L)).thenReturn(DUE);
        execute(timer(pi));
        runtimeService().createMessageCorrelation("Message_AccountClosed").processInstanceBusinessKey("TK-5").correlate();
        assertThat(pi).isEnded().hasPassed("StartEvent_AccountClosed", "EndEvent_LifecycleEnded");
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }
}
