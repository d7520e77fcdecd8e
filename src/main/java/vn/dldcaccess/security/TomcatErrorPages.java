package vn.dldcaccess.security;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.ExceptionUtils;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.dldcaccess.shared.Messages;

import java.io.IOException;
import java.io.Writer;

/**
 * What Tomcat answers by itself, before the application sees a request (an encoded "/" in the address, an
 * address that cannot be read, a request line or headers too long): a short Vietnamese page instead of Tomcat's
 * English "HTTP Status 400" report, naming no server, version or exception. Runs after Spring Boot's own
 * customizer, whose plain ErrorReportValve it replaces.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(VietnameseReport.class.getName());
            host.getPipeline().addValve(new VietnameseReport());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report, in Vietnamese and without the server's name. */
    public static class VietnameseReport extends ErrorReportValve {
        public VietnameseReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String message = HtmlUtils.htmlEscape(status >= 500
                    ? Messages.text("security.errorPage.server")
                    : ErrorAnswers.vietnamese(status), "UTF-8");
            String page = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>"
                    + HtmlUtils.htmlEscape(Messages.text("security.errorPage.title"), "UTF-8") + "</title></head><body><h1>"
                    + message + "</h1><p>" + HtmlUtils.htmlEscape(Messages.text("security.errorPage.text", status), "UTF-8")
                    + " <a href=\"/camunda/app/welcome/default/\">" + HtmlUtils.htmlEscape(Messages.text("security.errorPage.home"),
                    "UTF-8") + "</a>.</p></body></html>";
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("utf-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(page);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response was taken: nothing more can be said
            } catch (Throwable t) {
                ExceptionUtils.handleThrowable(t);
            }
        }
    }
}
