package vn.dldcaccess.worklist;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import vn.dldcaccess.shared.TaskSubject;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Issue 23: a task meant for one person is given to her, never to the person its request is about. */
class TaskTitlesTest {

    static DelegateTask taskFor(String candidateUser) {
        IdentityLink link = mock(IdentityLink.class);
        when(link.getType()).thenReturn(IdentityLinkType.CANDIDATE);
        when(link.getUserId()).thenReturn(candidateUser);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessBusinessKey()).thenReturn("SLĐTBXH-2026-000009");
        DelegateTask task = mock(DelegateTask.class);
        when(task.getExecution()).thenReturn(execution);
        when(task.getName()).thenReturn("Lãnh đạo đơn vị xác nhận");
        when(task.getCandidates()).thenReturn(Set.of(link));
        return task;
    }

    @SuppressWarnings("unchecked")
    static TaskTitles titles(TaskSubject subject) {
        ObjectProvider<TaskSubject> provider = mock(ObjectProvider.class);
        when(provider.orderedStream()).thenAnswer(i -> Stream.of(subject));
        return new TaskTitles(provider);
    }

    static TaskSubject about(String username) {
        return new TaskSubject() {
            @Override
            public Optional<String> subjectOf(String businessKey) {
                return Optional.of("Phạm Quốc Việt — " + businessKey);
            }

            @Override
            public Set<String> peopleOf(String businessKey) {
                return Set.of(username);
            }
        };
    }

    @Test
    void theOneCandidateIsGivenTheTask() {
        DelegateTask task = taskFor("ldtb.pp1");
        titles(about("ldtb.tp2")).notify(task);
        verify(task).setAssignee("ldtb.pp1");
        verify(task).setName("Lãnh đạo đơn vị xác nhận: Phạm Quốc Việt — SLĐTBXH-2026-000009");
    }

    @Test
    void neverThePersonTheRequestIsAbout() {
        DelegateTask task = taskFor("ldtb.tp2");
        titles(about("ldtb.tp2")).notify(task);
        verify(task, never()).setAssignee(anyString());
    }

    @Test
    void whenWhomItIsAboutCannotBeReadNobodyIsGivenIt() {
        DelegateTask task = taskFor("ldtb.tp2");
        titles(new TaskSubject() {
            @Override
            public Optional<String> subjectOf(String businessKey) {
                return Optional.empty();
            }

            @Override
            public Set<String> peopleOf(String businessKey) {
                throw new IllegalStateException("database away");
            }
        }).notify(task);
        verify(task, never()).setAssignee(anyString());
    }
}
