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
        new Notifier(repo, none, runtime, Clock.systemUTC(), new NotificationProperties(null, null, "https://dldc.angiang.gov.vn/")).notify(List.of(HUONG, HUONG), "Tiêu đề", "Nội dung", "X");
        ArgumentCaptor<Notification> saved = ArgumentCaptor.forClass(Notification.class);
        verify(repo, times(1)).save(saved.capture());
        assertThat(saved.getValue().status()).isEqualTo("OUTBOX");
        verifyNoInteractions(runtime);
    }

    @Test
    void aMailIsHtmlWithAPlainTextPartAndWhatAPersonTypedStaysText() {
        String markdown = "Phiếu số **SLĐTBXH-2026-000123**: xem [tình trạng](https://dldc.angiang.gov.vn/request.html)."
                + "\n\nLý do: " + vn.dldcaccess.shared.Markdown.literal("<script>alert(1)</script> **không đậm**");
        assertThat(MailBody.html(markdown)).contains("<strong>SLĐTBXH-2026-000123</strong>")
                .contains("href=\"https://dldc.angiang.gov.vn/request.html\">tình trạng</a>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; **không đậm**").doesNotContain("<script>");
        assertThat(MailBody.text(markdown)).contains("Phiếu số SLĐTBXH-2026-000123").doesNotContain("**SLĐ")
                .contains("<script>alert(1)</script> **không đậm**");
        // raw HTML in the template's own Markdown is escaped too, and a javascript: link is dropped
        assertThat(MailBody.html("<b>x</b> [y](javascript:alert(1))")).contains("&lt;b&gt;x&lt;/b&gt;")
                .doesNotContain("javascript:");
    }

    @Test
    void linksInMailsPointAtTheApplicationsPublicAddress() {
        Notifier n = new Notifier(mock(NotificationRepository.class), mock(ObjectProvider.class),
                mock(RuntimeService.class), Clock.systemUTC(), new NotificationProperties(null, null,
                "https://dldc.angiang.gov.vn/"));
        assertThat(n.link("/my-requests.html")).isEqualTo("https://dldc.angiang.gov.vn/my-requests.html");
    }
}
