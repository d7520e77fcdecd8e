package vn.dldcaccess.shared;

import org.camunda.bpm.engine.delegate.VariableScope;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One variable of a process's contract: its name, its type, and who may write it. The contract of a process is
 * the set of these constants in its {@code …Process} class; {@code ProcessContractsTest} holds every form bound
 * in a BPMN to exactly the variables the contract lets that form write. Reading goes through {@link #get} so no
 * glue casts a raw {@code getVariable}.
 *
 * @param <T> what Java code reads
 */
public final class ProcessVariable<T> {

    /** Who writes a variable: the engine itself (loop variables), the application's glue, or a person's form. */
    public enum Writer { ENGINE, SYSTEM, FORM }

    private final String name;
    private final Kind kind;
    private final Writer writer;
    private final Set<String> forms;

    /**
     * The shapes a variable takes; a form field's component type maps to one of them. MARKDOWN and LINK are text
     * a form's text component may render: Markdown the application renders from a {@code documents/cong-viec}
     * template (every value escaped by the renderer), and a path the application built (a document, a page).
     * Any other text, what people typed above all, is shown only in read-only fields.
     */
    public enum Kind { TEXT, NUMBER, FLAG, DATE, LIST, JSON, MARKDOWN, LINK }

    /**
     * The engine keeps a String variable in a column of 4000 characters; a longer text (a reply file's many
     * rows, a big batch's list) is kept as a Json string instead, which the Tasklist reads back as the same text.
     */
    static final int MAX_STRING_COLUMN = 4000;

    private ProcessVariable(String name, Kind kind, Writer writer, Set<String> forms) {
        this.name = Objects.requireNonNull(name);
        this.kind = kind;
        this.writer = writer;
        this.forms = Set.copyOf(forms);
    }

    public static ProcessVariable<String> text(String name) {
        return new ProcessVariable<>(name, Kind.TEXT, Writer.SYSTEM, Set.of());
    }

    public static ProcessVariable<Long> number(String name) {
        return new ProcessVariable<>(name, Kind.NUMBER, Writer.SYSTEM, Set.of());
    }

    public static ProcessVariable<Boolean> flag(String name) {
        return new ProcessVariable<>(name, Kind.FLAG, Writer.SYSTEM, Set.of());
    }

    /** A date as submitted ("yyyy-MM-dd", or a Date read in Vietnam's zone); parse it with {@link FormValues}. */
    public static ProcessVariable<String> date(String name) {
        return new ProcessVariable<>(name, Kind.DATE, Writer.SYSTEM, Set.of());
    }

    /** A checklist: Json from the Tasklist, a list or a comma-separated string from a portal. */
    public static ProcessVariable<List<String>> list(String name) {
        return new ProcessVariable<>(name, Kind.LIST, Writer.SYSTEM, Set.of());
    }

    /** Markdown of the application's wording with every value escaped; a form's text component renders it. */
    public static ProcessVariable<String> markdown(String name) {
        return new ProcessVariable<>(name, Kind.MARKDOWN, Writer.SYSTEM, Set.of());
    }

    /** A path the application built (a document's download, the signing page); a form's text makes it a link. */
    public static ProcessVariable<String> link(String name) {
        return new ProcessVariable<>(name, Kind.LINK, Writer.SYSTEM, Set.of());
    }

    /** A Json value the application writes for a form to show (options, tables). */
    public static ProcessVariable<Object> json(String name) {
        return new ProcessVariable<>(name, Kind.JSON, Writer.SYSTEM, Set.of());
    }

    /**
     * A Json value as a form reads it ({@code valuesKey} lists, tables): the Tasklist parses a variable of type
     * Json; the one place that makes one.
     */
    public static org.camunda.bpm.engine.variable.value.TypedValue jsonValue(Object value) {
        return org.camunda.spin.plugin.variable.SpinValues.jsonValue(org.camunda.spin.Spin.JSON(value).toString())
                .create();
    }

    /** Written by the engine (a multi-instance element variable), never by a person or the glue. */
    public ProcessVariable<T> engine() {
        return new ProcessVariable<>(name, kind, Writer.ENGINE, Set.of());
    }

    /** Submitted by a person on these forms (form ids); the glue reads, validates and may normalize it. */
    public ProcessVariable<T> fromForms(String... formIds) {
        return new ProcessVariable<>(name, kind, Writer.FORM, Set.of(formIds));
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public Writer writer() {
        return writer;
    }

    public boolean writtenBy(String formId) {
        return forms.contains(formId);
    }

    /** The value, or null when absent (a list: empty). */
    @SuppressWarnings("unchecked")
    public T get(VariableScope scope) {
        Object raw = scope.getVariable(name);
        if (raw == null) {
            return kind == Kind.LIST ? (T) List.of() : null;
        }
        return (T) switch (kind) {
            case TEXT, MARKDOWN, LINK -> raw instanceof String s ? s
                    : raw instanceof org.camunda.spin.json.SpinJsonNode n && n.isString() ? n.stringValue() : fail(raw);
            case NUMBER -> raw instanceof Number n ? Long.valueOf(n.longValue()) : fail(raw);
            case FLAG -> raw instanceof Boolean b ? b
                    : raw instanceof String s && (s.equals("true") || s.equals("false")) ? Boolean.valueOf(s) : fail(raw);
            case DATE -> raw instanceof Date || raw instanceof String ? FormValues.dateText(raw) : fail(raw);
            case LIST -> FormValues.strings(raw);
            case JSON -> raw;
        };
    }

    public Optional<T> find(VariableScope scope) {
        return Optional.ofNullable(get(scope));
    }

    /** The value, which the process guarantees to be there. */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("Process variable " + name + " is missing");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        if (writer == Writer.ENGINE) {
            throw new IllegalStateException("Variable " + name + " is written by the engine only");
        }
        scope.setVariable(name, stored(value));
    }

    /** The value as it goes into a variables map (a message's, a completion's): a long text as a Json string. */
    public Object stored(T value) {
        if (value instanceof String s && s.length() > MAX_STRING_COLUMN) {
            try {
                return org.camunda.spin.plugin.variable.SpinValues.jsonValue(JSON.writeValueAsString(s)).create();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return value;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    private Object fail(Object raw) {
        throw new IllegalStateException("Process variable " + name + " holds a " + raw.getClass().getSimpleName()
                + ", expected " + kind);
    }

    @Override
    public String toString() {
        return name + ":" + kind + "(" + writer + (forms.isEmpty() ? "" : " " + forms) + ")";
    }
}
