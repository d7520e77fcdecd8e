package vn.dldcaccess.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dldcaccess.support.AbstractSpringTest;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: JSON a caller sends the engine APIs is parsed within limits too: nesting, numbers, keys. Each hostile
 * body is a Vietnamese 4xx; none reaches a 500 (the suite fails on any 500 logged) and nothing is stored.
 */
class HostileBodiesSpringTest extends AbstractSpringTest {
    static final String START = "/engine-rest/process-definition/key/Process_AccountRegistration/submit-form";

    @Autowired
    TestRestTemplate rest;

    ResponseEntity<String> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("ldtb.cv3", "demo").exchange(START, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }

    @Test
    void hostileJsonIsRefusedInVietnamese() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("arrays nested 10 000 deep", "{\"variables\":{\"note\":{\"value\":" + "[".repeat(10_000)
                + "]".repeat(10_000) + "}}}");
        bodies.put("objects nested 2 000 deep", "{\"variables\":" + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000) + "}");
        bodies.put("a number of 5 000 digits", "{\"variables\":{\"note\":{\"value\":" + "9".repeat(5_000) + "}}}");
        StringBuilder keys = new StringBuilder("{\"variables\":{");
        for (int i = 0; i < 30_000; i++) {
            keys.append(i == 0 ? "" : ",").append("\"v").append(i).append("\":{\"value\":1}");
        }
        bodies.put("30 000 variables", keys.append("}}").toString());
        bodies.put("not JSON at all", "{\"variables\":{\"note\":");
        bodies.forEach((name, body) -> {
            ResponseEntity<String> r = post(body);
            assertThat(r.getStatusCode().value()).as(name + ": " + r.getBody()).isBetween(400, 499);
            assertThat(r.getBody()).as(name).doesNotContain("Exception").doesNotContain("at com.")
                    .containsPattern("[ạ-ỹđĐáàảãâấầẩẫậăắằẳẵặéèẻẽêếềểễệíìỉĩóòỏõôốồổỗộơớờởỡợúùủũưứừửữựýỳỷỹ]");
        });
    }
}
