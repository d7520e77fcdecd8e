package vn.dldcaccess.notification;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import vn.dldcaccess.organization.PersonInfo;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

/** Without an SMTP server (the default run) messages stay in the outbox, shown by the application. */
class NotifierTest {
    static final PersonInfo HUONG = new PersonInfo("ldtb.cv1", "Nguyễn Thị Hường", "huongnt@angiang.gov.vn",
            "Chuyên viên", "SLDTBXH", "SLDTBXH_VL", Set.of());

    @SuppressWarnings("unchecked")
    @Test
    void withoutSmtpTheMessageIsKeptAndNoDeliveryStarts() {
        NotificationRepository repo = mock(NotificationRepository.class);
        when(repo.save(any())).thenAnswer(i -> i.getArgument(0));
        ObjectProvider<JavaMailSender> none = mock(ObjectProvider.class);
        RuntimeService runtime = mock(RuntimeService.class);
        new Notifier(repo, none, runtime, Clock.systemUTC()).notify(List.of(HUONG, HUONG), "Tiêu đề", "Nội dung", "X");
        ArgumentCaptor<Notification> saved = ArgumentCaptor.forClass(Notification.class);
        verify(repo, times(1)).save(saved.capture());
        assertThat(saved.getValue().status()).isEqualTo("OUTBOX");
        verifyNoInteractions(runtime);
    }
}
