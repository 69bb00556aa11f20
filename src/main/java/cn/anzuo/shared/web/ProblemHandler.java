package cn.anzuo.shared.web;

import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.FieldError;
import cn.anzuo.shared.problem.ProblemMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.util.DisconnectedClientHelper;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * One translation of failures for the whole application. Under {@code /api/} every failure becomes
 * an RFC 9457 problem with a stable {@code code}; bad input is never a 500. Pages get the status
 * and Spring Boot renders {@code templates/error/*}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    /** How long a client is asked to wait when the node is too busy (503 SERVICE_BUSY). */
    static final String RETRY_AFTER_SECONDS = "5";

    private final ProblemMessages problems;
    private final MessageSource messages;

    ProblemHandler(ProblemMessages problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(BusinessProblem.class)
    Object business(BusinessProblem ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isApi(request)) {
            return page(response, cn.anzuo.shared.web.ProblemStatus.of(ex));
        }
        ProblemDetail problem = problems.problem(cn.anzuo.shared.web.ProblemStatus.of(ex), ex.code(), ex.args(), locale());
        ex.properties().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(BindException.class)
    Object invalid(BindException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isApi(request)) {
            return page(response, HttpStatus.BAD_REQUEST);
        }
        List<FieldError> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(fieldError(error.getField(), error)));
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(fieldError(error.getObjectName(), error)));
        // A value of the wrong type in a query object is a malformed request, not a rule violation.
        if (ex.getBindingResult().getFieldErrors().stream().anyMatch(e -> e.isBindingFailure())) {
            return respond(withErrors(problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST"), errors));
        }
        return respond(withErrors(problem(HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED"), errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!isApi(request)) {
            return page(response, HttpStatus.BAD_REQUEST);
        }
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(fieldError(name, error)));
        }
        return respond(withErrors(problem(HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED"), errors));
    }

    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    Object constraintViolations(jakarta.validation.ConstraintViolationException ex, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (!isApi(request)) {
            return page(response, HttpStatus.BAD_REQUEST);
        }
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(String.valueOf(v.getPropertyPath()), "Invalid", v.getMessage()))
                .toList();
        return respond(withErrors(problem(HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED"), errors));
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MethodArgumentTypeMismatchException.class,
        ServletRequestBindingException.class,
        MissingServletRequestPartException.class
    })
    Object malformed(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isApi(request)) {
            return page(response, HttpStatus.BAD_REQUEST);
        }
        log.debug("Malformed request to {}: {}", request.getRequestURI(), ex.getMessage());
        return respond(problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return answer(request, response, HttpStatus.NOT_FOUND, "NOT_FOUND");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED");
    }

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class})
    Object mediaType(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = ex instanceof HttpMediaTypeNotSupportedException
                ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                : HttpStatus.NOT_ACCEPTABLE;
        if (!isApi(request)) {
            return page(response, status);
        }
        return respond(problem(status, status == HttpStatus.NOT_ACCEPTABLE ? "NOT_ACCEPTABLE" : "UNSUPPORTED_MEDIA_TYPE"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE");
    }

    /** A query string or form body Tomcat cannot decode ({@code ?q=%zz}, a cut-off UTF-8 sequence). */
    @ExceptionHandler(InvalidParameterException.class)
    Object undecodableParameters(InvalidParameterException ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.debug("Undecodable parameters on {}: {}", request.getRequestURI(), ex.getMessage());
        return answer(request, response, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
    }

    /** A multipart body that cannot be parsed (cut off, no boundary, a broken part header). */
    @ExceptionHandler(MultipartException.class)
    Object brokenMultipart(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.debug("Broken multipart request to {}: {}", request.getRequestURI(), ex.getMessage());
        return answer(request, response, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
    }

    /**
     * Two requests creating the same thing at the same moment: both pass the "already exists?" check,
     * the database's unique constraint stops the second one. That is a conflict, not a failure; so is a
     * lock the database could not get. Any other data access failure stays a 500 (a bug to fix).
     */
    @ExceptionHandler(DataAccessException.class)
    Object dataAccess(DataAccessException ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DuplicateKeyException) {
                log.debug("Duplicate on {}: {}", request.getRequestURI(), cause.getMessage());
                return answer(request, response, HttpStatus.CONFLICT, "ALREADY_EXISTS");
            }
            if (cause instanceof ConcurrencyFailureException) {
                return answer(request, response, HttpStatus.CONFLICT, "CONCURRENT_UPDATE");
            }
        }
        return unexpected(ex, request, response);
    }

    /**
     * No pooled connection came within the pool's time-out: the node is past what it can serve. A 503 with
     * {@code Retry-After} tells clients (and a load balancer) to back off or go elsewhere; it is not a bug, so no
     * stack trace per request (the pool's own warning says it once).
     */
    @ExceptionHandler({CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class})
    Object busy(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.warn("No database connection for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return answer(request, response, HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_BUSY");
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object concurrent(OptimisticLockingFailureException ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return answer(request, response, HttpStatus.CONFLICT, "CONCURRENT_UPDATE");
    }

    /**
     * A reader who went away (a site board closed, a phone lost its signal) is not a failure: no ERROR,
     * no stack trace, nothing to answer.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void gone(Exception ex, HttpServletRequest request) {
        log.debug("Client went away from {}: {}", request.getRequestURI(), ex.getMessage());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            gone(ex, request);
            return null;
        }
        String correlationId = UUID.randomUUID().toString();
        log.error("Unexpected failure {} on {} {}", correlationId, request.getMethod(), request.getRequestURI(), ex);
        if (!isApi(request)) {
            return page(response, HttpStatus.INTERNAL_SERVER_ERROR);
        }
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR");
        problem.setProperty("correlationId", correlationId);
        return respond(problem);
    }

    /** The problem for the API, the status (and Spring Boot's error page) for pages. */
    private Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        return isApi(request) ? respond(problem(status, code)) : page(response, status);
    }

    private FieldError fieldError(String field, MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        String code = codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
        return new FieldError(field, code, messages.getMessage(error, locale()));
    }

    private ProblemDetail problem(HttpStatus status, String code) {
        return problems.problem(status, code, new Object[0], locale());
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ModelAndView page(HttpServletResponse response, HttpStatus status) throws IOException {
        response.sendError(status.value());
        return new ModelAndView();
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
