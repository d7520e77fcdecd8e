package vn.dldcaccess.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.net.InetAddress;

/**
 * Where people reach the application, for the links in mails: {@code dldc.notification.public-url}
 * ({@code DLDC_PUBLIC_URL}) when it is set; otherwise the address the embedded server actually listens on once it
 * has started (its real port, {@code server.address} when one is bound, https when SSL is on, the context path).
 * A request's Host header is never used: anyone can send one, and a mail to a colleague must not point elsewhere.
 */
@Component
public class PublicAddress {
    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final String configured;
    private final ServerProperties server;
    private volatile String derived;

    @org.springframework.beans.factory.annotation.Autowired
    PublicAddress(NotificationProperties properties, ObjectProvider<ServerProperties> server) {
        this(properties.publicUrl(), server.getIfAvailable());
    }

    PublicAddress(String configured, ServerProperties server) {
        this.configured = trim(configured);
        this.server = server;
    }

    /** The address links start with, without a trailing slash. */
    public String base() {
        if (configured != null) {
            return configured;
        }
        String d = derived;
        return d != null ? d : address(server == null || server.getPort() == null ? 8080 : server.getPort());
    }

    /** A page of the application as a mail links to it ("/request.html?number=…" → "https://…/request.html?…"). */
    public String link(String path) {
        return base() + path;
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        // the application's own server, not a separate management port
        if (event.getApplicationContext().getServerNamespace() != null) {
            return;
        }
        derived = address(event.getWebServer().getPort());
        if (configured == null) {
            log.info("Links in mails use {} (set dldc.notification.public-url / DLDC_PUBLIC_URL to the address "
                    + "people reach the application at)", derived);
        }
    }

    private String address(int port) {
        boolean ssl = server != null && server.getSsl() != null && server.getSsl().isEnabled();
        InetAddress bound = server == null ? null : server.getAddress();
        String host = bound == null || bound.isAnyLocalAddress() ? "localhost"
                : bound.getHostAddress().contains(":") ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
        boolean defaultPort = ssl ? port == 443 : port == 80;
        String context = server == null || server.getServlet().getContextPath() == null ? ""
                : server.getServlet().getContextPath();
        return trim((ssl ? "https://" : "http://") + host + (defaultPort ? "" : ":" + port) + context);
    }

    private static String trim(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String s = url.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
