package cn.anzuo.shared.web;

import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import org.springframework.http.HttpStatus;

/** The one place a refusal's kind becomes an HTTP status, for the API and the pages alike. */
public final class ProblemStatus {

    private ProblemStatus() {}

    public static HttpStatus of(ProblemKind kind) {
        return switch (kind) {
            case RULE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    public static HttpStatus of(BusinessProblem problem) {
        return of(problem.kind());
    }
}
