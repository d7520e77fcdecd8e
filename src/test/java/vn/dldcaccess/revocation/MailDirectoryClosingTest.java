package vn.dldcaccess.revocation;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyDNRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: an official e-mail account disabled in the mail directory (an in-process UnboundID server) by each
 * method a province may choose; an address not there, a refused bind, a bind without write rights and a directory
 * away are each named, never thrown.
 */
class MailDirectoryClosingTest {
    static final String ROOT = "dc=angiang,dc=gov,dc=vn";
    static final String PEOPLE = "ou=people," + ROOT;
    static final String DISABLED = "ou=disabled," + ROOT;
    static final String WRITER = "cn=dldc-close," + ROOT;
    static final String READER = "cn=dldc-read," + ROOT;
    static final String PASSWORD = "Khóa hộp thư 2026";

    InMemoryDirectoryServer ldap;

    @BeforeEach
    void start() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(ROOT);
        config.addAdditionalBindCredentials(WRITER, PASSWORD);
        config.addAdditionalBindCredentials(READER, PASSWORD);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        config.setSchema(null);
        // the in-memory server has no access control: the read-only account's writes are refused as a real one's
        config.addInMemoryOperationInterceptor(new ReadOnlyAccount());
        ldap = new InMemoryDirectoryServer(config);
        ldap.add("dn: " + ROOT, "objectClass: top", "objectClass: domain", "dc: angiang");
        ldap.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
        ldap.add("dn: " + DISABLED, "objectClass: organizationalUnit", "ou: disabled");
        mailbox("ldtb.cv1", "huongnt@angiang.gov.vn", "userAccountControl: 66048");
        mailbox("ldtb.cv2", "ductv@angiang.gov.vn", null);
        ldap.startListening();
    }

    /** Refuses a modify or a move by {@link #READER} (insufficient access rights), as a directory's ACL would. */
    static final class ReadOnlyAccount extends InMemoryOperationInterceptor {
        private final java.util.Map<Long, String> binds = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void processSimpleBindResult(InMemoryInterceptedSimpleBindResult result) {
            binds.put(result.getConnectionID(), result.getRequest().getBindDN());
        }

        private void refuseReader(long connection) throws LDAPException {
            if (READER.equalsIgnoreCase(binds.get(connection))) {
                throw new LDAPException(ResultCode.INSUFFICIENT_ACCESS_RIGHTS, "read-only account");
            }
        }

        @Override
        public void processModifyRequest(InMemoryInterceptedModifyRequest request) throws LDAPException {
            refuseReader(request.getConnectionID());
        }

        @Override
        public void processModifyDNRequest(InMemoryInterceptedModifyDNRequest request) throws LDAPException {
            refuseReader(request.getConnectionID());
        }
    }

    void mailbox(String uid, String mail, String extra) throws Exception {
        List<String> lines = new ArrayList<>(List.of("dn: uid=" + uid + "," + PEOPLE, "objectClass: inetOrgPerson",
                "uid: " + uid, "cn: " + uid, "sn: " + uid, "mail: " + mail));
        if (extra != null) {
            lines.add(extra);
        }
        ldap.add(lines.toArray(String[]::new));
    }

    @AfterEach
    void stop() {
        ldap.shutDown(true);
    }

    MailDirectoryClosing closing(MailClosingMethod method, String bindDn, String password) {
        return new MailDirectoryClosing(new MailClosingProperties(true, "ldap://127.0.0.1:" + ldap.getListenPort(),
                bindDn, password, PEOPLE, "(mail={0})", method, DISABLED, Duration.ofSeconds(2)));
    }

    MailDirectoryClosing closing(MailClosingMethod method) {
        return closing(method, WRITER, PASSWORD);
    }

    Entry entry(String dn) throws Exception {
        return ldap.getEntry(dn);
    }

    @Test
    void nsAccountLockIsSetToTrue() throws Exception {
        MailDirectoryClosing.Outcome o = closing(MailClosingMethod.NS_ACCOUNT_LOCK).disable("ductv@angiang.gov.vn");
        assertThat(o).isEqualTo(MailDirectoryClosing.Outcome.DISABLED);
        assertThat(entry("uid=ldtb.cv2," + PEOPLE).getAttributeValue("nsAccountLock")).isEqualTo("true");
        // again: a no-op, still disabled
        assertThat(closing(MailClosingMethod.NS_ACCOUNT_LOCK).disable("ductv@angiang.gov.vn").disabled()).isTrue();
    }

    @Test
    void userAccountControlGetsTheDisabledBitAndKeepsTheOthers() throws Exception {
        // 66048 = NORMAL_ACCOUNT (512) + DONT_EXPIRE_PASSWORD (65536)
        assertThat(closing(MailClosingMethod.USER_ACCOUNT_CONTROL).disable("huongnt@angiang.gov.vn").disabled()).isTrue();
        assertThat(entry("uid=ldtb.cv1," + PEOPLE).getAttributeValueAsLong("userAccountControl")).isEqualTo(66050L);
        // without the attribute: a normal account, now disabled
        assertThat(closing(MailClosingMethod.USER_ACCOUNT_CONTROL).disable("ductv@angiang.gov.vn").disabled()).isTrue();
        assertThat(entry("uid=ldtb.cv2," + PEOPLE).getAttributeValueAsLong("userAccountControl")).isEqualTo(514L);
        // again: the same value
        closing(MailClosingMethod.USER_ACCOUNT_CONTROL).disable("huongnt@angiang.gov.vn");
        assertThat(entry("uid=ldtb.cv1," + PEOPLE).getAttributeValueAsLong("userAccountControl")).isEqualTo(66050L);
    }

    @Test
    void theEntryIsMovedToTheDisabledOu() throws Exception {
        assertThat(closing(MailClosingMethod.MOVE_TO_OU).disable("huongnt@angiang.gov.vn").disabled()).isTrue();
        assertThat(entry("uid=ldtb.cv1," + PEOPLE)).isNull();
        Entry moved = entry("uid=ldtb.cv1," + DISABLED);
        assertThat(moved).isNotNull();
        assertThat(moved.getAttributeValue("mail")).isEqualTo("huongnt@angiang.gov.vn");
    }

    @Test
    void anAddressNotInTheDirectoryIsNamed() {
        MailDirectoryClosing.Outcome o = closing(MailClosingMethod.NS_ACCOUNT_LOCK).disable("khong-co@angiang.gov.vn");
        assertThat(o.disabled()).isFalse();
        assertThat(o.failure()).isEqualTo(MailDirectoryClosing.Failure.NOT_FOUND);
        assertThat(o.failure().vietnamese()).contains("Không tìm thấy hộp thư");
    }

    @Test
    void aFilterCharacterInTheAddressIsEscaped() {
        assertThat(closing(MailClosingMethod.NS_ACCOUNT_LOCK).disable("*").failure())
                .isEqualTo(MailDirectoryClosing.Failure.NOT_FOUND);
    }

    @Test
    void aRefusedBindIsNamed() {
        MailDirectoryClosing.Outcome o = closing(MailClosingMethod.NS_ACCOUNT_LOCK, WRITER, "sai mật khẩu")
                .disable("ductv@angiang.gov.vn");
        assertThat(o.failure()).isEqualTo(MailDirectoryClosing.Failure.BIND_REFUSED);
    }

    @Test
    void aBindWithoutWriteRightsIsNamed() throws Exception {
        MailDirectoryClosing reader = closing(MailClosingMethod.NS_ACCOUNT_LOCK, READER, PASSWORD);
        MailDirectoryClosing.Outcome o = reader.disable("ductv@angiang.gov.vn");
        assertThat(o.disabled()).isFalse();
        assertThat(o.failure()).isEqualTo(MailDirectoryClosing.Failure.NO_WRITE_RIGHTS);
        assertThat(entry("uid=ldtb.cv2," + PEOPLE).getAttributeValue("nsAccountLock")).isNull();
        assertThat(closing(MailClosingMethod.MOVE_TO_OU, READER, PASSWORD).disable("ductv@angiang.gov.vn").failure())
                .isEqualTo(MailDirectoryClosing.Failure.NO_WRITE_RIGHTS);
    }

    @Test
    void aDirectoryAwayOrNotConfigured() {
        MailDirectoryClosing away = new MailDirectoryClosing(new MailClosingProperties(true, "ldap://127.0.0.1:1", WRITER,
                PASSWORD, PEOPLE, "(mail={0})", MailClosingMethod.NS_ACCOUNT_LOCK, null, Duration.ofSeconds(2)));
        assertThat(away.disable("ductv@angiang.gov.vn").failure()).isEqualTo(MailDirectoryClosing.Failure.UNREACHABLE);
        MailDirectoryClosing off = new MailDirectoryClosing(new MailClosingProperties(false, "ldap://127.0.0.1:1",
                WRITER, PASSWORD, PEOPLE, "(mail={0})", MailClosingMethod.NS_ACCOUNT_LOCK, null, Duration.ofSeconds(2)));
        assertThat(off.configured()).isFalse();
        assertThat(off.disable("ductv@angiang.gov.vn")).isEqualTo(MailDirectoryClosing.Outcome.NOT_CONFIGURED);
    }

    @Test
    void theSettingsBindAsAProvinceWritesThem() {
        var source = new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(java.util.Map.of(
                "dldc.mail-closing.enabled", "true", "dldc.mail-closing.url", "ldaps://mail-ldap.angiang.gov.vn:636",
                "dldc.mail-closing.bind-dn", WRITER, "dldc.mail-closing.bind-password", PASSWORD,
                "dldc.mail-closing.base", PEOPLE, "dldc.mail-closing.method", "move-to-ou",
                "dldc.mail-closing.disabled-ou", DISABLED));
        MailClosingProperties bound = new org.springframework.boot.context.properties.bind.Binder(source)
                .bindOrCreate("dldc.mail-closing", MailClosingProperties.class);
        assertThat(bound.configured()).isTrue();
        assertThat(bound.method()).isEqualTo(MailClosingMethod.MOVE_TO_OU);
        assertThat(bound.filter()).isEqualTo("(mail={0})");
        assertThat(bound.timeout()).isEqualTo(Duration.ofSeconds(10));
        MailClosingProperties none = new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(java.util.Map.of()))
                .bindOrCreate("dldc.mail-closing", MailClosingProperties.class);
        assertThat(none.configured()).isFalse();
        assertThat(none.method()).isEqualTo(MailClosingMethod.NS_ACCOUNT_LOCK);
    }
}
