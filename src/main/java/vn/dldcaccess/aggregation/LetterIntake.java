package vn.dldcaccess.aggregation;

import vn.dldcaccess.shared.ProcessVariable;
import vn.dldcaccess.organization.Actor;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

import static vn.dldcaccess.aggregation.AggregationBatchProcess.*;

/**
 * Where signed agency letters reach the aggregator. Each letter goes to the batch in composition; when there is
 * none, Message_AgencyLetterReceived starts one. Enough waiting persons compose the batch at once.
 */
@Component
public class LetterIntake {
    private final LetterReception reception;
    private final AggregationProperties properties;
    private final RuntimeService runtime;

    LetterIntake(LetterReception reception, AggregationProperties properties, RuntimeService runtime) {
        this.reception = reception;
        this.properties = properties;
        this.runtime = runtime;
    }

    /** Idempotent: the same letter twice is received once. */
    @Transactional
    public void receive(IncomingLetter letter, Actor actor) {
        LetterReception.Intake intake = reception.receive(letter, actor);
        if (!intake.received()) {
            return;
        }
        Long batch = ensureComposingBatch();
        if (batch != null) {
            refresh(batch);
            if (properties.composeThreshold() > 0 && reception.waitingPersons() >= properties.composeThreshold()) {
                runtime.createMessageCorrelation(MESSAGE_THRESHOLD_REACHED).processInstanceBusinessKey(businessKey(batch))
                        .correlateAll();
            }
        }
    }

    /**
     * A DLDC account to revoke joins the batch in composition (a new one when there is none); the same request
     * twice is received once.
     */
    @Transactional
    public void receiveRevocation(Pc06RevocationRequest request) {
        if (reception.receiveRevocation(request)) {
            Long batch = ensureComposingBatch();
            if (batch != null) {
                refresh(batch);
            }
        }
    }

    /** A batch in composition whenever letters wait (after a partial composition too). */
    Long ensureComposingBatch() {
        Long batch = reception.composingBatch().orElse(null);
        if (batch == null && reception.lettersWaiting()) {
            ProcessInstance started = runtime.startProcessInstanceByMessage(MESSAGE_LETTER_RECEIVED);
            batch = batchId(started.getBusinessKey());
        }
        return batch;
    }

    /** The compose form lists what waits now. */
    void refresh(long batchId) {
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(businessKey(batchId)).active().singleResult();
        if (pi != null) {
            runtime.setVariables(pi.getId(), candidateVariables(reception.candidates(batchId)));
        }
    }

    static Map<String, Object> candidateVariables(LetterReception.Candidates c) {
        return Variables.createVariables()
                .putValue(WAITING_LETTERS.name(), ProcessVariable.jsonValue(c.options()))
                .putValue(WAITING_TEXT.name(), WAITING_TEXT.stored(c.text()));
    }

}
