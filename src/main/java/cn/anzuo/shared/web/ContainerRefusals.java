package cn.anzuo.shared.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Refusals Tomcat answers itself, before the request reaches a servlet (an undecodable URI such as
 * {@code ..%2F} or {@code %00}, a request line longer than the header limit, CONNECT): Tomcat's own
 * error report valve wrote an HTML page. This one writes the same problem document as
 * {@link ProblemHandler}, with a {@code code}. 501 (a method Tomcat does not implement) is answered as
 * 405: it is the client's request that is wrong, not the server.
 */
@Configuration(proxyBeanMethods = false)
class ContainerRefusals {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(ObjectProvider<ProblemResponses> problems) {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof Host host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemReportValve(problems));
            }
        }));
    }

    static final class ProblemReportValve extends ErrorReportValve {

        private final ObjectProvider<ProblemResponses> problems;

        ProblemReportValve(ObjectProvider<ProblemResponses> problems) {
            this.problems = problems;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            HttpStatus resolved = status == HttpStatus.NOT_IMPLEMENTED.value() ? HttpStatus.METHOD_NOT_ALLOWED
                    : HttpStatus.resolve(status);
            if (resolved == null) {
                resolved = status < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
            }
            try {
                problems.getObject().write(request, response, resolved, ErrorProblems.codeFor(resolved));
                response.finishResponse();
            } catch (IOException | RuntimeException e) {
                container.getLogger().debug("Could not write the problem document", e);
            }
        }
    }
}
