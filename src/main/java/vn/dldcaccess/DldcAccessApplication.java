package vn.dldcaccess;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import vn.dldcaccess.platform.OutOfMemoryExit;

import java.util.TimeZone;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DldcAccessApplication {
    private static final Logger log = LoggerFactory.getLogger(DldcAccessApplication.class);

    public static void main(String[] args) {
        // the engine reads timer crons ("every Friday 15:00", "07:00 daily") in the JVM's zone: the province's,
        // whatever the host's
        TimeZone.setDefault(TimeZone.getTimeZone(System.getProperty("dldc.zone", "Asia/Ho_Chi_Minh")));
        OutOfMemoryExit.install();
        SpringApplication.run(DldcAccessApplication.class, args);
    }

    /** Tells whoever started the application where to go. */
    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            log.info("dldc-access is ready. Tasklist: http://localhost:{}/camunda/app/tasklist/", web.getWebServer().getPort());
        }
    }
}
