package vn.dldcaccess.revocation;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.dldcaccess.support.AbstractSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: the mail directory connector is off unless configured (every other Spring test runs without it, the
 * office's task at once), and the deployed model reaches it through its Spring bean.
 */
class MailClosingSpringTest extends AbstractSpringTest {
    @Autowired
    ApplicationContext context;
    @Autowired
    MailClosingProperties properties;
    @Autowired
    MailDirectoryClosing directory;
    @Autowired
    RepositoryService repository;

    @Test
    void offByDefaultAndWiredIntoTheClosingProcess() {
        assertThat(properties.enabled()).isFalse();
        assertThat(properties.method()).isEqualTo(MailClosingMethod.NS_ACCOUNT_LOCK);
        assertThat(properties.filter()).isEqualTo("(mail={0})");
        assertThat(directory.configured()).isFalse();
        assertThat(directory.disable("huongnt@angiang.gov.vn")).isEqualTo(MailDirectoryClosing.Outcome.NOT_CONFIGURED);

        String id = repository.createProcessDefinitionQuery().processDefinitionKey(AccountRevocationProcess.KEY)
                .latestVersion().singleResult().getId();
        ServiceTask step = repository.getBpmnModelInstance(id).getModelElementById("Task_CloseInMailDirectory");
        assertThat(step.getCamundaDelegateExpression()).isEqualTo("${closeInMailDirectoryDelegate}");
        assertThat(step.isCamundaAsyncBefore()).isTrue();
        assertThat(context.getBean("closeInMailDirectoryDelegate")).isInstanceOf(RevocationDelegates.CloseInMailDirectory.class);
    }
}
