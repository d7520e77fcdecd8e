package vn.dldcaccess.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Every HTTP 500 the application answers is logged under one logger (security.ErrorAnswers, UserErrorMapper);
 * servlet failures outside them are logged by Tomcat. The Spring and browser tests fail when any was logged.
 */
public final class Http500Watch extends AppenderBase<ILoggingEvent> {
    private static final String NAME = "dldc-http500-watch";
    private static final Http500Watch INSTANCE = new Http500Watch();
    private final List<String> seen = new ArrayList<>();

    private Http500Watch() {
        setName(NAME);
    }

    /** Attached again after each context start (Spring Boot resets Logback when a context starts). */
    public static Http500Watch attach() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        INSTANCE.setContext(context);
        if (!INSTANCE.isStarted()) {
            INSTANCE.start();
        }
        for (String name : List.of("vn.dldcaccess.http500", "org.apache.catalina.core")) {
            Logger logger = context.getLogger(name);
            if (logger.getAppender(NAME) == null) {
                logger.addAppender(INSTANCE);
            }
        }
        return INSTANCE;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            seen.add(event.getLoggerName() + ": " + event.getFormattedMessage());
        }
    }

    /** What was logged since the last call. */
    public synchronized List<String> drain() {
        List<String> out = new ArrayList<>(seen);
        seen.clear();
        return out;
    }
}
