package vn.dldcaccess.leavers;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.dldcaccess.organization.OrganizationSource;
import vn.dldcaccess.organization.OrganizationSource.SourcePerson;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Leavers from the directory (issue 22), against an in-process UnboundID server: gone or disabled there. */
class DirectoryCheckTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    InMemoryDirectoryServer ldap;
    OrganizationSource source = mock(OrganizationSource.class);
    SourceEventRepository events = mock(SourceEventRepository.class);
    RuntimeService runtime = mock(RuntimeService.class);
    List<SourcePerson> registered = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=angiang,dc=gov,dc=vn");
        config.addAdditionalBindCredentials("cn=dldc-access,dc=angiang,dc=gov,dc=vn", "Tìm kiếm thư mục 2026");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        config.setSchema(null);
        ldap = new InMemoryDirectoryServer(config);
        ldap.add("dn: dc=angiang,dc=gov,dc=vn", "objectClass: top", "objectClass: domain", "dc: angiang");
        ldap.add("dn: ou=people,dc=angiang,dc=gov,dc=vn", "objectClass: organizationalUnit", "ou: people");
        for (int i = 0; i < 20; i++) {
            registered.add(new SourcePerson("cv" + i, "STP", "STP_HCTP", null));
            if (i != 7) {
                // cv7 has no entry any more; cv3 is disabled
                ldap.add("dn: uid=cv" + i + ",ou=people,dc=angiang,dc=gov,dc=vn", "objectClass: inetOrgPerson",
                        "uid: cv" + i, "cn: cv" + i, "sn: cv" + i, "nsAccountLock: " + (i == 3 ? "true" : "false"));
            }
        }
        ldap.startListening();
        when(source.registered()).thenReturn(registered);
        AtomicLong ids = new AtomicLong();
        when(events.saveAndFlush(any())).thenAnswer(a -> {
            Object event = a.getArgument(0);
            ReflectionTestUtils.setField(event, "id", ids.incrementAndGet());
            return a.getArgument(0);
        });
    }

    @AfterEach
    void stop() {
        ldap.shutDown(true);
    }

    DirectoryCheck check(boolean enabled) {
        var connection = new DirectorySourceProperties.Connection("ldap://127.0.0.1:" + ldap.getListenPort(),
                "ou=people,dc=angiang,dc=gov,dc=vn", "(uid={0})", "cn=dldc-access,dc=angiang,dc=gov,dc=vn",
                "Tìm kiếm thư mục 2026", Duration.ofSeconds(2));
        return new DirectoryCheck(source, events, runtime, new LeaversProperties(null, null),
                new DirectorySourceProperties(enabled, "(nsAccountLock=true)"), connection, CLOCK);
    }

    @Test
    void aPersonGoneOrDisabledInTheDirectoryIsALeaverFromTodayStartedOnce() {
        SourceCheck.Checked r = check(true).check(false);
        assertThat(r.outcome()).isEqualTo(SourceCheck.Outcome.TAKEN_IN);
        assertThat(r.changes()).extracting(SourceDiff.Change::kind, SourceDiff.Change::username, SourceDiff.Change::on)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(SourceChangeKind.LEAVER, "cv3", TODAY),
                        org.assertj.core.groups.Tuple.tuple(SourceChangeKind.LEAVER, "cv7", TODAY));
        verify(source).markLeft(Map.of("cv3", TODAY, "cv7", TODAY));
        verify(runtime, times(2)).startProcessInstanceByKey(eq(SourceChangeProcess.KEY), anyString(), anyMap());
        assertThat(r.started()).containsExactly("NV-1", "NV-2");

        // seen again before the first was taken in (another node): recorded already, nothing more started
        when(events.existsByEventKey(anyString())).thenReturn(true);
        assertThat(check(true).check(false).started()).isEmpty();
        verify(runtime, times(2)).startProcessInstanceByKey(eq(SourceChangeProcess.KEY), anyString(), anyMap());
    }

    @Test
    void tooManyAtOnceWaitsForTheAdministrator() throws Exception {
        ldap.delete("uid=cv1,ou=people,dc=angiang,dc=gov,dc=vn");
        SourceCheck.Checked r = check(true).check(false);
        assertThat(r.outcome()).isEqualTo(SourceCheck.Outcome.HELD);
        verify(source, never()).markLeft(any());
        verify(runtime).startProcessInstanceByKey(eq(SourceChangeProcess.KEY), eq("NV-1"),
                eq(Map.of("changeKind", "HELD", "changeSummary", SourceChangeProcess.CHANGE_SUMMARY.stored(
                        SourceTexts.held(SourceDiff.between(registered, registered.stream()
                                .filter(p -> !List.of("cv1", "cv3", "cv7").contains(p.username())).toList(), TODAY,
                                0.10))), "sourceLocation", "directory")));
        // confirmed by the administrator: taken in
        assertThat(check(true).check(true).outcome()).isEqualTo(SourceCheck.Outcome.TAKEN_IN);
        verify(source).markLeft(Map.of("cv1", TODAY, "cv3", TODAY, "cv7", TODAY));
    }

    @Test
    void aDirectoryThatDoesNotAnswerChangesNothingAndSaysWhyOffItIsNotAsked() {
        DirectoryCheck down = check(true);
        ldap.shutDown(true);
        SourceCheck.Checked r = down.check(false);
        assertThat(r.outcome()).isEqualTo(SourceCheck.Outcome.UNREADABLE);
        verify(source).reportProblem(r.reason());
        verify(source, never()).markLeft(any());
        assertThat(check(false).check(false).outcome()).isEqualTo(SourceCheck.Outcome.UNCHANGED);
    }
}
