package vn.dldcaccess.leavers;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.Date;

/**
 * A closing's deadline moved by the office's corrected handover: its open tasks' due dates and its timers (the
 * reminders, the escalation) move by the same number of days.
 */
@Component
class ClosingDeadlines {
    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;

    ClosingDeadlines(TaskService tasks, ManagementService management, RuntimeService runtime) {
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
    }

    void shift(String closingKey, long days) {
        if (days == 0) {
            return;
        }
        long shift = days * 86_400_000L;
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(closingKey).list()) {
            if (t.getDueDate() != null) {
                t.setDueDate(new Date(t.getDueDate().getTime() + shift));
                tasks.saveTask(t);
            }
        }
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(closingKey)
                .processDefinitionKey("Process_AccountRevocation").singleResult();
        if (instance == null) {
            return;
        }
        for (Job j : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
            management.setJobDuedate(j.getId(), new Date(j.getDuedate().getTime() + shift), true);
        }
    }
}
