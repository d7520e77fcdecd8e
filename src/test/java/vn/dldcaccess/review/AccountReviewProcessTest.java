package vn.dldcaccess.review;

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
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.revocation.RevocationRequests;
import vn.dldcaccess.support.ProcessTestEngine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static vn.dldcaccess.support.ProcessTestEngine.at;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

@Deployment(resources = {"bpmn/account-review.bpmn", "bpmn/account-review-schedule.bpmn",
        "forms/start-account-review.form", "forms/review-unit-accounts.form"})
class AccountReviewProcessTest {
    static final ReviewCampaigns campaigns = mock(ReviewCampaigns.class);
    static final UnitReviews units = mock(UnitReviews.class);
    static final ReviewReminders reminders = mock(ReviewReminders.class);
    static final RevocationRequests revocations = mock(RevocationRequests.class);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(Map.of(
            "openReviewDelegate", new ReviewDelegates.OpenReview(campaigns, DemoPeople.actors()),
            "prepareUnitReviewDelegate", new ReviewDelegates.PrepareUnitReview(units),
            "recordUnitReviewDelegate", new ReviewDelegates.RecordUnitReview(units, revocations, DemoPeople.actors()),
            "remindUnitHeadsOfReviewDelegate", new ReviewDelegates.Remind(reminders),
            "escalateReviewToOfficeDelegate", new ReviewDelegates.Escalate(reminders),
            "finishReviewDelegate", new ReviewDelegates.Finish(campaigns),
            "startAccountReviewsDelegate", new ReviewDelegates.StartReviews(campaigns),
            "reviewDates", new ReviewTimers(campaigns, new ReviewProperties(null, 10, 3), ProcessTestEngine.workingDays()),
            "reviewSchedule", new ReviewSchedule(new ReviewProperties(null, 10, 3)),
            "reviewRouting", new ReviewRouting(units)));

