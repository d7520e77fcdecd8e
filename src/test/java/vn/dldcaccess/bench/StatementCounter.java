package vn.dldcaccess.bench;

import org.springframework.beans.factory.config.BeanPostProcessor;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements the application sends (each execute, each batched statement) and the commits, by
 * wrapping the data source. The job executor's acquisition thread polls on its own; its queries are counted apart
 * so that a step's figure holds only the work of the step (its own thread and the jobs it caused).
 */
final class StatementCounter implements BeanPostProcessor {
    static final AtomicLong STATEMENTS = new AtomicLong();
    static final AtomicLong COMMITS = new AtomicLong();
    static final AtomicLong POLLING = new AtomicLong();
    /** The benchmark's own polling for jobs, not the application's work: not counted. */
    static final ThreadLocal<Boolean> HARNESS = ThreadLocal.withInitial(() -> false);
    /** With -Dbench.sql=true: how often each statement ran (its text's first 110 characters), for the step table. */
    static final boolean TRACE = Boolean.getBoolean("bench.sql");
    /**
     * With -Dbench.sqlStack=PREFIX: for statements starting so (case-insensitive), who sent them: the nearest frames of
     * the application and the engine's command, counted while the step table runs.
     */
    static final String STACK_PREFIX = System.getProperty("bench.sqlStack", "").toLowerCase();
    static final java.util.concurrent.ConcurrentHashMap<String, AtomicLong> BY_CALLER = new java.util.concurrent.ConcurrentHashMap<>();
    /** The step the table is timing, for -Dbench.sqlStack. */
    static volatile String step = "";
    /** Texts are kept only while the step table runs: the timed rounds do not pay for them. */
    static volatile boolean tracing;
    static final java.util.concurrent.ConcurrentHashMap<String, AtomicLong> BY_SQL = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "addBatch");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, ds, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection c ? connection(c) : result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection c) {
        return proxy(Connection.class, c, (target, method, args) -> {
            if (method.getName().equals("commit") && !HARNESS.get()) {
                COMMITS.incrementAndGet();
            }
            Object result = invoke(target, method, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : null;
            if (result instanceof CallableStatement s) {
                return statement(CallableStatement.class, s, sql);
            }
            if (result instanceof PreparedStatement s) {
                return statement(PreparedStatement.class, s, sql);
            }
            if (result instanceof Statement s) {
                return statement(Statement.class, s, sql);
            }
            return result;
        });
    }

    private static <T extends Statement> T statement(Class<T> type, T s, String prepared) {
        return proxy(type, s, (target, method, args) -> {
            if (EXECUTE.contains(method.getName())) {
                if (HARNESS.get()) {
                    return invoke(target, method, args);
                }
                boolean polling = Thread.currentThread().getName().startsWith("JobExecutor[");
                (polling ? POLLING : STATEMENTS).incrementAndGet();
                String sql = prepared != null ? prepared : args != null && args.length > 0 && args[0] instanceof String q ? q : "?";
                if (tracing && !polling) {
                    String key = sql.replaceAll("\\s+", " ").trim();
                    BY_SQL.computeIfAbsent(key.substring(0, Math.min(110, key.length())), k -> new AtomicLong())
                            .incrementAndGet();
                    if (!STACK_PREFIX.isEmpty() && key.toLowerCase().startsWith(STACK_PREFIX)) {
                        BY_CALLER.computeIfAbsent(step + " | " + caller(), k -> new AtomicLong()).incrementAndGet();
                    }
                }
            }
            return invoke(target, method, args);
        });
    }

    /** The first application frames and the engine command below a statement. */
    private static String caller() {
        StringBuilder out = new StringBuilder();
        int ours = 0;
        int ops = 0;
        String command = null;
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            String c = e.getClassName();
            if (c.startsWith("vn.dldcaccess.") && !c.startsWith("vn.dldcaccess.bench.") && !c.contains("$$") && ours < 3) {
                out.append(c.substring(14)).append('.').append(e.getMethodName()).append(" < ");
                ours++;
            }
            if (command == null && c.startsWith("org.camunda.bpm.engine.impl.cmd.")) {
                command = c.substring(32);
            }
            if (command == null && ops < 2 && c.contains("AtomicOperation")) {
                out.append('[').append(c.substring(c.lastIndexOf('.') + 1)).append("] ");
                ops++;
            }
        }
        String api = null;
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            String c = e.getClassName();
            if (c.startsWith("org.camunda.bpm.engine.impl.") && (c.endsWith("ServiceImpl") || c.endsWith("ExecuteJobHelper")
                    || c.endsWith("ProcessInstantiationBuilderImpl") || c.endsWith("MessageCorrelationBuilderImpl"))) {
                api = c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
            }
        }
        return out + (command == null ? "" : "cmd " + command) + " @" + (api == null ? "?" : api)
                + (Thread.currentThread().getName().startsWith("camundaTask") ? " [job thread]" : "");
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler h = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return target;
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, h);
    }
}
