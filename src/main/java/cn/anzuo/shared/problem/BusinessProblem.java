package cn.anzuo.shared.problem;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal the user can understand: a stable {@code code} from API.md, an HTTP status, message
 * arguments for the localised text ({@code problem.CODE} and {@code problem.CODE.detail}), the
 * form field it concerns (if any) and extra properties for the problem document.
 */
public class BusinessProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;
    private final String field;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    public BusinessProblem(HttpStatus status, String code, Object... args) {
        this(status, code, null, args);
    }

    public BusinessProblem(HttpStatus status, String code, String field, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)), null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
        this.args = args.clone();
    }

    public HttpStatus status() {
        return status;
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
