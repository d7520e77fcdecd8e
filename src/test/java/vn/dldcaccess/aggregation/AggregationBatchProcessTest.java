package vn.dldcaccess.aggregation;

import vn.dldcaccess.organization.Actor;
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
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.support.ProcessTestEngine;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.*;

@Deployment(resources = {"bpmn/aggregation-batch.bpmn", "forms/compose-batch.form", "forms/sign-batch-letter.form",
        "forms/send-to-pc06.form", "forms/record-pc06-decisions.form"})
class AggregationBatchProcessTest {
    static final LetterReception reception = mock(LetterReception.class);
    static final BatchComposition composition = mock(BatchComposition.class);
    static final Pc06Decisions decisions = mock(Pc06Decisions.class);
    static final BatchTaskView view = mock(BatchTaskView.class);
    static final LetterIntake intake = mock(LetterIntake.class);
    static final Notifier notifier = mock(Notifier.class);
    static final BatchDuties duties = mock(BatchDuties.class);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(Map.of(
            "openBatchDelegate", new BatchDelegates.OpenBatch(reception),
            "composeBatchDelegate", new BatchDelegates.ComposeBatch(composition, intake, DemoPeople.actors()),
            "recordBatchSignatureDelegate", new BatchDelegates.RecordBatchSignature(composition, reception, DemoPeople.actors()),
            "recordDispatchDelegate", new BatchDelegates.RecordDispatch(composition, view, DemoPeople.actors()),
            "applyPc06DecisionsDelegate", new BatchDelegates.ApplyPc06Decisions(decisions, view, DemoPeople.actors()),
            "closeBatchDelegate", new BatchDelegates.CloseBatch(decisions),
            "batchRouting", new BatchRouting(duties),
            "batchFollowUp", new BatchFollowUp(view),
            "remindPc06FollowUpDelegate", new BatchDelegates.RemindPc06FollowUp(view, notifier,
                    vn.dldcaccess.document.DocumentTexts.builtIn()),
            // Fridays 15:00; 10 working days to chase PC06
            "aggregationSchedule", AggregationSchedule.of("0 0 15 * * FRI", 10, ProcessTestEngine.workingDays())));

