package cn.anzuo.shared.problem;

import org.springframework.http.HttpStatus;

/** Authenticated but not allowed: a missing role or a rule about who may act. */
public class NotAllowed extends BusinessProblem {

    public NotAllowed() {
        super(HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    public NotAllowed(String code, Object... args) {
        super(HttpStatus.FORBIDDEN, code, args);
    }
}
