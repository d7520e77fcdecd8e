package vn.dldcaccess.submission;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.support.DemoPeople;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.aggregation.IncomingLetter;
import vn.dldcaccess.aggregation.LetterIntake;
import vn.dldcaccess.registration.AgencyLetterInclusion;
import vn.dldcaccess.support.ProcessTestEngine;

import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

@Deployment(resources = {"bpmn/agency-submission.bpmn", "bpmn/agency-submission-schedule.bpmn",
        "forms/start-agency-letter.form", "forms/prepare-agency-letter.form", "forms/sign-by-director.form"})
class AgencySubmissionProcessTest {
    static final AgencyLetterDrafting drafting = mock(AgencyLetterDrafting.class);
    static final AgencyLetterSigning signing = mock(AgencyLetterSigning.class);
    static final AgencyLetterTaskView view = mock(AgencyLetterTaskView.class);
    static final AgencyLetterInclusion inclusion = mock(AgencyLetterInclusion.class);
    static final LetterIntake intake = mock(LetterIntake.class);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(Map.of(
            "openAgencyLetterDelegate", new SubmissionDelegates.OpenAgencyLetter(drafting, DemoPeople.actors()),
            "recordAgencyLetterDelegate", new SubmissionDelegates.RecordAgencyLetter(drafting, DemoPeople.actors()),
            "recordDirectorDecisionDelegate", new SubmissionDelegates.RecordDirectorDecision(signing, drafting, DemoPeople.actors()),
            "notifyIncludedRequestsDelegate", new SubmissionDelegates.NotifyIncludedRequests(view, inclusion),
            "startDueAgencyLettersDelegate", new SubmissionDelegates.StartDueAgencyLetters(drafting),
            "sendLetterToAggregatorDelegate", new SubmissionDelegates.SendLetterToAggregator(view, intake, DemoPeople.actors()),
            "submissionSchedule", new SubmissionSchedule(new SubmissionProperties("0 0 8 ? * MON")),
            "workingDays", ProcessTestEngine.workingDays(),
            "agencyLetterRouting", new AgencyLetterRouting(view)));

