package vn.dldcaccess.security;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In its own JVM (failsafe execution "directory"): a second application context in the suite's JVM would
 * register a second engine named "default", and the engine REST API of every later test would use this one.
 * <p>
 * The whole application with log-in against the directory: people sign in with their directory password (not
 * the engine's), what they may do still comes from the organization file, the local administrator keeps its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false", "spring.datasource.url=jdbc:h2:mem:directory;DB_CLOSE_DELAY=-1"})
class DirectoryLoginIT {
    static final InMemoryDirectoryServer LDAP = start();

    static InMemoryDirectoryServer start() {
        try {
            // Basic auth is ISO-8859-1 on the wire, so these directory passwords are ASCII (README "Trust")
            return DirectoryLoginTest.directory(new String[]{"ldtb.cv1", "Thu muc cua Huong 2026"},
                    new String[]{"ldtb.tp1", "Thu muc lanh dao 2026"});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) {
        DirectoryProperties p = DirectoryLoginTest.properties(LDAP);
        registry.add("dldc.security.ldap.url", p::url);
        registry.add("dldc.security.ldap.base", p::base);
        registry.add("dldc.security.ldap.manager-dn", p::managerDn);
        registry.add("dldc.security.ldap.manager-password", p::managerPassword);
    }

    @AfterAll
    static void stop() {
        LDAP.shutDown(true);
    }

    @Autowired
    TestRestTemplate rest;

    HttpStatus status(String user, String password) {
        return HttpStatus.valueOf(rest.withBasicAuth(user, password).getForEntity("/engine-rest/task", String.class)
                .getStatusCode().value());
    }

    @Test
    void peopleSignInWithTheirDirectoryPasswordAndKeepTheirRoles() {
        assertThat(status("ldtb.cv1", "Thu muc cua Huong 2026")).isEqualTo(HttpStatus.OK);
        String groups = rest.withBasicAuth("ldtb.tp1", "Thu muc lanh dao 2026")
                .getForObject("/engine-rest/identity/groups?userId=ldtb.tp1", String.class);
        assertThat(groups).as("the organization file's role").contains("unit-head-SLDTBXH_VL");
    }

    @Test
    void aWrongPasswordAndTheEnginesOwnAreRefused() {
        assertThat(status("ldtb.cv1", "Thu muc cua Huong 2025")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status("ldtb.tp1", "demo")).as("the engine's own password no longer counts")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aPersonMissingFromTheDirectoryCannotSignIn() {
        assertThat(status("stp.cv1", "demo")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aPersonIsSentToTheDirectoryToChangeTheirPassword() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        var answer = rest.withBasicAuth("ldtb.cv1", "Thu muc cua Huong 2026").exchange(
                "/engine-rest/user/ldtb.cv1/credentials", org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>("{\"password\":\"Mat khau moi rat dai 2027\","
                        + "\"authenticatedUserPassword\":\"Thu muc cua Huong 2026\"}", headers), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("thư mục (LDAP) của tỉnh");
        assertThat(status("ldtb.cv1", "Thu muc cua Huong 2026")).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theLocalAdministratorKeepsItsOwnPassword() {
        assertThat(status("demo", "demo")).isEqualTo(HttpStatus.OK);
    }
}
