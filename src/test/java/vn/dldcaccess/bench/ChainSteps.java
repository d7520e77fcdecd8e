package vn.dldcaccess.bench;

import java.util.List;
import java.util.Map;

/** Statements, commits and nanoseconds per named step of the chain benchmark, summed over chains. */
final class ChainSteps {
    final Map<String, long[]> sums = new java.util.LinkedHashMap<>();
    final Map<String, Map<String, Long>> sql = new java.util.LinkedHashMap<>();

    void run(String name, Runnable step) {
        StatementCounter.BY_SQL.clear();
        StatementCounter.step = name;
        long s = StatementCounter.STATEMENTS.get();
        long c = StatementCounter.COMMITS.get();
        long t = System.nanoTime();
        long cpu = cpu();
        step.run();
        long[] sum = sums.computeIfAbsent(name, k -> new long[4]);
        sum[3] += cpu() - cpu;
        sum[2] += System.nanoTime() - t;
        sum[0] += StatementCounter.STATEMENTS.get() - s;
        sum[1] += StatementCounter.COMMITS.get() - c;
        Map<String, Long> bySql = sql.computeIfAbsent(name, k -> new java.util.HashMap<>());
        StatementCounter.BY_SQL.forEach((q, count) -> bySql.merge(q, count.get(), Long::sum));
    }

    /**
     * The JVM's CPU time (all its threads: the client, the job executor, GC and JIT alike), ns: on a machine shared
     * with other builds it moves far less than the wall clock, so ours against bare + documents stays comparable.
     */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU ns of every step, summed over chains. */
    long cpuTotal() {
        return sums.values().stream().mapToLong(s -> s[3]).sum();
    }

    Map<String, Long> whole() {
        Map<String, Long> all = new java.util.HashMap<>();
        sql.values().forEach(m -> m.forEach((q, c) -> all.merge(q, c, Long::sum)));
        return all;
    }

    /** The statements of a step most often run, per chain: with -Dbench.sql=true. */
    void printTop(String name, int n, String side) {
        sql.getOrDefault(name, Map.of()).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf("BENCH   %-5s %6.1f  %s%n", side, (double) e.getValue() / n, e.getKey()));
    }

    List<String> names() {
        return List.copyOf(sums.keySet());
    }

    long[] mean(String name, int n) {
        long[] sum = sums.getOrDefault(name, new long[4]);
        return new long[]{Math.round((double) sum[0] / n), Math.round((double) sum[1] / n), sum[2] / n};
    }
}