    static final String KEY = "CV-SLDTBXH-5";
    /** The steps here run as the office (the services are mocks: the entities' guards are tested on their own). */
    static final Actor OFFICE = DemoPeople.actor("ldtb.vp");

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        init(processEngine);
        reset(drafting, signing, view, inclusion, intake);
        when(drafting.open(any(), any())).thenReturn(new AgencyLetterDrafting.Opened("CV-SLDTBXH-5", List.of(Map.of("value", "SLĐTBXH-2026-000001", "label", "SLĐTBXH-2026-000001 - A")),
                "- [SLĐTBXH-2026-000001](/api/documents/4)"));
        when(view.officeGroup(KEY)).thenReturn("office-SLDTBXH");
        when(view.signers(KEY)).thenReturn(DemoPeople.group("director-SLDTBXH"));
        when(view.letterId(KEY)).thenReturn(5L);
        when(drafting.prepare(anyString(), any(), any(), any(), any(), anyString())).thenReturn(
                new AgencyLetterDrafting.Prepared(new DocumentRef(9L, DocumentKind.AGENCY_LETTER, "cv.pdf", "ab"), "tóm tắt",
                        null));
        when(view.registrationsOf(KEY)).thenReturn(List.of(1L, 2L));
        processEngine.getIdentityService().setAuthenticatedUserId("ldtb.vp");
    }

    @AfterEach
    void tearDown() {
        processEngine.getIdentityService().clearAuthentication();
    }

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(AgencySubmissionProcess.KEY);
    }

    void prepare(ProcessInstance pi) {
        complete(task(pi), withVariables("includedRequestNumbers", "SLĐTBXH-2026-000001", "letterNumber", "125",
                "letterDate", "2026-11-25"));
    }

    void director(ProcessInstance pi, String decision) {
        when(signing.decide(eq(KEY), eq(decision), any(), any(), anyString()))
                .thenReturn(AgencyLetterSigning.DirectorDecision.valueOf(decision));
        complete(task(pi), withVariables("directorDecision", decision, "directorComment", "Sửa ngày"));
    }

    @Test
    void signedLetterTellsEachIncludedRequest() {
        ProcessInstance pi = start();
        verify(drafting).open(null, OFFICE);
        assertThat(pi).isWaitingAt("Task_PrepareAgencyLetter");
        assertThat(task(pi)).hasCandidateGroup("office-SLDTBXH");
        assertThat(pi).variables().containsEntry("candidateForms", "- [SLĐTBXH-2026-000001](/api/documents/4)");
        Assertions.assertThat(pi.getBusinessKey()).isEqualTo("CV-SLDTBXH-5");
        prepare(pi);
        verify(drafting).prepare(eq(KEY), eq(List.of("SLĐTBXH-2026-000001")), eq("125"), eq("2026-11-25"),
                eq(OFFICE), eq(pi.getId()));
        assertThat(pi).isWaitingAt("Task_SignByDirector");
        assertThat(task(pi)).hasCandidateGroup("director-SLDTBXH");
        assertThat(pi).variables().containsEntry("letterDocumentUrl", "/api/documents/9");
        director(pi, "SIGN");
        verify(inclusion).deliver(1L, 5L);
        verify(inclusion).deliver(2L, 5L);
        // handing the letter to the aggregator is a job of its own: retried, never lost with the signature
        assertThat(pi).isWaitingAt("Task_SendToAggregator");
        IncomingLetter letter = new IncomingLetter(5L, "SLDTBXH", "125/SLĐTBXH-VP", java.time.LocalDate.of(2026, 11, 25),
                9L, List.of(1L, 2L));
        when(view.forAggregator(KEY)).thenReturn(letter);
        ProcessTestEngine.executeAsJobExecutor(processEngine, job());
        verify(intake).receive(eq(letter), eq(Actor.system()));
        assertThat(pi).isEnded().hasPassed("EndEvent_LetterSigned");
    }

    @Test
    void aLetterListingTheDirectorsOwnRequestIsSignedByAnotherDirectorNamed() {
        // issue 23: the routing bean reads the letter's requests; here the task view answers as for the director's own
        when(view.signers(KEY)).thenReturn(DemoPeople.named("ldtb.pgd"));
        ProcessInstance pi = start();
        prepare(pi);
        assertThat(pi).isWaitingAt("Task_SignByDirector");
        assertThat(task(pi)).hasCandidateUser("ldtb.pgd");
        Assertions.assertThat(taskService().getIdentityLinksForTask(task(pi).getId()))
                .noneMatch(l -> l.getGroupId() != null);
    }

    @Test
    void returnedLetterGoesBackToTheOffice() {
        when(drafting.candidates(KEY)).thenReturn(List.of());
        ProcessInstance pi = start();
        prepare(pi);
        director(pi, "RETURN");
        assertThat(pi).isWaitingAt("Task_PrepareAgencyLetter");
        prepare(pi);
        assertThat(pi).isWaitingAt("Task_SignByDirector");
    }

    @Test
    void startWithNothingToSendIsRefused() {
        when(drafting.open(any(), any())).thenThrow(new SubmissionException("none",
                vn.dldcaccess.shared.Wording.of("submission.drafting.nothingConfirmed")));
        Assertions.assertThatThrownBy(this::start).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Chưa có yêu cầu nào đã được lãnh đạo đơn vị xác nhận để đưa vào công văn.");
        Assertions.assertThat(processInstanceQuery().count()).isZero();
    }

    @Test
    void scheduleFallingOnTetWaitsForTheNextWorkingDay() {
        when(drafting.agenciesDueForLetter()).thenReturn(List.of("STP"));
        processEngine.getIdentityService().clearAuthentication();
        // Monday 16 Feb 2026 is a Tết holiday; the next working day is Monday 23 Feb
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                java.time.ZonedDateTime.parse("2026-02-16T08:00:00+07:00").toInstant()));
        try {
            ProcessTestEngine.executeAsJobExecutor(processEngine, jobQuery().processDefinitionKey("Process_AgencySubmissionSchedule").singleResult());
            ProcessInstance schedule = processInstanceQuery().processDefinitionKey("Process_AgencySubmissionSchedule")
                    .singleResult();
            assertThat(schedule).isWaitingAt("Timer_NextWorkingDay");
            verify(drafting, never()).agenciesDueForLetter();
            var wait = jobQuery().processInstanceId(schedule.getId()).singleResult();
            Assertions.assertThat(wait.getDuedate().toInstant())
                    .isEqualTo(java.time.ZonedDateTime.parse("2026-02-23T08:00:00+07:00").toInstant());
            ProcessTestEngine.executeAsJobExecutor(processEngine, wait);
            assertThat(schedule).isEnded().hasPassed("Task_StartDueAgencyLetters");
            verify(drafting).open("STP", Actor.system());
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    @Test
    void weeklyScheduleOpensOneLetterPerAgencyWithWaitingRequests() {
        when(drafting.agenciesDueForLetter()).thenReturn(List.of("SLDTBXH", "STP"));
        // a Monday that is a working day
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                java.time.ZonedDateTime.parse("2026-11-23T08:00:00+07:00").toInstant()));
        processEngine.getIdentityService().clearAuthentication(); // the job executor runs unauthenticated
        ProcessTestEngine.executeAsJobExecutor(processEngine, jobQuery().processDefinitionKey("Process_AgencySubmissionSchedule").singleResult());
        verify(drafting).open("SLDTBXH", Actor.system());
        verify(drafting).open("STP", Actor.system());
        Assertions.assertThat(processInstanceQuery().processDefinitionKey(AgencySubmissionProcess.KEY).count()).isEqualTo(2);
        // the timer start schedules its next run
        Assertions.assertThat(jobQuery().timers().count()).isEqualTo(1);
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
}
