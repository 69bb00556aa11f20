package cn.anzuo.shared.problem;

import cn.anzuo.shared.problem.ProblemKind;

/** Authenticated but not allowed: a missing role or a rule about who may act. */
public class NotAllowed extends BusinessProblem {

    public NotAllowed() {
        super(ProblemKind.FORBIDDEN, "FORBIDDEN");
    }

    public NotAllowed(String code, Object... args) {
        super(ProblemKind.FORBIDDEN, code, args);
    }
}
