package vn.dldcaccess.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays one attempt of the attack suite: as a person, through the engine REST API (HTTP Basic) and through the
 * webapps' engine API with a real session and its CSRF token, then checks the refusal (status, the Vietnamese
 * message a person reads) and that nothing changed anywhere ({@link StateSnapshot}).
 */
public final class AttackProbe {
    public enum Channel { REST, WEBAPP }

    public static final Set<Channel> BOTH = EnumSet.allOf(Channel.class);
    public static final Set<Channel> REST_ONLY = EnumSet.of(Channel.REST);

    private final TestRestTemplate rest;
    private final JdbcTemplate jdbc;
    private final int port;
    private final Map<String, WebappSession> sessions = new HashMap<>();
    private final List<String> log = new ArrayList<>();
    private int attempts;

    public AttackProbe(TestRestTemplate rest, JdbcTemplate jdbc, int port) {
        this.rest = rest;
        this.jdbc = jdbc;
        this.port = port;
    }

    /** The attempt is refused with that status and message, on each channel, and changes nothing. */
    public void refused(String what, String user, Set<Channel> channels, String method, String enginePath, String json,
                        int status, String vietnamese) {
        for (Channel channel : channels) {
            StateSnapshot before = StateSnapshot.take(jdbc);
            int got;
            String body;
            if (channel == Channel.REST) {
                ResponseEntity<String> r = restCall(user, method, enginePath, json);
                got = r.getStatusCode().value();
                body = r.getBody();
            } else {
                HttpResponse<String> r = session(user).engine(method, enginePath, json, true);
                got = r.statusCode();
                // the webapps show a message as HTML: it comes escaped, and reads as the plain text once unescaped
                assertThat(r.body()).as(what + " [" + channel + "] escaped for the webapps").doesNotContain("<", ">");
                // (a quote inside the JSON string is &quot; there, \" on the engine REST API)
                body = org.springframework.web.util.HtmlUtils.htmlUnescape(r.body().replace("&quot;", "\\\""));
            }
            assertThat(got).as(what + " [" + channel + "] " + body).isEqualTo(status);
            if (vietnamese != null) {
                assertThat(body).as(what + " [" + channel + "]").contains(vietnamese);
            }
            if (body != null) {
                assertThat(body).as(what + " [" + channel + "] names no exception class")
                        .doesNotContainPattern("[a-z]\\.[A-Za-z]+Exception|\\tat |Caused by");
            }
            assertThat(StateSnapshot.take(jdbc).changedSince(before)).as(what + " [" + channel + "] changed nothing")
                    .isEmpty();
            attempts++;
            log.add(channel + " " + user + " " + method + " " + enginePath + " -> " + got + ": " + what);
        }
    }

    public ResponseEntity<String> restCall(String user, String method, String enginePath, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        TestRestTemplate as = user == null ? rest : rest.withBasicAuth(user, "demo");
        return as.exchange("/engine-rest/" + enginePath, HttpMethod.valueOf(method),
                new HttpEntity<>(json, headers), String.class);
    }

    public WebappSession session(String user) {
        return sessions.computeIfAbsent(user, u -> WebappSession.login(port, u, "demo"));
    }

    public int attempts() {
        return attempts;
    }

    public List<String> log() {
        return log;
    }
}
