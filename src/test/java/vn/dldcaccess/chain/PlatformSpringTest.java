package vn.dldcaccess.chain;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.support.AbstractSpringTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Start-up data and the settings letter 2932 asks of the application itself. */
class PlatformSpringTest extends AbstractSpringTest {
    @Autowired
    ApplicationContext context;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ServerProperties server;

    @Test
    void loadingTheOrganizationAndHolidaysAgainChangesNothing() throws Exception {
        long users = identity.createUserQuery().count();
        long groups = identity.createGroupQuery().count();
        long memberships = jdbc.queryForObject("select count(*) from ACT_ID_MEMBERSHIP", Long.class);
        long auths = authorizations.createAuthorizationQuery().count();
        long filterCount = filters.createFilterQuery().count();
        long days = jdbc.queryForObject("select count(*) from cal_day", Long.class);
        long people = jdbc.queryForObject("select count(*) from org_person", Long.class);
        for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(identity.createUserQuery().count()).isEqualTo(users);
        assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
        assertThat(jdbc.queryForObject("select count(*) from ACT_ID_MEMBERSHIP", Long.class)).isEqualTo(memberships);
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(auths);
        assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
        assertThat(jdbc.queryForObject("select count(*) from cal_day", Long.class)).isEqualTo(days);
        assertThat(jdbc.queryForObject("select count(*) from org_person", Long.class)).isEqualTo(people);
        assertThat(people).isEqualTo(18);
        assertThat(identity.createUserQuery().memberOfGroup("unit-head-SLDTBXH_VL").list())
                .extracting(u -> u.getFirstName() + " " + u.getLastName()).containsExactly("Lê Thị Thu Hà");
        assertThat(identity.checkPassword("tthc.qt", "demo")).isTrue(); // a user no other test logs in with wrongly (login throttling)
    }

    @Test
    void sessionsExpireAfterFifteenIdleMinutes() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(15));
    }
}
