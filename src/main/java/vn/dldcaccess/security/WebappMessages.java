package vn.dldcaccess.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.HtmlUtils;

/**
 * The Camunda webapps show an error's message as HTML (their notifications bind it through {@code trustHTML}),
 * and a refusal may quote what a person typed; so what they read is HTML-escaped. Every other caller (a portal,
 * the engine REST API) gets the plain text.
 */
final class WebappMessages {
    private WebappMessages() {
    }

    static boolean rendersHtml(HttpServletRequest request) {
        return request != null && RequestLogins.path(request).startsWith("/camunda/");
    }

    static String forCaller(String message, HttpServletRequest request) {
        return message != null && rendersHtml(request) ? HtmlUtils.htmlEscape(message, "UTF-8") : message;
    }
}
