package vn.dldcaccess.aggregation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param composeCron           when the schedule composes a batch of every waiting letter (Spring cron, zone of
 *                              the calendar); moved to the next working day when it falls on a holiday
 * @param composeThreshold      compose at once when this many persons wait (0: never)
 * @param followUpWorkingDays   remind the aggregator to chase PC06 after this many working days, repeating
 */
@ConfigurationProperties("dldc.aggregation")
record AggregationProperties(String composeCron, int composeThreshold, int followUpWorkingDays) {
    AggregationProperties {
        composeCron = composeCron == null ? "0 0 15 * * FRI" : composeCron;
        followUpWorkingDays = followUpWorkingDays <= 0 ? 10 : followUpWorkingDays;
    }
}
