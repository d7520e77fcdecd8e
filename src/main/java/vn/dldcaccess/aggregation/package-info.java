/**
 * The aggregator (Sở TT&TT): receives signed agency letters, batches them to PC06, records PC06's decisions on
 * each person and passes each decision to its registration exactly once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Aggregation to PC06")
package vn.dldcaccess.aggregation;
