package vn.dldcaccess.worklist;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.TaskSubject;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts {@link TaskTitles} on every user task of every process the engine deploys, after the task's own
 * listeners, so no model has to remember it.
 */
@Component
class TaskTitlesPlugin extends AbstractProcessEnginePlugin {
    private final TaskTitles titles;

    // the features' subjects are beans that need the engine: looked up when a task is created, not now
    TaskTitlesPlugin(ObjectProvider<TaskSubject> subjects) {
        this.titles = new TaskTitles(subjects);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, titles);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