    static final Actor STAFF = DemoPeople.actor("stttt.cv");

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        init(processEngine);
        reset(reception, composition, decisions, view, intake, notifier, duties);
        when(reception.openBatch()).thenReturn(3L);
        when(duties.signers(3L)).thenReturn(DemoPeople.group("aggregator-leaders"));
        when(reception.candidates(3L)).thenReturn(new LetterReception.Candidates(
                List.of(Map.of("value", "1", "label", "Sở Tư pháp - công văn 77/STP-VP")), "- công văn 77/STP-VP"));
        when(composition.compose(eq(3L), any(), any(), anyString())).thenReturn(new BatchComposition.Composed(
                new DocumentRef(40L, DocumentKind.BATCH_LETTER, "du-thao.pdf", "ab"), "tóm tắt đợt"));
        when(composition.send(eq(3L), any(), any(), any(), any(), anyString()))
                .thenReturn(new DocumentRef(41L, DocumentKind.BATCH_LETTER, "cv.pdf", "cd"));
        when(view.pendingOptions(3L)).thenReturn(List.of(Map.of("value", "STP-2026-000001", "label", "A"),
                Map.of("value", "STP-2026-000002", "label", "B")));
        when(view.decisionsText(3L)).thenReturn("**Đã có kết quả 0/2 người.**");
        when(view.batchLabel(3L)).thenReturn("215/STTTT-BCVT");
        processEngine.getIdentityService().setAuthenticatedUserId("stttt.cv");
    }

    @AfterEach
    void tearDown() {
        processEngine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
    }

    ProcessInstance letterArrives() {
        ProcessInstance pi = runtimeService().startProcessInstanceByMessage("Message_AgencyLetterReceived");
        assertThat(pi).isWaitingAt("Task_ComposeBatch");
        return pi;
    }

    void sign(ProcessInstance pi, String decision) {
        when(composition.decideSignature(eq(3L), eq(decision), any(), any()))
                .thenReturn(BatchComposition.LeaderDecision.valueOf(decision));
        complete(task(pi), withVariables("leaderDecision", decision, "leaderComment", "Bổ sung công văn của Sở Tư pháp"));
    }

    ProcessInstance sent() {
        ProcessInstance pi = letterArrives();
        complete(task(pi), withVariables("chosenLetters", List.of("1")));
        sign(pi, "SIGN");
        complete(task(pi), withVariables("outgoingNumber", "215", "sentDate", "2026-11-25", "channel", "EDOC"));
        assertThat(pi).isWaitingAt("Task_RecordPC06Decisions", "Timer_PC06FollowUp");
        // issue 21: PC06's reply is due 10 working days after the letter went (Wed 25/11 → Wed 09/12), day's end
        Assertions.assertThat(task(pi).getDueDate()).isEqualTo(java.util.Date.from(
                java.time.ZonedDateTime.parse("2026-12-09T17:00+07:00").toInstant()));
        return pi;
    }

    @Test
    void aBatchAboutALeaderIsSignedByTheOtherLeadersNamed() {
        // issue 23: the routing bean reads the batch's persons; here it answers as for a batch with a leader's request
        when(duties.signers(3L)).thenReturn(DemoPeople.named("stttt.ld2"));
        ProcessInstance pi = letterArrives();
        complete(task(pi), withVariables("chosenLetters", List.of("1")));
        assertThat(pi).isWaitingAt("Task_SignBatchLetter");
        assertThat(task(pi)).hasCandidateUser("stttt.ld2");
        Assertions.assertThat(taskService().getIdentityLinksForTask(task(pi).getId()))
                .noneMatch(l -> l.getGroupId() != null);
    }

    @Test
    void composedSignedSentThenDecidedInTwoParts() {
        ProcessInstance pi = letterArrives();
        Assertions.assertThat(pi.getBusinessKey()).isEqualTo("DOT-3");
        assertThat(task(pi)).hasCandidateGroup("aggregator");
        assertThat(pi).variables().containsEntry("waitingLettersText", "- công văn 77/STP-VP").containsKey("waitingLetters");

        complete(task(pi), withVariables("chosenLetters", List.of("1")));
        verify(composition).compose(3L, List.of("1"), STAFF, pi.getId());
        verify(intake).ensureComposingBatch();
        assertThat(pi).isWaitingAt("Task_SignBatchLetter");
        assertThat(task(pi)).hasCandidateGroup("aggregator-leaders");
        assertThat(pi).variables().containsEntry("batchDocumentUrl", "/api/documents/40");

        sign(pi, "SIGN");
        assertThat(pi).isWaitingAt("Task_SendToPC06");
        complete(task(pi), withVariables("outgoingNumber", "215", "sentDate", "2026-11-25", "channel", "EDOC"));
        verify(composition).send(3L, "215", "2026-11-25", "EDOC", STAFF, pi.getId());
        assertThat(pi).isWaitingAt("Task_RecordPC06Decisions", "Timer_PC06FollowUp");
        assertThat(task(pi)).hasCandidateGroup("aggregator").hasCandidateGroup("pc06");
        assertThat(pi).variables().containsEntry("batchDocumentUrl", "/api/documents/41");

        // part one: one approved; the other stays pending and the batch stays open
        when(view.allDecided(3L)).thenReturn(false);
        complete(task(pi), withVariables("approvedRequests", List.of("STP-2026-000001")));
        verify(decisions).recordDecisions(3L, List.of(new DecisionInput(0, "STP-2026-000001", null, Decision.APPROVED, null)),
                STAFF, "TASK");
        assertThat(pi).isWaitingAt("Task_RecordPC06Decisions", "Timer_PC06FollowUp");
        assertThat(pi).variables().containsEntry("allDecided", false).doesNotContainKey("approvedRequests");

        // part two: the last one rejected with its reason; the batch closes and the follow-up stops
        when(view.allDecided(3L)).thenReturn(true);
        complete(task(pi), withVariables("rejectedRequests", List.of("STP-2026-000002"),
                "rejectionReasons", "STP-2026-000002: Số định danh không khớp CSDLQG về dân cư"));
        verify(decisions).recordDecisions(3L, List.of(new DecisionInput(0, "STP-2026-000002", null, Decision.REJECTED,
                "Số định danh không khớp CSDLQG về dân cư")), STAFF, "TASK");
        verify(decisions).close(3L);
        assertThat(pi).isEnded().hasPassed("Task_CloseBatch", "EndEvent_BatchClosed");
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void decisionsWithoutAnyoneTickedAreRefused() {
        ProcessInstance pi = sent();
        when(view.allDecided(3L)).thenReturn(false);
        assertThatThrownBy(() -> complete(task(pi), withVariables("rejectionReasons", "")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Chưa chọn người nào");
        when(decisions.recordDecisions(eq(3L), anyList(), any(), eq("TASK"))).thenThrow(new AggregationException(
                "conflict", "Chưa ghi được kết quả: STP-2026-000001 (A) đã được ghi \"Đồng ý\"."));
        assertThatThrownBy(() -> complete(task(pi), withVariables("rejectedRequests", List.of("STP-2026-000001"),
                "rejectionReasons", "lý do chung")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("đã được ghi");
        assertThat(pi).isWaitingAt("Task_RecordPC06Decisions");
    }

    @Test
    void leaderReturnsTheBatchForRecomposition() {
        ProcessInstance pi = letterArrives();
        complete(task(pi), withVariables("chosenLetters", List.of("1")));
        sign(pi, "RETURN");
        assertThat(pi).isWaitingAt("Task_ComposeBatch").hasPassed("Gateway_BatchLeaderDecision");
        assertThat(pi).variables().containsEntry("leaderComment", "Bổ sung công văn của Sở Tư pháp");
        verify(reception, times(2)).candidates(3L);
        complete(task(pi), withVariables("chosenLetters", List.of("1")));
        assertThat(pi).isWaitingAt("Task_SignBatchLetter").variables().doesNotContainKey("leaderComment");
    }

    @Test
    void refusedCompositionKeepsTheTask() {
        ProcessInstance pi = letterArrives();
        when(composition.compose(eq(3L), eq(List.of()), any(), anyString())).thenThrow(new AggregationException(
                "none", "Chưa lập được đợt gửi PC06: phải chọn ít nhất một công văn."));
        assertThatThrownBy(() -> complete(task(pi), withVariables("chosenLetters", List.of())))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("ít nhất một công văn");
        assertThat(pi).isWaitingAt("Task_ComposeBatch");
    }

    @Test
    void theScheduleComposesEveryWaitingLetterOnFridayAfternoon() {
        // Wednesday 25/11/2026 09:00: the batch opens; the schedule is Friday 27/11 15:00
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-11-25T09:00:00+07:00").toInstant()));
        ProcessInstance pi = letterArrives();
        Job timer = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(ZonedDateTime.parse("2026-11-27T15:00:00+07:00").toInstant()));
        execute(timer);
        verify(composition).compose(eq(3L), isNull(), eq(Actor.system()), eq(pi.getId()));
        assertThat(pi).hasPassed("Timer_ScheduledComposition", "Task_ComposeAllWaiting").isWaitingAt("Task_SignBatchLetter");
    }

    @Test
    void aScheduleFallingOnTetWaitsForTheNextWorkingDay() {
        // from Saturday 14/02/2026 the next Friday slot, 20/02, is in Tết (16-20/02): it moves to Monday 23/02
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-02-14T09:00:00+07:00").toInstant()));
        ProcessInstance pi = letterArrives();
        Job timer = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(ZonedDateTime.parse("2026-02-23T15:00:00+07:00").toInstant()));
    }

    @Test
    void enoughWaitingPersonsComposeTheBatchAtOnce() {
        ProcessInstance pi = letterArrives();
        runtimeService().createMessageCorrelation("Message_BatchThresholdReached").processInstanceBusinessKey("DOT-3")
                .correlate();
        verify(composition).compose(eq(3L), isNull(), eq(Actor.system()), eq(pi.getId()));
        assertThat(pi).hasPassed("Event_ThresholdReached", "Task_ComposeAllWaiting").isWaitingAt("Task_SignBatchLetter");
    }

    @Test
    void theAggregatorIsRemindedEveryTenWorkingDaysUntilPc06Answers() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-11-25T09:00:00+07:00").toInstant()));
        ProcessInstance pi = sent();
        when(view.aggregatorStaff()).thenReturn(List.of());
        Job first = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        // 10 working days after Wed 25/11 09:00 is Wed 09/12 09:00
        Assertions.assertThat(first.getDuedate()).isEqualTo(Date.from(ZonedDateTime.parse("2026-12-09T09:00:00+07:00").toInstant()));
        ClockUtil.setCurrentTime(first.getDuedate());
        execute(first);
        Job second = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        Assertions.assertThat(second.getDuedate()).isEqualTo(Date.from(ZonedDateTime.parse("2026-12-23T09:00:00+07:00").toInstant()));
        ClockUtil.setCurrentTime(second.getDuedate());
        execute(second);
        verify(notifier, times(2)).notify(anyList(), eq("Nhắc việc: đôn đốc PC06 trả lời đợt 215/STTTT-BCVT"),
                contains("còn 2 người chưa có kết quả"), eq("DOT-3"));
        assertThat(pi).isWaitingAt("Task_RecordPC06Decisions", "Timer_PC06FollowUp");
    }

    @Test
    void noReminderOnceEveryPersonHasAResult() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-11-25T09:00:00+07:00").toInstant()));
        ProcessInstance pi = sent();
        // every result recorded while the batch waits for the one who closes it: the follow-up ends, no reminder
        when(view.allDecided(3L)).thenReturn(true);
        Job first = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        ClockUtil.setCurrentTime(first.getDuedate());
        execute(first);
        verify(notifier, never()).notify(anyList(), anyString(), anyString(), anyString());
        assertThat(pi).hasPassed("EndEvent_FollowUpEnded").isWaitingAt("Task_RecordPC06Decisions");
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
    }

    @Test
    void anUploadedReplyRefreshesTheTaskOrClosesTheBatch() {
        ProcessInstance pi = sent();
        String before = task(pi).getId();
        runtimeService().createMessageCorrelation("Message_PC06ReplyUploaded").processInstanceBusinessKey("DOT-3")
                .setVariable("allDecided", false).setVariable("replyIssues", "Dòng 3: không khớp").correlate();
        assertThat(pi).hasPassed("Event_PC06ReplyUploaded").isWaitingAt("Task_RecordPC06Decisions");
        Assertions.assertThat(task(pi).getId()).isNotEqualTo(before);
        assertThat(pi).variables().containsEntry("replyIssues", "Dòng 3: không khớp");

        runtimeService().createMessageCorrelation("Message_PC06ReplyUploaded").processInstanceBusinessKey("DOT-3")
                .setVariable("allDecided", true).correlate();
        verify(decisions).close(3L);
        assertThat(pi).isEnded().hasPassed("EndEvent_BatchClosed");
    }
}
