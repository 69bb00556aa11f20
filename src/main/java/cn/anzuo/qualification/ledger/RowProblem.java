package cn.anzuo.qualification.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One problem of one row: a stable code, the field (column) it concerns and the arguments of its
 * message. The text is {@code problem.CODE.detail}, or {@code key} where one code has two wordings.
 * Arguments never hold an ID number in clear.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RowProblem(String code, String field, List<String> args, String key) {

    static RowProblem of(String code, LedgerColumn column, Object... args) {
        return new RowProblem(code, column.field(), java.util.Arrays.stream(args).map(String::valueOf).toList(), null);
    }

    RowProblem withKey(String messageKey) {
        return new RowProblem(code, field, args, messageKey);
    }

    String messageKey() {
        return key != null ? key : "problem." + code + ".detail";
    }
}
