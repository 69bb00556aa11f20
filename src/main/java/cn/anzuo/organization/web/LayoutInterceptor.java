package cn.anzuo.organization.web;

import cn.anzuo.organization.CompanyModules;
import cn.anzuo.organization.Organization;
import java.util.HashSet;
import java.util.Set;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.StaticFiles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the signed-in user's company name, and the keys of the modules it switched off ({@code layoutModulesOff},
 * for links into them to disappear), into every rendered page (not into API responses).
 */
@Configuration(proxyBeanMethods = false)
class LayoutInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final Organization organization;
    private final CompanyModules modules;

    LayoutInterceptor(Organization organization, CompanyModules modules) {
        this.organization = organization;
        this.modules = modules;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**")
                .excludePathPatterns(StaticFiles.PATTERNS);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser.Holder holder) {
            CurrentUser me = holder.currentUser();
            mav.addObject("layoutCompanyName", organization.company(me.companyId()).name());
            Set<String> off = new HashSet<>();
            modules.settings(me.companyId()).forEach((module, on) -> {
                if (!on) {
                    off.add(module.key());
                }
            });
            mav.addObject("layoutModulesOff", off);
        }
    }
}
