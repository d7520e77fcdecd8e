package vn.dldcaccess.tracking;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The engine's own record of a request's process instances (by business key): each step with who did it,
 * when it started and ended. Gateways and the engine's inner scopes say nothing to a clerk and are left out.
 */
@Component
class EngineHistory {
    private static final Set<String> SKIPPED = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "multiInstanceBody", "subProcess");

    private final HistoryService history;

    EngineHistory(HistoryService history) {
        this.history = history;
    }

    record Activity(String processName, String name, String type, String assignee, Instant start, Instant end,
                    boolean canceled, boolean nested) {
    }

    /** @param nestedAssignee for steps inside a sub-process: whether this assignee's step belongs to the request */
    List<Activity> of(String businessKey, Predicate<String> nestedAssignee) {
        if (businessKey == null) {
            return List.of();
        }
        List<Activity> out = new ArrayList<>();
        for (HistoricProcessInstance p : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .orderByProcessInstanceStartTime().asc().list()) {
            String processName = p.getProcessDefinitionName() != null ? p.getProcessDefinitionName() : p.getProcessDefinitionKey();
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(p.getId()).orderByHistoricActivityInstanceStartTime().asc()
                    .orderPartiallyByOccurrence().asc().list()) {
                if (SKIPPED.contains(a.getActivityType()) || a.getActivityName() == null) {
                    continue;
                }
                boolean nested = !p.getId().equals(a.getParentActivityInstanceId());
                if (nested && !nestedAssignee.test(a.getAssignee())) {
                    continue;
                }
                // a start event's person is whoever started the process (the applicant filing the form)
                String who = a.getAssignee() == null && !nested && "startEvent".equals(a.getActivityType())
                        ? p.getStartUserId() : a.getAssignee();
                out.add(new Activity(processName, a.getActivityName(), a.getActivityType(), who,
                        a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant(),
                        a.isCanceled(), nested));
            }
        }
        return out;
    }
}
