package vn.dldcaccess.reconciliation;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Issue 22: official e-mail read straight from the mail directory (an in-process UnboundID server): each mailbox a
 * row, locked as 389/OpenLDAP or Active Directory say it, the agency from the holder; a directory away is named.
 */
class MailDirectoryTest {
    static InMemoryDirectoryServer ldap;
    static final String BASE = "ou=people,dc=angiang,dc=gov,dc=vn";

    @BeforeAll
    static void start() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=angiang,dc=gov,dc=vn");
        config.addAdditionalBindCredentials("cn=dldc-access,dc=angiang,dc=gov,dc=vn", "Tìm kiếm thư mục 2026");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        config.setSchema(null);
        ldap = new InMemoryDirectoryServer(config);
        ldap.add("dn: dc=angiang,dc=gov,dc=vn", "objectClass: top", "objectClass: domain", "dc: angiang");
        ldap.add("dn: " + BASE, "objectClass: organizationalUnit", "ou: people");
        mailbox("ldtb.cv1", "huongnt@angiang.gov.vn", null);
        mailbox("ldtb.cv2", "ductv@angiang.gov.vn", "nsAccountLock: true");
        mailbox("stp.cv1", "khoidm@angiang.gov.vn", "userAccountControl: 514");
        mailbox("nobody", "la@angiang.gov.vn", null);
        ldap.add("dn: cn=group," + BASE, "objectClass: groupOfNames", "cn: group", "mail: bad address@x");
        ldap.startListening();
    }

    static void mailbox(String uid, String mail, String extra) throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of("dn: uid=" + uid + "," + BASE, "objectClass: inetOrgPerson",
                "uid: " + uid, "cn: " + uid, "sn: " + uid, "mail: " + mail));
        if (extra != null) {
            lines.add(extra);
        }
        ldap.add(lines.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        ldap.shutDown(true);
    }

    static MailDirectoryProperties properties(String url) {
        return new MailDirectoryProperties(url, BASE, "(mail=*)", "cn=dldc-access,dc=angiang,dc=gov,dc=vn",
                "Tìm kiếm thư mục 2026", "mail", "uid", null, Duration.ofSeconds(2));
    }

    @Test
    void eachMailboxIsARowWithItsStatusAndAgency() {
        Map<String, String> agencies = Map.of("ldtb.cv1", "SLDTBXH", "ldtb.cv2", "SLDTBXH", "stp.cv1", "STP");
        MailDirectory directory = new MailDirectory(properties("ldap://127.0.0.1:" + ldap.getListenPort()),
                agencies::get);
        assertThat(directory.read()).extracting(ExportRow::username, ExportRow::status, ExportRow::holder,
                ExportRow::agency).containsExactlyInAnyOrder(
                tuple("huongnt@angiang.gov.vn", SystemStatus.ACTIVE, "ldtb.cv1", "SLDTBXH"),
                tuple("ductv@angiang.gov.vn", SystemStatus.LOCKED, "ldtb.cv2", "SLDTBXH"),
                tuple("khoidm@angiang.gov.vn", SystemStatus.LOCKED, "stp.cv1", "STP"),
                tuple("la@angiang.gov.vn", SystemStatus.ACTIVE, "nobody", "?"));
    }

    @Test
    void aDirectoryAwayOrNotConfiguredIsNamed() {
        assertThatThrownBy(() -> new MailDirectory(properties("ldap://127.0.0.1:1"), u -> null).read())
                .isInstanceOfSatisfying(ReconciliationException.class, e -> assertThat(e.vietnameseMessage())
                        .contains("Không đọc được thư mục thư điện tử công vụ"));
        assertThatThrownBy(() -> new MailDirectory(properties(null), u -> null).read())
                .isInstanceOfSatisfying(ReconciliationException.class, e -> assertThat(e.vietnameseMessage())
                        .contains("Chưa cấu hình"));
    }

    @Test
    void anOfficeRunLeavesOtherAgenciesAndUnknownMailboxesOut() {
        Map<String, String> agencies = Map.of("ldtb.cv1", "SLDTBXH", "ldtb.cv2", "SLDTBXH", "stp.cv1", "STP");
        List<ExportRow> rows = new MailDirectory(properties("ldap://127.0.0.1:" + ldap.getListenPort()), agencies::get)
                .read();
        Comparison.Outcome o = Comparison.compare(rows, "SLDTBXH", each -> { }, a -> java.util.Optional.empty());
        assertThat(o.differences()).extracting(f -> f.row().username()).containsExactlyInAnyOrder(
                "huongnt@angiang.gov.vn", "ductv@angiang.gov.vn");
        assertThat(o.outOfScope()).isEqualTo(2);
    }
}
