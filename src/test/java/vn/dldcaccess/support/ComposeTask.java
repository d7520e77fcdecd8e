package vn.dldcaccess.support;

import org.camunda.bpm.engine.ProcessEngine;

/** The aggregator's open "compose a batch" task that offers a received letter, and its batch's business key. */
public record ComposeTask(String taskId, String batchKey) {

    public static ComposeTask offering(ProcessEngine engine, ChainClient client, long receivedLetterId) throws Exception {
        for (var t : engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ComposeBatch").list()) {
            if (client.variable("stttt.cv", t.getId(), "waitingLetters").asText()
                    .contains("\"value\":\"" + receivedLetterId + "\"")) {
                String batchKey = engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey();
                return new ComposeTask(t.getId(), batchKey);
            }
        }
        throw new AssertionError("no compose task offers the received letter " + receivedLetterId);
    }
}
