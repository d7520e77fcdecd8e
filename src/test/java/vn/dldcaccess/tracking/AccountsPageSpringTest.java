package vn.dldcaccess.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.NewAccount;
import vn.dldcaccess.support.AbstractSpringTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dldcaccess.support.DemoPeople.actor;

/**
 * Issue 21 (items 9 and 12): the TTHC administrator's accounts page shows the DLDC accounts she provisions and
 * closes; the pages offer the agency box and the outbox's "every mail" only to the roles that may use them.
 */
class AccountsPageSpringTest extends AbstractSpringTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    AccountRegister accounts;
    final ObjectMapper json = new ObjectMapper();

    JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> r = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        return json.readTree(r.getBody());
    }

    static List<String> usernames(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("username").asText()));
        return out;
    }

    @Test
    void theTthcAdministratorSeesEveryDldcAccountSheProvisionsAndCloses() throws Exception {
        accounts.open(new NewAccount(AccountSystem.DLDC_TTHC, "p21.dldc.ldtb", "ldtb.cv2", "Trần Văn Đức",
                "079190002101", "SLDTBXH", "SLDTBXH_NCC", LocalDate.now().minusDays(10), null), actor("tthc.qt"));
        accounts.open(new NewAccount(AccountSystem.DLDC_TTHC, "p21.dldc.stp", "stp.cv2", "Bùi Thị Mỹ Linh",
                "079190002102", "STP", "STP_BTTP", LocalDate.now().minusDays(10), null), actor("tthc.qt"));
        accounts.open(new NewAccount(AccountSystem.IOFFICE, "p21.ioffice.stp", "stp.cv2", "Bùi Thị Mỹ Linh",
                null, "STP", "STP_BTTP", LocalDate.now().minusDays(10), null), actor("stp.vp"));

        List<String> all = usernames(get("tthc.qt", "/api/accounts"));
        assertThat(all).contains("p21.dldc.ldtb", "p21.dldc.stp").doesNotContain("p21.ioffice.stp");
        assertThat(usernames(get("tthc.qt", "/api/accounts?agency=STP"))).contains("p21.dldc.stp")
                .doesNotContain("p21.dldc.ldtb", "p21.ioffice.stp");
        // a holder still sees her own only
        assertThat(usernames(get("stp.cv2", "/api/accounts"))).contains("p21.dldc.stp", "p21.ioffice.stp")
                .doesNotContain("p21.dldc.ldtb");
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /**
     * The Tasklist's header reads the person's pages right after the log-in, before the Tasklist's own first
     * request: it must not make the session's CSRF token, which the webapps then never receive (every form they send
     * was refused "thiếu mã bảo vệ của phiên làm việc").
     */
    @Test
    void theTasklistsHeaderLeavesTheSessionsCsrfTokenToTheWebapps() {
        vn.dldcaccess.support.WebappSession browser = vn.dldcaccess.support.WebappSession.anonymous(port);
        assertThat(browser.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=ldtb.vp&password=demo", "application/x-www-form-urlencoded", true).statusCode()).isEqualTo(200);
        var header = browser.get("/api/session?csrf=false");
        assertThat(header.statusCode()).isEqualTo(200);
        assertThat(header.body()).contains("Sổ theo dõi").doesNotContain("csrfToken");
        browser.get("/camunda/api/admin/auth/user/default");
        assertThat(browser.csrfToken()).isNotEmpty();
        assertThat(browser.engine("POST", "task/count", "{}", true).statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionSaysWhichRolesHaveTheAgencyBoxAndEveryMail() throws Exception {
        JsonNode applicant = get("ldtb.cv1", "/api/session");
        assertThat(applicant.get("seesAgencies").asBoolean()).isFalse();
        assertThat(applicant.get("admin").asBoolean()).isFalse();
        assertThat(get("ldtb.vp", "/api/session").get("seesAgencies").asBoolean()).isTrue();
        assertThat(get("ldtb.vp", "/api/session").get("admin").asBoolean()).isFalse();
        assertThat(get("stttt.cv", "/api/session").get("seesAgencies").asBoolean()).isTrue();
        assertThat(get("tthc.qt", "/api/session").get("tthcAdmin").asBoolean()).isTrue();
        assertThat(get("demo", "/api/session").get("admin").asBoolean()).isTrue();
    }
}
