package vn.dldcaccess.architecture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import vn.dldcaccess.shared.ProcessVariable;
import vn.dldcaccess.support.FormReads;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each process's variables contract (its {@code …Process} class) against its model and forms: every form bound
 * in a BPMN to a start event or a user task writes exactly the variables the contract lets that form write, in
 * the shape the contract reads; every text field states the limit the server applies; no task is routed by a
 * variable, and no start event names a person through a variable.
 */
class ProcessContractsTest {
    static final Map<String, String> CONTRACTS = FormReads.CONTRACTS;

    @Test
    void everyBoundFormWritesExactlyWhatItsProcessContractLetsItWrite() throws Exception {
        Map<String, List<String>> checked = new TreeMap<>();
        for (Path bpmn : files("bpmn", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                for (FlowElement element : process.getFlowElements()) {
                    String formRef = formRef(element);
                    if (formRef == null) {
                        continue;
                    }
                    String contract = CONTRACTS.get(process.getId());
                    assertThat(contract).as("contract of " + process.getId()).isNotNull();
                    Map<String, ProcessVariable.Kind> written = writtenBy(contract, formRef);
                    Map<String, ProcessVariable.Kind> fields = formFields(formRef);
                    assertThat(fields).as(process.getId() + " " + element.getId() + " form " + formRef)
                            .isEqualTo(written);
                    checked.computeIfAbsent(process.getId(), k -> new ArrayList<>()).add(element.getId());
                }
            }
        }
        assertThat(checked.keySet()).containsExactlyInAnyOrderElementsOf(CONTRACTS.keySet());
    }

