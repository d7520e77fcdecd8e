package vn.dldcaccess.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import vn.dldcaccess.shared.ProcessVariable;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a task or start form (forms/*.form) reads of the process's variables, and how it shows each: rendered by a
 * text component (form-js renders Markdown there), shown in a read-only field, offered as a list's options, or
 * only tested by a condition.
 */
public final class FormReads {
    /** How a form shows a variable it reads. */
    public enum Shown { TEXT_COMPONENT, READ_ONLY_FIELD, OPTIONS, CONDITION }

    private static final Set<String> FEEL_WORDS = Set.of("if", "then", "else", "null", "string", "true", "false",
            "and", "or", "not", "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of",
            "function", "is", "defined", "count");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Each process with forms, and the class holding its variables contract. */
    public static final Map<String, String> CONTRACTS = Map.of(
            "Process_AccountRegistration", "vn.dldcaccess.registration.AccountRegistrationProcess",
            "Process_AgencySubmission", "vn.dldcaccess.submission.AgencySubmissionProcess",
            "Process_AggregationBatch", "vn.dldcaccess.aggregation.AggregationBatchProcess",
            "Process_AccountRecording", "vn.dldcaccess.account.AccountRecordingProcess",
            "Process_AccountLifecycle", "vn.dldcaccess.lifecycle.AccountLifecycleProcess",
            "Process_AuthorizationLetter", "vn.dldcaccess.authorization.AuthorizationLetterProcess",
            "Process_AccountRevocation", "vn.dldcaccess.revocation.AccountRevocationProcess",
            "Process_AccountReview", "vn.dldcaccess.review.AccountReviewProcess",
            "Process_SourceChange", "vn.dldcaccess.leavers.SourceChangeProcess");

    private FormReads() {
    }

    /** The variables of a process's contract, by name. */
    public static Map<String, ProcessVariable<?>> contract(String processId) {
        Map<String, ProcessVariable<?>> out = new LinkedHashMap<>();
        try {
            for (Field f : Class.forName(CONTRACTS.get(processId)).getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object value = f.get(null);
                if (value instanceof ProcessVariable<?> v) {
                    out.put(v.name(), v);
                } else if (value instanceof List<?> list) {
                    list.stream().filter(ProcessVariable.class::isInstance).map(o -> (ProcessVariable<?>) o)
                            .forEach(v -> out.put(v.name(), v));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Form id → the processes whose start event or user task is bound to it (bpmn/*.bpmn). */
    public static Map<String, Set<String>> bindings() {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(Path.of("bpmn"))) {
            for (Path bpmn : s.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
                for (org.camunda.bpm.model.bpmn.instance.Process process
                        : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
                    for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
                        bind(out, process.getId(), node);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void bind(Map<String, Set<String>> out, String processId, FlowNode node) {
        String formRef = node instanceof UserTask t ? t.getCamundaFormRef()
                : node instanceof StartEvent e && e.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process
                ? e.getCamundaFormRef() : null;
        if (formRef != null) {
            out.computeIfAbsent(formRef, k -> new TreeSet<>()).add(processId);
        }
        if (node instanceof SubProcess sub) {
            sub.getChildElementsByType(FlowNode.class).forEach(n -> bind(out, processId, n));
        }
    }

    public static List<Path> forms() {
        try (Stream<Path> s = Files.list(Path.of("forms"))) {
            return s.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode schema(Path form) {
        try {
            return new ObjectMapper().readTree(form.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each variable the form reads, with how it is shown (the most telling way when it is read in several). */
    public static Map<String, Shown> reads(JsonNode form) {
        Map<String, Shown> out = new LinkedHashMap<>();
        for (JsonNode c : components(form)) {
            String type = c.path("type").asText();
            if (type.equals("text") && c.path("text").asText().startsWith("=")) {
                names(c.path("text").asText().substring(1)).forEach(n -> out.put(n, Shown.TEXT_COMPONENT));
            }
            if (c.has("key") && c.path("disabled").asBoolean(false)) {
                out.put(c.path("key").asText(), Shown.READ_ONLY_FIELD);
            }
            if (c.has("valuesKey")) {
                out.putIfAbsent(c.path("valuesKey").asText(), Shown.OPTIONS);
            }
            String hide = c.path("conditional").path("hide").asText("");
            if (hide.startsWith("=")) {
                names(hide.substring(1)).forEach(n -> out.putIfAbsent(n, Shown.CONDITION));
            }
        }
        return out;
    }

    /** The variable names a FEEL expression uses (its string literals and FEEL's own words left out). */
    public static List<String> names(String feel) {
        Matcher m = NAME.matcher(STRING_LITERAL.matcher(feel).replaceAll(" "));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (!FEEL_WORDS.contains(m.group()) && !out.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    public static List<JsonNode> components(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : node.path("components")) {
            out.add(c);
            out.addAll(components(c));
        }
        return out;
    }
}