    /** The steps here run as the office (the services are mocks: the entities' guards are tested on their own). */
    static final Actor OFFICE = DemoPeople.actor("ldtb.vp");

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        init(processEngine);
        reset(campaigns, units, reminders, revocations);
        // opened Monday 02/02/2026: ten working days → Monday 16/02 would be Tết, so the due date is set by the domain
        when(campaigns.open(any(), eq(OFFICE))).thenReturn(new ReviewCampaigns.Opened("RS-6", "SLDTBXH", List.of(61L, 62L),
                LocalDate.of(2026, 2, 13)));
        when(units.reviewers("RS-6", 61L)).thenReturn(DemoPeople.group("unit-head-SLDTBXH_VL"));
        when(units.reviewers("RS-6", 62L)).thenReturn(DemoPeople.group("unit-head-SLDTBXH_NCC"));
        when(campaigns.dueDate("RS-6")).thenReturn(LocalDate.of(2026, 2, 13));
        when(units.unitTask("RS-6", 61L)).thenReturn(new UnitReviews.UnitTask(
                List.of(Map.of("value", "5", "label", "VNPT-iOffice - huongnt.io")), "VL"));
        when(units.unitTask("RS-6", 62L)).thenReturn(new UnitReviews.UnitTask(List.of(), "NCC"));
        when(units.record(eq("RS-6"), any(Long.class), anyList(), any(), any(), anyString())).thenReturn(
                new UnitReviews.Recorded(new DocumentRef(70L, DocumentKind.REVIEW_REPORT, "bb.pdf", "ab"), Map.of()));
        ClockUtil.setCurrentTime(at("2026-02-02T09:00:00+07:00"));
        processEngine.getIdentityService().setAuthenticatedUserId("ldtb.vp");
    }

    @AfterEach
    void tearDown() {
        processEngine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
    }


    ProcessInstance start() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("Process_AccountReview");
        assertThat(pi).isWaitingAt("Task_ReviewUnitAccounts");
        // issue 21: the Tasklist shows when each unit's review is due: the campaign's due date, end of the day
        Assertions.assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).list())
                .extracting(org.camunda.bpm.engine.task.Task::getDueDate).containsOnly(at("2026-02-13T17:00+07:00"));
        return pi;
    }

    Task taskFor(String group) {
        return taskService().createTaskQuery().taskCandidateGroup(group).singleResult();
    }

    @Test
    void eachUnitHeadReviewsTheUnitMarkedAccountsGoToRevocationThenTheCampaignEnds() {
        ProcessInstance pi = start();
        Assertions.assertThat(pi.getBusinessKey()).isEqualTo("RS-6");
        Task vl = taskFor("unit-head-SLDTBXH_VL");
        Task ncc = taskFor("unit-head-SLDTBXH_NCC");
        Assertions.assertThat(taskService().getVariable(vl.getId(), "unitSummary")).isEqualTo("VL");

        when(units.record(eq("RS-6"), eq(61L), eq(List.of("5")), eq("Đã chuyển vị trí"), any(), anyString()))
                .thenReturn(new UnitReviews.Recorded(new DocumentRef(71L, DocumentKind.REVIEW_REPORT, "bb.pdf", "ab"),
                        Map.of("ldtb.cv1", List.of(5L))));
        taskService().complete(vl.getId(), Map.of("closeAccounts", List.of("5"), "closeReason", "Đã chuyển vị trí"));
        verify(revocations).closeAfterReview("ldtb.cv1", List.of(5L), OFFICE);
        assertThat(pi).isWaitingAt("Task_ReviewUnitAccounts");

        taskService().complete(ncc.getId(), Map.of());
        verify(units).record(eq("RS-6"), eq(62L), eq(List.of()), any(), eq(OFFICE), eq(pi.getId()));
        verify(campaigns).finish("RS-6");
        assertThat(pi).isEnded().hasPassed("Task_FinishReview", "EndEvent_ReviewDone");
    }

    @Test
    void aUnitHeadsOwnAccountsArePartOfTheirOwnForTheOtherHeadsByNameOrTheOffice() {
        // issue 23: part 63 holds ldtb.tp1's own accounts: the unit's other head reviews it; part 64 tp2's, the office
        when(campaigns.open(any(), eq(OFFICE))).thenReturn(new ReviewCampaigns.Opened("RS-6", "SLDTBXH",
                List.of(61L, 63L, 64L), LocalDate.of(2026, 2, 13)));
        when(units.reviewers("RS-6", 63L)).thenReturn(DemoPeople.named("ldtb.pp1"));
        when(units.reviewers("RS-6", 64L)).thenReturn(DemoPeople.group("office-SLDTBXH"));
        when(units.unitTask(eq("RS-6"), any(Long.class))).thenReturn(new UnitReviews.UnitTask(List.of(), "own"));
        ProcessInstance pi = start();
        Assertions.assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isEqualTo(3);
        Task own = taskService().createTaskQuery().taskCandidateUser("ldtb.pp1").singleResult();
        Assertions.assertThat(taskService().getIdentityLinksForTask(own.getId())).noneMatch(l -> l.getGroupId() != null);
        Assertions.assertThat(taskFor("office-SLDTBXH")).isNotNull();
        Assertions.assertThat(taskFor("unit-head-SLDTBXH_VL")).isNotNull();
        taskService().complete(own.getId(), Map.of());
        verify(units).record(eq("RS-6"), eq(63L), eq(List.of()), any(), eq(OFFICE), eq(pi.getId()));
    }

    @Test
    void aMarkedAccountWithoutAReasonIsRefusedAndTheTaskStays() {
        start();
        when(units.record(eq("RS-6"), eq(61L), anyList(), any(), any(), anyString())).thenThrow(new ReviewException(
                "no reason", vn.dldcaccess.shared.Wording.of("review.unit.refused", "ghi rõ lý do đề nghị đóng")));
        Task vl = taskFor("unit-head-SLDTBXH_VL");
        assertThatThrownBy(() -> taskService().complete(vl.getId(), Map.of("closeAccounts", List.of("5"))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("ghi rõ lý do");
        Assertions.assertThat(taskService().createTaskQuery().taskId(vl.getId()).count()).isEqualTo(1);
    }

    @Test
    void overdueUnitHeadsAreRemindedThenTheOfficeIsTold() {
        ProcessInstance pi = start();
        List<Job> timers = managementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .orderByJobDuedate().asc().list();
        // due Friday 13/02: reminded Saturday 14/02 08:00; three working days after the due date is past Tết, 25/02
        Assertions.assertThat(timers).extracting(Job::getDuedate).containsExactly(at("2026-02-14T08:00:00+07:00"),
                at("2026-02-25T08:00:00+07:00"));
        timers.forEach(t -> {
            ClockUtil.setCurrentTime(t.getDuedate());
            ProcessTestEngine.executeAsJobExecutor(processEngine, t);
        });
        verify(reminders).remindUnitHeads("RS-6");
        verify(reminders).escalateToOffice("RS-6");
        assertThat(pi).hasPassed("EndEvent_UnitHeadsReminded", "EndEvent_ReviewEscalated").isWaitingAt("Task_ReviewUnitAccounts");
    }

    @Test
    void aSecondOpenCampaignIsRefused() {
        when(campaigns.open(any(), eq(OFFICE))).thenThrow(new ReviewException("open",
                vn.dldcaccess.shared.Wording.of("review.campaign.open")));
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("Process_AccountReview"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("đợt rà soát chưa xong");
    }

    @Test
    void theQuarterlyScheduleOpensACampaignPerAgency() {
        Job timer = managementService().createJobQuery().processDefinitionKey("Process_AccountReviewSchedule").singleResult();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(at("2026-04-01T08:00:00+07:00"));
        when(campaigns.agenciesDue()).thenReturn(List.of("SLDTBXH"));
        when(campaigns.open(eq("SLDTBXH"), eq(Actor.system()))).thenReturn(new ReviewCampaigns.Opened("RS-6", "SLDTBXH",
                List.of(61L, 62L), LocalDate.of(2026, 2, 13)));
        ProcessTestEngine.executeAsJobExecutor(processEngine, timer);
        verify(campaigns).open("SLDTBXH", Actor.system());
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("Process_AccountReview")
                .count()).isEqualTo(1);
    }
}
