package cn.anzuo.organization.web;

import cn.anzuo.organization.CompanyModules;
import cn.anzuo.organization.OptionalModule;
import cn.anzuo.organization.RequestCompany;
import cn.anzuo.shared.problem.NotAllowed;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.StaticFiles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.ModelAndViewDefiningException;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place a switched-off module's endpoints are refused (ADR 0071): 403 {@code MODULE_DISABLED}, a
 * problem document under /api, a friendly page otherwise. The URL → module table is {@link ModuleRoutes};
 * the company is the signed-in user's, else the device's ({@link RequestCompany}), else none (the
 * controller then refuses the caller anyway). Runs before the roles check, so the answer is the same
 * whatever the caller's roles.
 */
@Configuration(proxyBeanMethods = false)
class ModuleGate implements HandlerInterceptor, WebMvcConfigurer {

    static final String CODE = "MODULE_DISABLED";

    private final CompanyModules modules;
    private final List<RequestCompany> requestCompanies;

    ModuleGate(CompanyModules modules, List<RequestCompany> requestCompanies) {
        this.modules = modules;
        this.requestCompanies = requestCompanies;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE)
                .excludePathPatterns(StaticFiles.PATTERNS);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<OptionalModule> module = ModuleRoutes.moduleOf(path);
        if (module.isEmpty()) {
            return true;
        }
        UUID company = companyOf(request);
        if (company == null || modules.enabled(company, module.get())) {
            return true;
        }
        if (path.startsWith("/api/")) {
            throw (NotAllowed) new NotAllowed(CODE, module.get().key()).with("module", module.get().key());
        }
        ModelAndView page = new ModelAndView("admin/module-disabled");
        page.addObject("module", module.get().key());
        page.setStatus(HttpStatus.FORBIDDEN);
        // rendered as is, past the exception handlers (which would answer a bare 403 page)
        throw new ModelAndViewDefiningException(page);
    }

    /** Whether the tile or link to {@code href} should be shown to a user of the company. */
    boolean shown(String href, UUID companyId) {
        int query = href.indexOf('?');
        return ModuleRoutes.moduleOf(query < 0 ? href : href.substring(0, query)).map(module -> modules.enabled(companyId, module)).orElse(true);
    }

    private UUID companyOf(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return user.companyId();
        }
        if (auth != null && auth.getPrincipal() instanceof CurrentUser.Holder holder) {
            return holder.currentUser().companyId();
        }
        return requestCompanies.stream().map(r -> r.companyOf(request)).flatMap(Optional::stream).findFirst().orElse(null);
    }
}