    /**
     * form-js renders a text component as Markdown: such a component may show only Markdown the application
     * rendered (values escaped) and links it built. Everything else a form reads, what people typed above all,
     * is shown in a read-only field, as plain text; each name a form reads is one its process's contract has.
     */
    @Test
    void formsRenderOnlyTheApplicationsMarkdownAndShowEverythingElseAsPlainText() throws Exception {
        int checked = 0;
        List<String> problems = new ArrayList<>();
        for (Path bpmn : files("bpmn", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (!CONTRACTS.containsKey(process.getId())) {
                    continue;
                }
                Map<String, ProcessVariable<?>> contract = new TreeMap<>();
                variables(CONTRACTS.get(process.getId())).forEach(v -> contract.put(v.name(), v));
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    if (enclosing(task) != process || task.getCamundaFormRef() == null) {
                        continue;
                    }
                    String where = process.getId() + " " + task.getId() + " form " + task.getCamundaFormRef();
                    JsonNode form = FormReads.schema(Path.of("forms", task.getCamundaFormRef() + ".form"));
                    for (Map.Entry<String, FormReads.Shown> read : FormReads.reads(form).entrySet()) {
                        ProcessVariable<?> v = contract.get(read.getKey());
                        if (v == null && START_DEFAULTS.contains(read.getKey())) {
                            continue;
                        }
                        if (v == null) {
                            problems.add(where + " reads " + read.getKey() + ", which its contract does not have");
                            continue;
                        }
                        var allowed = switch (read.getValue()) {
                            case TEXT_COMPONENT -> List.of(ProcessVariable.Kind.MARKDOWN, ProcessVariable.Kind.LINK,
                                    ProcessVariable.Kind.NUMBER);
                            case READ_ONLY_FIELD -> List.of(ProcessVariable.Kind.TEXT, ProcessVariable.Kind.DATE,
                                    ProcessVariable.Kind.NUMBER);
                            case OPTIONS -> List.of(ProcessVariable.Kind.JSON);
                            case CONDITION -> List.of(ProcessVariable.Kind.values());
                        };
                        if (!allowed.contains(v.kind())) {
                            problems.add(where + " shows " + v + " as " + read.getValue());
                        }
                        checked++;
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(20);
        for (Path form : files("forms", ".form")) {
            for (JsonNode c : components(new ObjectMapper().readTree(form.toFile()))) {
                // components that render markup or fetch what a value names, and form-js's {{ }} templates
                assertThat(c.path("type").asText()).as(form.toString())
                        .isNotIn("html", "image", "iframe", "table", "expression", "documentPreview");
                assertThat(c.toString()).as(form.toString()).doesNotContain("{{");
            }
        }
    }

    @Test
    void everyTextFieldShowsTheLimitTheServerApplies() throws IOException {
        for (Path form : files("forms", ".form")) {
            for (JsonNode c : components(new ObjectMapper().readTree(form.toFile()))) {
                String type = c.path("type").asText();
                if ((type.equals("textfield") || type.equals("textarea")) && !c.path("disabled").asBoolean(false)) {
                    int max = c.path("validate").path("maxLength").asInt(0);
                    assertThat(max).as(form + " " + c.path("key").asText() + " states a maximum length").isPositive();
                    if (max >= 60) {
                        assertThat(c.path("description").asText()).as(form + " " + c.path("key").asText())
                                .contains("Tối đa " + max + " ký tự")
                                // issue 21: its own sentence, not run into the example before it
                                .doesNotContainPattern("[^.!?:;)…\\s]\\s+Tối đa");
                    }
                }
            }
        }
    }

    @Test
    void tasksAreRoutedByTheDomainNeverByAVariable() throws IOException {
        for (Path bpmn : files("bpmn", ".bpmn")) {
            String xml = Files.readString(bpmn);
            assertThat(xml).as(bpmn.toString()).doesNotContain("camunda:initiator=")
                    .doesNotContainPattern("camunda:(candidateGroups|candidateUsers|assignee)=\"\\$\\{[A-Za-z]+\\}\"");
            for (String routed : xml.split("camunda:(candidateGroups|candidateUsers|assignee)=\"").length > 1
                    ? List.of(xml.split("camunda:(candidateGroups|candidateUsers|assignee)=\"")).subList(1,
                    xml.split("camunda:(candidateGroups|candidateUsers|assignee)=\"").length) : List.<String>of()) {
                String value = routed.substring(0, routed.indexOf('"'));
                assertThat(value).as(bpmn + ": " + value)
                        .matches("[a-z0-9,-]+|\\$\\{[a-zA-Z]+Routing\\.[a-zA-Z]+\\(execution\\)\\}");
            }
        }
    }

    /**
     * Choices worklist.StartFormDefaults gives a start form (not process variables); the correction tasks that
     * reuse that form read them too.
     */
    private static final java.util.Set<String> START_DEFAULTS = java.util.Set.of("unitOptions", "delegateOptions");

    private static Process enclosing(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance e = element;
        while (e != null && !(e instanceof Process)) {
            e = e.getParentElement();
        }
        return (Process) e;
    }

    private static String formRef(FlowElement element) {
        if (element instanceof UserTask task) {
            return task.getCamundaFormRef();
        }
        if (element instanceof StartEvent start) {
            return start.getCamundaFormRef();
        }
        return null;
    }

    /** The contract's variables this form writes, with the shape the contract reads. */
    static Map<String, ProcessVariable.Kind> writtenBy(String contractClass, String formId) throws Exception {
        Map<String, ProcessVariable.Kind> out = new TreeMap<>();
        for (ProcessVariable<?> v : variables(contractClass)) {
            if (v.writtenBy(formId)) {
                out.put(v.name(), v.kind());
            }
        }
        return out;
    }

    static List<ProcessVariable<?>> variables(String contractClass) throws Exception {
        List<ProcessVariable<?>> out = new ArrayList<>();
        for (Field f : Class.forName(contractClass).getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Object value = f.get(null);
            if (value instanceof ProcessVariable<?> v) {
                out.add(v);
            } else if (value instanceof List<?> list) {
                list.stream().filter(ProcessVariable.class::isInstance).map(o -> (ProcessVariable<?>) o).forEach(out::add);
            }
        }
        return out;
    }

    /** The fields a person fills in on the form, with the shape its component sends. */
    static Map<String, ProcessVariable.Kind> formFields(String formId) throws IOException {
        JsonNode form = new ObjectMapper().readTree(new File("forms/" + formId + ".form"));
        assertThat(form.path("id").asText()).isEqualTo(formId);
        Map<String, ProcessVariable.Kind> out = new TreeMap<>();
        for (JsonNode c : components(form)) {
            String key = c.path("key").asText(null);
            if (key == null || c.path("disabled").asBoolean(false)) {
                continue;
            }
            ProcessVariable.Kind kind = switch (c.path("type").asText()) {
                case "textfield", "textarea", "radio", "select" -> ProcessVariable.Kind.TEXT;
                case "datetime" -> ProcessVariable.Kind.DATE;
                case "checkbox" -> ProcessVariable.Kind.FLAG;
                case "checklist", "taglist" -> ProcessVariable.Kind.LIST;
                case "number" -> ProcessVariable.Kind.NUMBER;
                default -> null;
            };
            if (kind != null) {
                out.put(key, kind);
            }
        }
        return out;
    }

    private static List<JsonNode> components(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : node.path("components")) {
            out.add(c);
            out.addAll(components(c));
        }
        return out;
    }

    private static List<Path> files(String dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        }
    }
}
