package cn.anzuo.shared.problem;

/** One entry of a problem's {@code errors[]}. */
public record FieldError(String field, String code, String message) {}
