package vn.dldcaccess.leavers;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.EngineJobs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22, the directory as the source, through the whole application in its own JVM (failsafe execution
 * "directory"): every demo person has an entry (an in-process UnboundID directory, which also signs them in); an
 * entry disabled, then one removed, is a leaver: the closing starts by itself and the office closes the account
 * within the deadline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false", "spring.datasource.url=jdbc:h2:mem:directory-leavers;DB_CLOSE_DELAY=-1",
        "dldc.leavers.directory.enabled=true"})
class DirectoryLeaverIT {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String BASE = "ou=people,dc=angiang,dc=gov,dc=vn";
    static final InMemoryDirectoryServer LDAP = start();

    /** An entry for each person of the demo file, their directory password "demo" (the tests' log-in). */
    static InMemoryDirectoryServer start() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=angiang,dc=gov,dc=vn");
            config.addAdditionalBindCredentials("cn=dldc-access,dc=angiang,dc=gov,dc=vn", "search");
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            config.setSchema(null);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.add("dn: dc=angiang,dc=gov,dc=vn", "objectClass: top", "objectClass: domain", "dc: angiang");
            server.add("dn: " + BASE, "objectClass: organizationalUnit", "ou: people");
            Matcher m = Pattern.compile("username: ([a-z0-9.]+),").matcher(new ClassPathResource(
                    "organization/demo-organization.yml").getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                server.add("dn: uid=" + m.group(1) + "," + BASE, "objectClass: inetOrgPerson", "uid: " + m.group(1),
                        "cn: " + m.group(1), "sn: " + m.group(1), "userPassword: demo");
            }
            server.startListening();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) {
        registry.add("dldc.security.ldap.url", () -> "ldap://127.0.0.1:" + LDAP.getListenPort());
        registry.add("dldc.security.ldap.base", () -> BASE);
        registry.add("dldc.security.ldap.manager-dn", () -> "cn=dldc-access,dc=angiang,dc=gov,dc=vn");
        registry.add("dldc.security.ldap.manager-password", () -> "search");
    }

    @AfterAll
    static void stop() {
        LDAP.shutDown(true);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DirectoryCheck check;

    ChainClient client;

    long recorded(String holder, String system, String username) throws Exception {
        String key = client.start(officeOf(holder), "Process_AccountRecording",
                Map.of("accountSystem", system, "holderUsername", holder, "accountUsername", username,
                        "grantedOn", TODAY.minusDays(60).toString()));
        EngineJobs.runMessages(engine);
        return Long.parseLong(key.substring("TK-".length()));
    }

    static String officeOf(String holder) {
        return holder.startsWith("stp.") ? "stp.vp" : "ldtb.vp";
    }

    /** The closing a change started (its first step is asynchronous), by the change's business key. */
    String closingOf(String changeKey) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(changeKey)
                .singleResult().getId();
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
        engine.getManagementService().executeJob(job.getId());
        EngineJobs.runMessages(engine);
        return (String) engine.getRuntimeService().getVariable(instance, "closingKey");
    }

    /** The office closes the account in the closing's task; the closing's deadline is met. */
    void closedByTheOffice(String closing, String office, long account) throws Exception {
        Map<String, Object> r = jdbc.queryForMap("select * from rev_revocation where id = ?",
                Long.parseLong(closing.substring("TH-".length())));
        assertThat(r.get("reported_by")).isEqualTo("system");
        assertThat(((java.sql.Date) r.get("handover_date")).toLocalDate()).isEqualTo(TODAY);
        LocalDate deadline = ((java.sql.Date) r.get("deadline")).toLocalDate();
        assertThat(deadline).isAfter(TODAY);
        client.ok(client.complete(office, client.task(office, closing, "Task_CloseAccount"),
                Map.of("closedOn", TODAY.toString())));
        EngineJobs.runMessages(engine);
        assertThat(jdbc.queryForObject("select status from acc_account where id = ?", String.class, account))
                .isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select status from rev_revocation where id = ?", String.class,
                Long.parseLong(closing.substring("TH-".length())))).isEqualTo("DONE");
    }

    @Test
    void anEntryDisabledOrGoneInTheDirectoryIsALeaverWhoseAccountsTheOfficeClosesInTime() throws Exception {
        client = new ChainClient(rest);
        long disabled = recorded("ldtb.cv3", "IOFFICE", "yenlh.io");
        long removed = recorded("stp.cv2", "OFFICIAL_EMAIL", "linhbtm@angiang.gov.vn");
        // everyone is there and enabled: nothing happens
        assertThat(check.check(false).started()).isEmpty();

        // the province disables ldtb.cv3's entry (389 Directory Server's lock)
        LDAP.modify("dn: uid=ldtb.cv3," + BASE, "changetype: modify", "add: nsAccountLock", "nsAccountLock: true");
        SourceCheck.Checked first = check.check(false);
        assertThat(first.outcome()).isEqualTo(SourceCheck.Outcome.TAKEN_IN);
        assertThat(first.changes()).extracting(SourceDiff.Change::kind, SourceDiff.Change::username)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SourceChangeKind.LEAVER, "ldtb.cv3"));
        assertThat(first.started()).hasSize(1);
        // seen again at the next check: nothing more
        assertThat(check.check(false).started()).isEmpty();
        closedByTheOffice(closingOf(first.started().get(0)), "ldtb.vp", disabled);
        assertThat(jdbc.queryForObject("select left_on from org_person where username = 'ldtb.cv3'", LocalDate.class))
                .isEqualTo(TODAY);

        // stp.cv2's entry is removed altogether
        LDAP.delete("uid=stp.cv2," + BASE);
        SourceCheck.Checked second = check.check(false);
        assertThat(second.changes()).extracting(SourceDiff.Change::username).containsExactly("stp.cv2");
        closedByTheOffice(closingOf(second.started().get(0)), "stp.vp", removed);
    }
}
