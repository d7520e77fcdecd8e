package vn.dldcaccess.security;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory log-in against an in-process LDAP server (UnboundID), as a province's directory answers. */
class DirectoryLoginTest {
    static InMemoryDirectoryServer ldap;

    /** An in-memory directory: ou=people with the given people (uid, password); the manager can search. */
    static InMemoryDirectoryServer directory(String[]... people) throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=angiang,dc=gov,dc=vn");
        config.addAdditionalBindCredentials("cn=dldc-access,dc=angiang,dc=gov,dc=vn", "Tìm kiếm thư mục 2026");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        config.setSchema(null);
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=angiang,dc=gov,dc=vn", "objectClass: top", "objectClass: domain", "dc: angiang");
        server.add("dn: ou=people,dc=angiang,dc=gov,dc=vn", "objectClass: organizationalUnit", "ou: people");
        for (String[] p : people) {
            server.add("dn: uid=" + p[0] + ",ou=people,dc=angiang,dc=gov,dc=vn", "objectClass: inetOrgPerson",
                    "uid: " + p[0], "cn: " + p[0], "sn: " + p[0], "userPassword: " + p[1]);
        }
        server.startListening();
        return server;
    }

    static DirectoryProperties properties(InMemoryDirectoryServer server) {
        return new DirectoryProperties("ldap://127.0.0.1:" + server.getListenPort(), "ou=people,dc=angiang,dc=gov,dc=vn",
                "(uid={0})", "cn=dldc-access,dc=angiang,dc=gov,dc=vn", "Tìm kiếm thư mục 2026", Duration.ofSeconds(2));
    }

    @BeforeAll
    static void start() throws Exception {
        ldap = directory(new String[]{"ldtb.cv1", "Mật khẩu thư mục 2026"}, new String[]{"twice", "a"});
        // a second entry with the same log-in under the base: ambiguous, so nobody
        ldap.add("dn: cn=twice-again,ou=people,dc=angiang,dc=gov,dc=vn", "objectClass: inetOrgPerson", "uid: twice",
                "cn: twice-again", "sn: twice", "userPassword: a");
    }

    @AfterAll
    static void stop() {
        ldap.shutDown(true);
    }

    @Test
    void theDirectoryPasswordLetsThePersonIn() {
        assertThat(new DirectoryLogin(properties(ldap)).checkPassword("ldtb.cv1", "Mật khẩu thư mục 2026")).isTrue();
    }

    @Test
    void aWrongPasswordAnEmptyOneAndAPersonMissingFromTheDirectoryDoNot() {
        DirectoryLogin login = new DirectoryLogin(properties(ldap));
        assertThat(login.checkPassword("ldtb.cv1", "demo")).isFalse();
        assertThat(login.checkPassword("ldtb.cv1", "")).as("no anonymous bind").isFalse();
        assertThat(login.checkPassword("stp.cv1", "Mật khẩu thư mục 2026")).as("not in the directory").isFalse();
        assertThat(login.checkPassword("twice", "a")).as("two entries with one log-in").isFalse();
    }

    @Test
    void aLogInNameCannotWidenTheSearch() {
        DirectoryLogin login = new DirectoryLogin(properties(ldap));
        assertThat(login.checkPassword("*", "Mật khẩu thư mục 2026")).isFalse();
        assertThat(login.checkPassword("ldtb*", "Mật khẩu thư mục 2026")).isFalse();
        assertThat(login.checkPassword("x)(uid=ldtb.cv1", "Mật khẩu thư mục 2026")).isFalse();
    }

    @Test
    void aDirectoryThatDoesNotAnswerLetsNobodyIn() throws Exception {
        InMemoryDirectoryServer gone = directory(new String[]{"ldtb.cv1", "x"});
        DirectoryProperties p = properties(gone);
        gone.shutDown(true);
        assertThat(new DirectoryLogin(p).checkPassword("ldtb.cv1", "x")).isFalse();
    }
}
