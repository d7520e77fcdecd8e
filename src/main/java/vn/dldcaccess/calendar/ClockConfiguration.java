package vn.dldcaccess.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneOffset;

@Configuration
class ClockConfiguration {
    @Bean
    Clock clock() {
        return new EngineClock(ZoneOffset.UTC);
    }
}
