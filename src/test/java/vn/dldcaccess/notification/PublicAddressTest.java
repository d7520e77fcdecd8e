package vn.dldcaccess.notification;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServer;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Issue 21 (item 5): mail links use the address the application is reached at, never a fixed localhost:8080. */
class PublicAddressTest {

    static WebServerInitializedEvent started(int port, String namespace) {
        WebServer server = mock(WebServer.class);
        when(server.getPort()).thenReturn(port);
        WebServerApplicationContext context = mock(WebServerApplicationContext.class);
        when(context.getServerNamespace()).thenReturn(namespace);
        return new WebServerInitializedEvent(server) {
            @Override
            public WebServerApplicationContext getApplicationContext() {
                return context;
            }
        };
    }

    @Test
    void theConfiguredAddressWinsWithoutItsTrailingSlash() {
        PublicAddress a = new PublicAddress(" https://dldc.angiang.gov.vn/ ", new ServerProperties());
        a.started(started(9443, null));
        assertThat(a.link("/request.html?number=UQ-1")).isEqualTo("https://dldc.angiang.gov.vn/request.html?number=UQ-1");
    }

    @Test
    void unsetItIsThePortTheServerActuallyListensOnWithItsContextPath() {
        ServerProperties server = new ServerProperties();
        server.setPort(0);
        server.getServlet().setContextPath("/dldc");
        PublicAddress a = new PublicAddress("", server);
        a.started(started(18081, null));
        // a management server on a port of its own says nothing about where people go
        a.started(started(18099, "management"));
        assertThat(a.base()).isEqualTo("http://localhost:18081/dldc");
    }

    @Test
    void aBoundAddressAndSslAreKept() throws Exception {
        ServerProperties server = new ServerProperties();
        server.setAddress(InetAddress.getByName("10.1.2.3"));
        Ssl ssl = new Ssl();
        ssl.setEnabled(true);
        server.setSsl(ssl);
        PublicAddress a = new PublicAddress(null, server);
        a.started(started(443, null));
        assertThat(a.base()).isEqualTo("https://10.1.2.3");
        a.started(started(8443, null));
        assertThat(a.base()).isEqualTo("https://10.1.2.3:8443");
    }

    @Test
    void beforeTheServerStartedTheConfiguredPortIsTheBestGuess() {
        ServerProperties server = new ServerProperties();
        server.setPort(9090);
        assertThat(new PublicAddress(null, server).base()).isEqualTo("http://localhost:9090");
        assertThat(new PublicAddress((String) null, null).base()).isEqualTo("http://localhost:8080");
    }
}
