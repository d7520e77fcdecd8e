package vn.dldcaccess.leavers;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.util.ReflectionTestUtils;
import vn.dldcaccess.organization.OrganizationSource;
import vn.dldcaccess.revocation.SourceClosings;
import vn.dldcaccess.support.DemoPeople;
import vn.dldcaccess.support.ProcessTestEngine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

/** Process_SourceChange and Process_SourceCheck on a bare engine, the domain mocked; the closing is a stub. */
@Deployment(resources = {"bpmn/source-change.bpmn", "bpmn/source-check.bpmn", "leavers/stub-account-revocation.bpmn",
        "forms/check-source-leaver.form", "forms/decide-kept-accounts.form", "forms/confirm-source-change.form"})
class SourceChangeProcessTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final SourceEventRepository events = mock(SourceEventRepository.class);
    static final SourceClosings closings = mock(SourceClosings.class);
    static final SourceCheck check = mock(SourceCheck.class);
    static final DirectoryCheck directory = mock(DirectoryCheck.class);
    static final OrganizationSource source = mock(OrganizationSource.class);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(Map.ofEntries(
            Map.entry("checkOrganizationSourceDelegate", new SourceChangeDelegates.Check(check, directory)),
            Map.entry("prepareMoverDecisionDelegate", new SourceChangeDelegates.PrepareMover(events, closings,
                    vn.dldcaccess.organization.TestOrganization.demo())),
            Map.entry("openSourceClosingDelegate", new SourceChangeDelegates.Open(events, closings,
                    vn.dldcaccess.organization.TestOrganization.demo())),
            Map.entry("correctSourceHandoverDelegate", new SourceChangeDelegates.CorrectHandover(events, closings,
                    DemoPeople.actors(), mock(ClosingDeadlines.class))),
            Map.entry("cancelSourceClosingDelegate", new SourceChangeDelegates.Cancel(events, closings, source,
                    DemoPeople.actors())),
            Map.entry("takeInHeldSourceDelegate", new SourceChangeDelegates.TakeInHeld(events, check, directory, source,
                    DemoPeople.actors())),
            Map.entry("rejectHeldSourceDelegate", new SourceChangeDelegates.RejectHeld(events)),
            Map.entry("sourceChangeRouting", new SourceChangeRouting(events,
                    vn.dldcaccess.organization.TestOrganization.demo())),
            Map.entry("sourceCheckSchedule", new SourceChangeRouting.Schedule(new LeaversProperties(null, null)))));

    ProcessEngine processEngine;
    final Map<Long, SourceEvent> rows = new HashMap<>();

    @BeforeEach
    void setUp() {
        init(processEngine);
        reset(events, closings, check, directory, source);
        when(events.findById(any())).thenAnswer(a -> Optional.ofNullable(rows.get((Long) a.getArgument(0))));
        SourceCheck.Checked unchanged = new SourceCheck.Checked(SourceCheck.Outcome.UNCHANGED, List.of(), List.of(), null);
        when(check.checkConfigured()).thenReturn(unchanged);
        when(directory.check(anyBoolean())).thenReturn(unchanged);
        when(closings.open(anyString(), any(), any(), any(), any(), any(), any())).thenReturn(Optional.of(
                new SourceClosings.Opened("TH-9", DAY.plusDays(5), "tóm tắt")));
        when(closings.deadline("TH-9")).thenReturn(DAY.plusDays(5));
        when(closings.correctHandover(eq("TH-9"), any(), any())).thenReturn(DAY.plusDays(5));
        when(closings.openSystems(anyString())).thenReturn(List.of("IOFFICE"));
    }

    @AfterEach
    void tearDown() {
        processEngine.getIdentityService().clearAuthentication();
    }

    ProcessInstance start(long id, SourceChangeKind kind, String newUnit, Map<String, Object> more) {
        SourceEvent e = kind == SourceChangeKind.HELD ? SourceEvent.held("h" + id, DAY, Instant.now())
                : new SourceEvent(new SourceDiff.Change(kind, "stp.cv3", DAY, "STP", "STP_HCTP", newUnit == null ? null
                : "STP", newUnit), "h", Instant.now());
        ReflectionTestUtils.setField(e, "id", id);
        rows.put(id, e);
        Map<String, Object> vars = new HashMap<>(more);
        vars.put("changeKind", kind.name());
        return runtimeService().startProcessInstanceByKey("Process_SourceChange", "NV-" + id, vars);
    }

    void as(String user, String... groups) {
        processEngine.getIdentityService().setAuthentication(user, List.of(groups));
    }

    @Test
    void theScheduleChecksTheFileAndTheDirectory() {
        execute(managementService().createJobQuery().processDefinitionKey("Process_SourceCheck").singleResult());
        verify(check).checkConfigured();
        verify(directory).check(false);
    }

    @Test
    void aLeaverClosingStartsTheOfficeConfirmsTheClosingEndsTheChange() {
        ProcessInstance pi = start(1, SourceChangeKind.LEAVER, null, Map.of());
        assertThat(pi).isWaitingAt("Task_OpenSourceClosing");
        execute(job(pi));
        verify(closings).open("stp.cv3", "STP", "STP_HCTP", SourceClosings.Change.LEFT, DAY, null, java.util.Set.of());
        assertThat(pi).isWaitingAt("CallActivity_Closing", "Task_CheckSourceLeaver");
        assertThat(task("Task_CheckSourceLeaver")).hasCandidateGroup("office-STP");
        as("stp.vp", "office-STP");
        complete(task("Task_CheckSourceLeaver"), Map.of("officeDecision", "CONFIRM"));
        assertThat(pi).hasPassed("EndEvent_OfficeConfirmed").isWaitingAt("CallActivity_Closing");
        var closing = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("TH-9").singleResult();
        taskService().complete(taskService().createTaskQuery().processInstanceId(closing.getId()).singleResult().getId());
        assertThat(pi).hasPassed("EndEvent_ClosingDone").isEnded();
    }

    @Test
    void theOfficeCorrectsTheDayOrCancelsAFalseAlarm() {
        ProcessInstance corrected = start(2, SourceChangeKind.MOVER_AGENCY, "SLDTBXH_VL", Map.of());
        execute(job(corrected));
        as("stp.vp", "office-STP");
        complete(task("Task_CheckSourceLeaver", corrected), Map.of("officeDecision", "CORRECT_DATE",
                "handoverDate", DAY.minusDays(1).toString()));
        verify(closings).correctHandover(eq("TH-9"), eq(DAY.minusDays(1)), any());
        assertThat(corrected).hasPassed("EndEvent_HandoverCorrected").isWaitingAt("CallActivity_Closing");
        runtimeService().deleteProcessInstance(corrected.getId(), "test");

        ProcessInstance cancelled = start(3, SourceChangeKind.LEAVER, null, Map.of());
        execute(job(cancelled));
        complete(task("Task_CheckSourceLeaver", cancelled), Map.of("officeDecision", "CANCEL"));
        verify(closings).cancel(eq("TH-9"), any());
        verify(source).restore("stp.cv3");
        assertThat(cancelled).hasPassed("EndEvent_ClosingCancelled").isEnded();
        org.assertj.core.api.Assertions.assertThat(rows.get(3L).status()).isEqualTo(SourceEvent.Status.CANCELLED);
    }

    @Test
    void aMoverWithinTheAgencyWaitsForTheNewUnitHeadThenNothingLeftToClose() {
        when(closings.open(anyString(), any(), any(), any(), any(), any(), any())).thenReturn(Optional.empty());
        ProcessInstance pi = start(4, SourceChangeKind.MOVER_UNIT, "STP_BTTP", Map.of());
        assertThat(task("Task_DecideKeptAccounts", pi)).hasCandidateGroup("unit-head-STP_BTTP");
        complete(task("Task_DecideKeptAccounts", pi), Map.of("keepSystems", List.of("IOFFICE")));
        execute(job(pi));
        verify(closings).open("stp.cv3", "STP", "STP_HCTP", SourceClosings.Change.MOVED_UNIT, DAY,
                "Phòng Bổ trợ tư pháp", java.util.Set.of("IOFFICE"));
        assertThat(pi).hasPassed("EndEvent_NothingToClose").isEnded();
        org.assertj.core.api.Assertions.assertThat(rows.get(4L).status()).isEqualTo(SourceEvent.Status.NOTHING_TO_CLOSE);
    }

    @Test
    void aHeldVersionIsTakenInByAnAdministratorOrRejected() {
        ProcessInstance taken = start(5, SourceChangeKind.HELD, null, Map.of("sourceLocation", "directory"));
        assertThat(task("Task_ConfirmSourceChange", taken)).hasCandidateGroup("camunda-admin");
        as("demo", "camunda-admin");
        complete(task("Task_ConfirmSourceChange", taken), Map.of("changeDecision", "CONFIRM"));
        verify(directory).check(true);
        assertThat(taken).hasPassed("EndEvent_HeldTakenIn").isEnded();

        ProcessInstance rejected = start(6, SourceChangeKind.HELD, null, Map.of("sourceLocation", "directory"));
        complete(task("Task_ConfirmSourceChange", rejected), Map.of("changeDecision", "REJECT"));
        assertThat(rejected).hasPassed("EndEvent_HeldRejected").isEnded();
        org.assertj.core.api.Assertions.assertThat(rows.get(6L).status()).isEqualTo(SourceEvent.Status.REJECTED);
    }
}
