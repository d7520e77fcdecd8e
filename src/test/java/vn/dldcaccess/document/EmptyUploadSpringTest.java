package vn.dldcaccess.document;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 21: a 0-byte file is answered as empty, never as "Vui lòng chọn tệp" (as if none had been chosen). */
class EmptyUploadSpringTest extends AbstractSpringTest {
    @Autowired
    TestRestTemplate rest;

    void emptyIsNamed(String user, String path, String fileName) {
        ResponseEntity<String> r = new ChainClient(rest).upload(user, path, fileName, new byte[0]);
        assertThat(r.getStatusCode().value()).as(path + " " + r.getBody()).isEqualTo(400);
        assertThat(r.getBody()).as(path).contains("Tệp \\\"" + fileName + "\\\" rỗng (0 byte)")
                .doesNotContain("Vui lòng chọn tệp");
    }

    @Test
    void everyUploadSaysTheChosenFileIsEmpty() {
        emptyIsNamed("ldtb.gd", "/api/agency-letters/CV-SLDTBXH-1/signed", "cong-van-da-ky.pdf");
        emptyIsNamed("stttt.cv", "/api/aggregation/batches/1/pc06-reply", "ket-qua-pc06.xlsx");
        emptyIsNamed(null, "/api/verify", "van-ban.pdf");
    }
}
