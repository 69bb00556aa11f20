package cn.anzuo.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals that happen before any controller runs: the servlet container's (a broken request, a
 * method it does not serve, an exception outside Spring MVC) arrive here through its error page
 * {@code /error}; Spring Security's firewall ({@code ..%2F}, {@code ;}, {@code //}, {@code %00}) through
 * {@link #firewallRefusals}. Both answer like {@link ProblemHandler}: a problem document with a
 * {@code code} for the API and for anyone who does not ask for HTML, the error page for browsers.
 */
@Controller
class ErrorProblems implements ErrorController {

    private final ProblemResponses problems;
    private final List<ErrorViewResolver> views;

    ErrorProblems(ProblemResponses problems, List<ErrorViewResolver> views) {
        this.problems = problems;
        this.views = views;
    }

    /** Answers the container's error dispatch for every method (TRACE and broken requests included). */
    @RequestMapping("${server.error.path:${error.path:/error}}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, ProblemHandler.RETRY_AFTER_SECONDS);
        }
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (wantsPage(request, uri)) {
            Map<String, Object> model = Map.of("status", status.value(), "error", status.getReasonPhrase(),
                    "path", uri == null ? "" : uri);
            response.setStatus(status.value());
            for (ErrorViewResolver resolver : views) {
                ModelAndView view = resolver.resolveErrorView(request, status, model);
                if (view != null) {
                    return view;
                }
            }
            return new ModelAndView("error", model, status);
        }
        problems.write(request, response, status, codeFor(status));
        return null;
    }

    @Bean
    static RequestRejectedHandler firewallRefusals(ProblemResponses problems) {
        return (request, response, rejected) -> {
            if (wantsPage(request, request.getRequestURI())) {
                response.sendError(HttpStatus.BAD_REQUEST.value());
            } else {
                problems.write(request, response, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
            }
        };
    }

    /** The code for a status when nothing more specific is known (the container refused, not our code). */
    static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST, URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "MALFORMED_REQUEST";
            case UNAUTHORIZED -> "UNAUTHENTICATED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case CONTENT_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case TOO_MANY_REQUESTS -> "TOO_MANY_ATTEMPTS";
            case SERVICE_UNAVAILABLE -> "SERVICE_BUSY";
            default -> status.is4xxClientError() ? "MALFORMED_REQUEST" : "INTERNAL_ERROR";
        };
    }

    private static HttpStatus status(HttpServletRequest request) {
        for (Object t = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION); t instanceof Throwable cause;
                t = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidParameterException) {
                return HttpStatus.BAD_REQUEST; // undecodable parameters read by a filter, before Spring MVC
            }
            if (noConnection(cause)) {
                return HttpStatus.SERVICE_UNAVAILABLE; // a filter (bearer user, session) got no pooled connection
            }
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** No pooled database connection came in time: the node is past saturation (ADR 0086). */
    static boolean noConnection(Throwable failure) {
        return failure instanceof CannotCreateTransactionException || failure instanceof CannotGetJdbcConnectionException
                || failure instanceof java.sql.SQLTransientConnectionException;
    }

    /** A browser page (not the API, and HTML accepted): everything else gets the problem document. */
    private static boolean wantsPage(HttpServletRequest request, String uri) {
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.includes(MediaType.TEXT_HTML) && !type.isWildcardType());
    }
}
