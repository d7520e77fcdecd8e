package vn.dldcaccess.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A person logged in to the Camunda webapps as a browser is: a session cookie and the session's CSRF token,
 * calling the webapps' own copy of the engine API ({@code /camunda/api/engine/engine/default/…}) as the Tasklist
 * does.
 */
public final class WebappSession {
    public static final String ENGINE = "/camunda/api/engine/engine/default/";
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final String base;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public static WebappSession login(int port, String user, String password) {
        WebappSession s = new WebappSession(port);
        s.get("/camunda/app/tasklist/default/");
        HttpResponse<String> r = s.logIn(user, password);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Log-in of " + user + " answered " + r.statusCode() + ": " + r.body());
        }
        return s;
    }

    /** The Tasklist's log-in form sent from this browser (its cookies, device cookies included). */
    public HttpResponse<String> logIn(String user, String password) {
        HttpResponse<String> r = send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8), "application/x-www-form-urlencoded", true);
        if (r.statusCode() == 200) {
            // the log-in starts a new session (no fixation): its first read gets the new session's CSRF token, as
            // the Tasklist's first request after the log-in does
            get("/camunda/api/admin/auth/user/default");
        }
        return r;
    }

    /** The value of a cookie this browser keeps, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** A cookie put into this browser by hand (a forged or copied one). */
    public void putCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base + "/"), cookie);
    }

    /** A browser at the log-in page: the webapps' cookies, nobody logged in. */
    public static WebappSession anonymous(int port) {
        WebappSession s = new WebappSession(port);
        s.get("/camunda/app/tasklist/default/");
        return s;
    }

    public String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null, false);
    }

    /** A call to the webapps' engine API, with the session's CSRF token as the Tasklist sends it (or without). */
    public HttpResponse<String> engine(String method, String enginePath, String json, boolean withCsrf) {
        return send(method, ENGINE + enginePath, json, "application/json", withCsrf);
    }

    /** A script's GET with HTTP Basic that keeps cookies as a browser does. */
    public HttpResponse<String> getWithBasic(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.ISO_8859_1))).GET());
    }

    public HttpResponse<String> send(String method, String path, String body, String contentType, boolean withCsrf) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (withCsrf) {
            b.header("X-XSRF-TOKEN", csrfToken());
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
