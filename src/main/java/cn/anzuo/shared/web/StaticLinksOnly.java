package cn.anzuo.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Fingerprinted links ({@code /css/app-<hash>.css}) for static files only. Spring's filter asks the resource chain
 * about every link a page writes; the static files are served from {@code /**}, so {@code /permits/…/decide} is looked
 * up too, in four classpath folders and the webjars, and a miss is never cached: half the CPU of a page under load
 * (docs/benchmarks.md "Load"). A link without a file extension in its last segment is not a static file here
 * (css, js, img and webjars all have one) and is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinksOnly {

    /** Replaces Spring Boot's registration of the filter (same dispatcher types). */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static boolean staticFile(String url) {
        String path = url.split("[?#]", 2)[0];
        return path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    static final class Filter extends ResourceUrlEncodingFilter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            super.doFilter(request, response, (req, res) -> chain.doFilter(req,
                    res instanceof HttpServletResponseWrapper encoding ? new SkipOtherLinks(encoding) : res));
        }
    }

    /** Static links go through the resource chain (the wrapped response), the others straight past it. */
    static final class SkipOtherLinks extends HttpServletResponseWrapper {

        private final HttpServletResponseWrapper encoding;

        SkipOtherLinks(HttpServletResponseWrapper encoding) {
            super(encoding);
            this.encoding = encoding;
        }

        @Override
        public String encodeURL(String url) {
            return staticFile(url) ? encoding.encodeURL(url)
                    : ((HttpServletResponse) encoding.getResponse()).encodeURL(url);
        }
    }
}
