package vn.dldcaccess.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.SampleForms;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Health for the load balancer, figures for the monitor, logs without personal data, nothing more for anyone. */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class OperationsSpringTest extends AbstractSpringTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    OperationsMetrics metrics;

    @Test
    void probesAreOpenAndSayNoMoreThanUpOrDown() {
        ResponseEntity<String> liveness = rest.getForEntity("/actuator/health/liveness", String.class);
        assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(liveness.getBody()).isEqualTo("{\"status\":\"UP\"}");
        ResponseEntity<String> readiness = rest.getForEntity("/actuator/health/readiness", String.class);
        // the Spring tests run without the job executor (readiness says so: 503), a node runs with it
        assertThat(readiness.getBody()).doesNotContain("organization").doesNotContain("details");
        ResponseEntity<String> details = rest.withBasicAuth("prometheus", "demo")
                .getForEntity("/actuator/health/readiness", String.class);
        assertThat(details.getBody()).contains("\"status\"");
    }

    @Test
    void figuresNeedTheMonitorsLogIn() {
        for (String path : new String[]{"/actuator/prometheus", "/actuator/metrics", "/actuator/info",
                "/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            ResponseEntity<String> anonymous = rest.getForEntity(path, String.class);
            assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(anonymous.getBody()).as(path).contains("Vui lòng đăng nhập");
        }
        // a wrong password, and a person's own log-in, which is not the monitor's: once each, since wrong log-ins
        // here are throttled like every other (security.AttackSuiteSpringTest)
        assertThat(rest.withBasicAuth("prometheus", "sai-mat-khau").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/actuator/metrics", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // not exposed at all, even to the monitor
        assertThat(rest.withBasicAuth("prometheus", "demo").getForEntity("/actuator/env", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theDomainFiguresMoveWhenARequestMoves() throws Exception {
        metrics.refresh();
        double before = gauge(scrape(), "dldc_tasks_open", "role=\"unit-head\"", "task=\"Task_ConfirmByUnitHead\"");

        new ChainClient(rest).start("ldtb.cv2", "Process_AccountRegistration",
                SampleForms.as("ldtb.cv2", SampleForms.valid("089190007731", "SLDTBXH_NCC", "ops-metrics@angiang.gov.vn")));
        metrics.refresh();

        String after = scrape();
        // at least the new one: the figures are also refreshed on their own schedule, beside this test
        assertThat(gauge(after, "dldc_tasks_open", "role=\"unit-head\"", "task=\"Task_ConfirmByUnitHead\""))
                .isGreaterThanOrEqualTo(before + 1);
        assertThat(gauge(after, "dldc_processes_running", "process=\"Process_AccountRegistration\"")).isPositive();
        assertThat(gauge(after, "dldc_register_projection_seconds_count", "")).isPositive();
        assertThat(after).contains("dldc_jobs{application=\"dldc-access\",state=\"failed\"}")
                .contains("dldc_outbox{application=\"dldc-access\",state=\"PENDING\"}")
                .contains("dldc_incidents{").contains("executor_active_threads{");
    }

    @Test
    void noCitizenIdPhoneOrMailReachesTheLog(org.springframework.boot.test.system.CapturedOutput output) {
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("vn.dldcaccess.platform.LogTest");
        log.info("Refused for 079190000999, 0912345678, huongnt@angiang.gov.vn");
        log.warn("Failed", new IllegalStateException("Duplicate entry '079190000999' for key 'uq_reg_open_citizen'"));
        assertThat(output.getOut()).contains("Refused for [số], [số], [email]")
                .contains("Duplicate entry '[số]' for key").doesNotContain("079190000999")
                .doesNotContain("0912345678").doesNotContain("huongnt@");
    }

    String scrape() {
        ResponseEntity<String> r = rest.withBasicAuth("prometheus", "demo").getForEntity("/actuator/prometheus", String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    /** The value of a series whose labels contain the given ones (0 when absent). */
    static double gauge(String scrape, String name, String... labels) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)} (\\S+)$").matcher(scrape);
        double sum = 0;
        while (m.find()) {
            String found = m.group(1);
            if (java.util.Arrays.stream(labels).allMatch(found::contains)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
