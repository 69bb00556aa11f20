package cn.anzuo.shared.problem;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the user can understand: a stable {@code code} from API.md, its kind (ProblemKind: rule, conflict, forbidden, …), message
 * arguments for the localised text ({@code problem.CODE} and {@code problem.CODE.detail}), the
 * form field it concerns (if any) and extra properties for the problem document.
 */
public class BusinessProblem extends RuntimeException {

    private final ProblemKind kind;
    private final String code;
    private final transient Object[] args;
    private final String field;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    public BusinessProblem(ProblemKind kind, String code, Object... args) {
        this(kind, code, null, args);
    }

    public BusinessProblem(ProblemKind kind, String code, String field, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)), null, false, false);
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.args = args.clone();
    }

    /** What kind of refusal this is; the web layer turns it into an HTTP status (ProblemStatus). */
    public ProblemKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The form field this problem belongs beside, or null for a problem of the whole form. */
    public String field() {
        return field;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** Adds a property to the problem document, e.g. {@code violations} or {@code unmet}. */
    public BusinessProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }
}
