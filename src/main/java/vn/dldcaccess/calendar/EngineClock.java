package vn.dldcaccess.calendar;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock reads the engine's: a test or benchmark that moves the engine clock moves the
 * domain's "today" with it, so timers and the checks they trigger agree on the date.
 */
final class EngineClock extends Clock {
    private final ZoneId zone;

    EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new EngineClock(z);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
