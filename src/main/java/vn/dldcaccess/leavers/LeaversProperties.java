package vn.dldcaccess.leavers;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param checkCycle       how often the source is checked (a Camunda timer cycle; an unchanged file costs nothing)
 * @param maxRemovedShare  a version of the source that would remove more than this share of the people at once
 *                         waits for an administrator's confirmation (0.10: ten percent)
 */
@ConfigurationProperties("dldc.leavers")
record LeaversProperties(String checkCycle, Double maxRemovedShare) {
    LeaversProperties {
        checkCycle = checkCycle == null || checkCycle.isBlank() ? "R/PT1M" : checkCycle;
        maxRemovedShare = maxRemovedShare == null ? 0.10 : maxRemovedShare;
    }
}
