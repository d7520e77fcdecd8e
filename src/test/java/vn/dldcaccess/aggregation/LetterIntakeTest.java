package vn.dldcaccess.aggregation;

import vn.dldcaccess.organization.Actor;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.*;

/** Where letters go: to the batch in composition, a new batch when there is none, at once when enough wait. */
class LetterIntakeTest {
    static final IncomingLetter LETTER = new IncomingLetter(5L, "STP", "302/STP-VP", LocalDate.of(2026, 11, 25), 9L,
            List.of(1L, 2L));
    final LetterReception aggregation = mock(LetterReception.class);
    final RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);

    LetterIntake intake(int threshold) {
        when(aggregation.candidates(anyLong())).thenReturn(new LetterReception.Candidates(List.of(), ""));
        return new LetterIntake(aggregation, new AggregationProperties(null, threshold, 0), runtime);
    }

    @Test
    void withoutABatchInCompositionALetterStartsOne() {
        LetterIntake intake = intake(0);
        when(aggregation.receive(LETTER, Actor.system())).thenReturn(new LetterReception.Intake(true, null, 2));
        when(aggregation.composingBatch()).thenReturn(Optional.empty());
        when(aggregation.lettersWaiting()).thenReturn(true);
        ProcessInstance started = mock(ProcessInstance.class);
        when(started.getId()).thenReturn("pi-1");
        when(runtime.startProcessInstanceByMessage("Message_AgencyLetterReceived")).thenReturn(started);
        when(started.getBusinessKey()).thenReturn("DOT-3");
        intake.receive(LETTER, Actor.system());
        verify(runtime).startProcessInstanceByMessage("Message_AgencyLetterReceived");
        verify(runtime, never()).createMessageCorrelation("Message_BatchThresholdReached");
    }

    @Test
    void enoughWaitingPersonsComposeAtOnce() {
        LetterIntake intake = intake(2);
        when(aggregation.receive(LETTER, Actor.system())).thenReturn(new LetterReception.Intake(true, 3L, 2));
        when(aggregation.composingBatch()).thenReturn(Optional.of(3L));
        when(aggregation.waitingPersons()).thenReturn(2);
        intake.receive(LETTER, Actor.system());
        verify(runtime, never()).startProcessInstanceByMessage(anyString());
        verify(runtime).setVariables(any(), anyMap());
        verify(runtime.createMessageCorrelation("Message_BatchThresholdReached").processInstanceBusinessKey("DOT-3"))
                .correlateAll();
    }

    @Test
    void theSameLetterTwiceIsReceivedOnce() {
        LetterIntake intake = intake(1);
        when(aggregation.receive(LETTER, Actor.system())).thenReturn(new LetterReception.Intake(false, 3L, 5));
        intake.receive(LETTER, Actor.system());
        verifyNoInteractions(runtime);
    }
}
