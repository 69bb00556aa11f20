package cn.anzuo.shared.problem;

import cn.anzuo.shared.problem.ProblemKind;

/** The record does not exist, or it belongs to a company the caller may not see: both answer 404. */
public class RecordNotFound extends BusinessProblem {

    public RecordNotFound(String what, Object id) {
        super(ProblemKind.NOT_FOUND, "NOT_FOUND", what, String.valueOf(id));
    }
}
