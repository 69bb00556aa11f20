package cn.anzuo.permit.web;

import cn.anzuo.organization.CompanyView;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.domain.ApprovalChains;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 审批流程: the effective approval chain of every (type, level) of a company — its own, or the
 * default of GB 30871-2022 Annex B — and a form to set an ordered list of roles or go back to the
 * default. A change applies to permits submitted afterwards.
 */
@Controller
@RequestMapping("/admin/approval-chains")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
class ApprovalChainPageController {

    /** At most this many steps: enough for A.4/A.5's 所在单位 → 审核部门 → 审批部门 and a review before. */
    static final int MAX_STEPS = 4;

    private final ApprovalChains chains;
    private final Organization organization;
    private final PermitCards cards;

    ApprovalChainPageController(ApprovalChains chains, Organization organization, PermitCards cards) {
        this.chains = chains;
        this.organization = organization;
        this.cards = cards;
    }

    /** One (type, level) row: its chain as role names and whether the company set it. */
    record ChainRow(WorkType type, PermitLevel level, String levelKey, String name, String band, List<String> roles,
            boolean customized) {}

    public static class ChainForm {
        private List<Role> roles = new ArrayList<>();

        public List<Role> getRoles() { return roles; }
        public void setRoles(List<Role> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
    }

    @GetMapping
    String list(CurrentUser me, @RequestParam(required = false) UUID companyId, Model model) {
        UUID company = organization.companyOrOwn(me, companyId);
        List<ChainRow> rows = new ArrayList<>();
        for (WorkType type : WorkType.values()) {
            List<PermitLevel> levels = PermitLevel.of(type);
            for (PermitLevel level : levels.isEmpty() ? java.util.Collections.<PermitLevel>singletonList(null) : levels) {
                rows.add(row(company, type, level));
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("company", organization.company(company));
        model.addAttribute("companies", organization.visibleCompanies(me));
        return "permit/chains";
    }

    @GetMapping("/{type}/{level}")
    String edit(CurrentUser me, @PathVariable String type, @PathVariable String level,
            @RequestParam(required = false) UUID companyId, Model model) {
        UUID company = organization.companyOrOwn(me, companyId);
        WorkType workType = type(type);
        PermitLevel permitLevel = level(workType, level);
        ChainForm form = new ChainForm();
        form.setRoles(new ArrayList<>(chains.chainFor(company, workType, permitLevel)));
        return form(company, workType, permitLevel, form, model);
    }

    @PostMapping("/{type}/{level}")
    String save(CurrentUser me, @PathVariable String type, @PathVariable String level,
            @RequestParam(required = false) UUID companyId, @RequestParam(required = false) String reset,
            @ModelAttribute("chain") ChainForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        UUID company = organization.companyOrOwn(me, companyId);
        WorkType workType = type(type);
        PermitLevel permitLevel = level(workType, level);
        String name = cards.levelType(workType, permitLevel);
        if (reset != null) {
            chains.configure(company, workType, permitLevel, List.of());
            redirect.addFlashAttribute("flash", cards.text("chain.resetDone", name));
            return "redirect:" + back(me, company);
        }
        if (result.hasErrors()) {
            return form(company, workType, permitLevel, form, model);
        }
        List<Role> roles = form.getRoles().stream().filter(Objects::nonNull).toList();
        if (roles.isEmpty()) {
            result.rejectValue("roles", "chain.empty", cards.text("chain.empty"));
        } else if (roles.size() > MAX_STEPS) {
            result.rejectValue("roles", "chain.tooLong", cards.text("chain.tooLong", MAX_STEPS));
        } else if (!PermitCards.APPROVER_ROLES.containsAll(roles)) {
            result.rejectValue("roles", "chain.notApprover", cards.text("chain.notApprover"));
        }
        if (result.hasErrors()) {
            return form(company, workType, permitLevel, form, model);
        }
        chains.configure(company, workType, permitLevel, roles);
        redirect.addFlashAttribute("flash", cards.text("chain.saved", name));
        return "redirect:" + back(me, company);
    }

    private String form(UUID company, WorkType type, PermitLevel level, ChainForm form, Model model) {
        List<Role> slots = new ArrayList<>(form.getRoles());
        while (slots.size() < MAX_STEPS) {
            slots.add(null);
        }
        model.addAttribute("chain", form);
        model.addAttribute("slots", slots.subList(0, Math.max(MAX_STEPS, form.getRoles().size())));
        model.addAttribute("row", row(company, type, level));
        model.addAttribute("defaultRoles", chains.chainFor(null, type, level).stream()
                .map(r -> cards.text("role." + r.name())).toList());
        model.addAttribute("approverRoles", PermitCards.APPROVER_ROLES);
        CompanyView view = organization.company(company);
        model.addAttribute("company", view);
        return "permit/chain-form";
    }

    private ChainRow row(UUID company, WorkType type, PermitLevel level) {
        return new ChainRow(type, level, level == null ? ApprovalChains.ANY_LEVEL : level.name(),
                cards.levelType(type, level), PermitCards.band(type, level),
                chains.chainFor(company, type, level).stream().map(r -> cards.text("role." + r.name())).toList(),
                chains.customized(company, type, level));
    }

    private static String back(CurrentUser me, UUID company) {
        return company.equals(me.companyId()) ? "/admin/approval-chains" : "/admin/approval-chains?companyId=" + company;
    }

    private static WorkType type(String name) {
        return Arrays.stream(WorkType.values()).filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new RecordNotFound("workType", name));
    }

    private static PermitLevel level(WorkType type, String name) {
        if (PermitLevel.of(type).isEmpty()) {
            if (!ApprovalChains.ANY_LEVEL.equals(name)) {
                throw new RecordNotFound("level", name);
            }
            return null;
        }
        return PermitLevel.of(type).stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new RecordNotFound("level", name));
    }
}
