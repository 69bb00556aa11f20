package cn.anzuo.organization.web;

import cn.anzuo.organization.CompanyModules;
import cn.anzuo.organization.OptionalModule;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.FormProblems;
import cn.anzuo.shared.web.HomeTile;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 功能模块: the company administrator switches the own company's optional modules. */
@Controller
@RequestMapping("/admin/modules")
@PreAuthorize("hasRole('COMPANY_ADMIN')")
class ModulePageController {

    private final CompanyModules modules;
    private final FormProblems problems;

    ModulePageController(CompanyModules modules, FormProblems problems) {
        this.modules = modules;
        this.problems = problems;
    }

    @Bean
    static HomeTile modulesTile() {
        return new HomeTile(HomeTile.ADMIN, 45, "modules.tile", "🧩", "/admin/modules", Set.of(Role.COMPANY_ADMIN), false);
    }

    @GetMapping
    String show(CurrentUser me, Model model) {
        model.addAttribute("settings", modules.settings(me.companyId()));
        return "admin/modules";
    }

    /** A checkbox left unticked is not sent: every module not named in {@code on} is switched off. */
    @PostMapping
    String save(CurrentUser me, @RequestParam(name = "on", required = false) List<String> on, RedirectAttributes redirect) {
        Map<OptionalModule, Boolean> changes = new EnumMap<>(OptionalModule.class);
        for (OptionalModule module : OptionalModule.values()) {
            changes.put(module, on != null && on.contains(module.key()));
        }
        modules.change(me, me.companyId(), changes);
        redirect.addFlashAttribute("flash", problems.message("modules.saved"));
        return "redirect:/admin/modules";
    }
}
