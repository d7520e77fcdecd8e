package vn.dldcaccess.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the application as the Tasklist or a portal does: engine REST with each demo user's Basic auth. */
public class ChainClient {
    public final ObjectMapper json = new ObjectMapper();
    private final TestRestTemplate rest;

    public ChainClient(TestRestTemplate rest) {
        this.rest = rest;
    }

    public ResponseEntity<String> post(String user, String path, Map<String, Object> variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        variables.forEach((k, v) -> vars.put(k, v instanceof Map<?, ?> typed ? typed : Map.of("value", v)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest" + path,
                new HttpEntity<>(Map.of("variables", vars), headers), String.class);
    }

    /** A Json variable, as the Tasklist submits a checklist. */
    public Map<String, Object> jsonList(List<String> values) throws Exception {
        return Map.of("type", "Json", "value", json.writeValueAsString(values));
    }

    public void ok(ResponseEntity<String> r) {
        assertThat(r.getStatusCode().is2xxSuccessful()).as(r.getStatusCode() + " " + r.getBody()).isTrue();
    }

    public String start(String user, String processKey, Map<String, Object> form) throws Exception {
        ResponseEntity<String> r = post(user, "/process-definition/key/" + processKey + "/submit-form", form);
        ok(r);
        return json.readTree(r.getBody()).get("businessKey").asText();
    }

    public ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
        return post(user, "/task/" + taskId + "/submit-form", variables);
    }

    /** The first task the user may see, of a business key and (when given) an activity. */
    public String task(String user, String businessKey, String taskKey) throws Exception {
        String q = "/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + (taskKey == null ? "" : "&taskDefinitionKey=" + taskKey);
        for (JsonNode t : json.readTree(rest.withBasicAuth(user, "demo").getForObject(q, String.class))) {
            return t.get("id").asText();
        }
        return null;
    }

    /** A GET as the user (what the Tasklist asks the engine's REST). */
    public String get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForObject(path, String.class);
    }

    public JsonNode variable(String user, String taskId, String name) throws Exception {
        return json.readTree(rest.withBasicAuth(user, "demo")
                .getForObject("/engine-rest/task/" + taskId + "/variables/" + name + "?deserializeValue=false", String.class)).get("value");
    }

    public byte[] bytes(String user, String path) {
        ResponseEntity<byte[]> r = rest.withBasicAuth(user, "demo").getForEntity(path, byte[].class);
        assertThat(r.getStatusCode().value()).as(path).isEqualTo(200);
        return r.getBody();
    }

    /** Issue 14: an issued document is PDF/A-3b (veraPDF) and, where its agency seals that kind, sealed once. */
    public void assertIssued(String user, String path, boolean sealed) throws Exception {
        byte[] pdf = bytes(user, path);
        PdfAValidation.assertPdfA3b(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getSignatureDictionaries()).as("seals of " + path).hasSize(sealed ? 1 : 0);
        }
    }

    public String pdfText(String user, String path) throws Exception {
        ResponseEntity<byte[]> r = rest.withBasicAuth(user, "demo").getForEntity(path, byte[].class);
        assertThat(r.getStatusCode().value()).as(path).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(r.getBody())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    public int pdfPages(String user, String path) throws Exception {
        try (PDDocument doc = Loader.loadPDF(rest.withBasicAuth(user, "demo").getForEntity(path, byte[].class).getBody())) {
            return doc.getNumberOfPages();
        }
    }

    /** @param user who is logged in, or null for nobody (an open page) */
    public ResponseEntity<String> upload(String user, String path, String fileName, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.add("X-Requested-With", "test");
        return (user == null ? rest : rest.withBasicAuth(user, "demo"))
                .postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }
}
