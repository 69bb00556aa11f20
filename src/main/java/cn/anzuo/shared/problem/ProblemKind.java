package cn.anzuo.shared.problem;

/**
 * What kind of refusal a {@link BusinessProblem} is, in the domain's words. The web layer maps each kind
 * to its HTTP status (`cn.anzuo.shared.web.ProblemStatus`), so no domain class speaks HTTP.
 */
public enum ProblemKind {
    /** A business rule or a validation refused the input (422). */
    RULE,
    /** The record's state does not allow it, or it exists already (409). */
    CONFLICT,
    /** Authenticated, but this person may not do this (403). */
    FORBIDDEN,
    /** No such record, or one of a company the caller may not see (404). */
    NOT_FOUND,
    /** Not signed in, or the credentials are wrong (401). */
    UNAUTHENTICATED,
    /** Too many failed attempts; wait (429). */
    TOO_MANY_ATTEMPTS,
    /** A service we depend on does not answer (503). */
    UNAVAILABLE
}
