package vn.dldcaccess.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import vn.dldcaccess.support.FormReads;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of every form × outcome and the browser test that drives it ({@code browser/form-outcomes.md}) is
 * complete: every form a BPMN binds to a start event or a user task has a row for each of its outcomes, and every
 * row names a test of {@link FormOutcomesBrowserIT} that exists.
 */
class FormOutcomesTest {
    static final Path TABLE = Path.of("src/test/resources/browser/form-outcomes.md");
    /** A decision a form sends: its radio's values are the branches of the gateway after the task. */
    static final Pattern DECISION = Pattern.compile("(?i).*(decision|answer)");
    /** A row: form, task or start event, outcome code, what follows, test. */
    static final Pattern ROW = Pattern.compile("^\\|\\s*`([\\w.-]+\\.form)`\\s*\\|\\s*`(\\w+)`\\s*\\|\\s*`(\\w+)`[^|]*\\|[^|]*\\|"
            + "\\s*`FormOutcomesBrowserIT#(\\w+)`\\s*\\|\\s*$");

    /** The branches no radio names: what is ticked, or which kind of thing a task is about. */
    static final Map<String, List<String>> LISTED = Map.of(
            "compose-batch.form Task_ComposeBatch", List.of("LETTERS", "REVOCATION_ONLY"),
            "review-unit-accounts.form Task_ReviewUnitAccounts", List.of("TICKED", "NONE_TICKED"),
            "record-pc06-decisions.form Task_RecordPC06Decisions",
            List.of("APPROVED_SOME_PENDING", "REJECTED_ALL_DECIDED", "REVOCATION_CONFIRMED"),
            "close-account.form Task_CloseAccount", List.of("CLOSED", "CLOSED_AFTER_PC06"),
            "leaver-report.form StartEvent_LeaverReported", List.of("REPORTED", "KEPT_SOME"),
            "account-registration.form Task_CorrectRegistration", List.of("CORRECTED"),
            "authorization-letter.form Task_CorrectAuthorization", List.of("CORRECTED"));

    record Row(String form, String element, String outcome, String test) {
        String place() {
            return form + " " + element;
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.add(new Row(m.group(1), m.group(2), m.group(3), m.group(4)));
            } else {
                assertThat(line).as("a table row of " + TABLE + " in the expected shape").doesNotStartWith("| `");
            }
        }
        return rows;
    }

    /** "form element" of every start event and user task bound to a form (camunda:formRef or camunda:formKey). */
    static Set<String> bound() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> s = Files.list(Path.of("bpmn"))) {
            for (Path file : s.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (UserTask t : model.getModelElementsByType(UserTask.class)) {
                    bind(out, t.getId(), t.getCamundaFormRef(), t.getCamundaFormKey());
                }
                for (StartEvent e : model.getModelElementsByType(StartEvent.class)) {
                    if (!(e.getParentElement() instanceof SubProcess)) {
                        bind(out, e.getId(), e.getCamundaFormRef(), e.getCamundaFormKey());
                    }
                }
            }
        }
        return out;
    }

    static void bind(Set<String> out, String element, String formRef, String formKey) {
        String form = formRef != null ? formRef
                : formKey == null ? null : formKey.replaceFirst("^camunda-forms:(deployment:)?", "").replaceFirst("\\.form$", "");
        if (form != null) {
            out.add(form + ".form " + element);
        }
    }

    /** The values of the form's decision radio (none when the form decides nothing). */
    static List<String> decisions(String form) {
        JsonNode schema = FormReads.schema(Path.of("forms", form));
        return FormReads.components(schema).stream()
                .filter(c -> c.path("type").asText().equals("radio") && DECISION.matcher(c.path("key").asText()).matches())
                .flatMap(c -> java.util.stream.StreamSupport.stream(c.path("values").spliterator(), false))
                .map(v -> v.path("value").asText()).toList();
    }

    @Test
    void everyBoundFormHasARowForEachOfItsOutcomes() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).isNotEmpty();
        Set<String> bound = bound();
        // every form file is bound somewhere, so every form is in the table through its bindings
        assertThat(FormReads.forms().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
                .allSatisfy(f -> assertThat(bound).as(f + " bound in a BPMN").anyMatch(b -> b.startsWith(f + " ")));
        Map<String, Set<String>> covered = rows.stream().collect(Collectors.groupingBy(Row::place,
                Collectors.mapping(Row::outcome, Collectors.toCollection(TreeSet::new))));
        List<String> missing = new ArrayList<>();
        for (String place : bound) {
            Set<String> outcomes = covered.getOrDefault(place, Set.of());
            if (outcomes.isEmpty()) {
                missing.add(place + ": no row");
            }
            List<String> expected = new ArrayList<>(decisions(place.substring(0, place.indexOf(' '))));
            expected.addAll(LISTED.getOrDefault(place, List.of()));
            expected.stream().filter(o -> !outcomes.contains(o)).forEach(o -> missing.add(place + ": no row for " + o));
        }
        assertThat(missing).as("forms and outcomes without a browser test in " + TABLE).isEmpty();
        assertThat(covered.keySet()).as("rows of forms no BPMN binds there").allSatisfy(p -> assertThat(bound).contains(p));
        assertThat(LISTED.keySet()).as("listed outcomes of places no BPMN binds").allSatisfy(p -> assertThat(bound).contains(p));
    }

    @Test
    void everyRowNamesATestThatExists() throws IOException {
        Set<String> tests = Arrays.stream(FormOutcomesBrowserIT.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).map(Method::getName).collect(Collectors.toSet());
        assertThat(rows()).allSatisfy(r -> assertThat(tests).as(r.toString()).contains(r.test()));
        // and no test drives outcomes the table does not list
        assertThat(tests).allSatisfy(t -> assertThat(rows()).as(t + " in the table").anyMatch(r -> r.test().equals(t)));
    }

    @Test
    void eachOutcomeHasOneRow() throws IOException {
        List<String> keys = rows().stream().map(r -> r.place() + " " + r.outcome()).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }
}
