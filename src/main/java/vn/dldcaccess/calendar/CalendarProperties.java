package vn.dldcaccess.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

import java.time.ZoneId;

/**
 * @param holidaysFile the public holidays, one list per year
 * @param zone         the zone in which a day begins and ends (Asia/Ho_Chi_Minh)
 */
@ConfigurationProperties("dldc.calendar")
record CalendarProperties(Resource holidaysFile, ZoneId zone) {
}
