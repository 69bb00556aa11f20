package cn.anzuo.qualification.web;

import cn.anzuo.qualification.WorkerView;
import cn.anzuo.qualification.domain.Worker;
import cn.anzuo.qualification.domain.WorkerRegistry;
import cn.anzuo.qualification.domain.WorkerRegistry.EditWorker;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.FormProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** Correcting a worker's name and contact, and disabling a worker who left (issue 10). */
@Controller
@RequestMapping("/qualification/workers/{id}/edit")
@PreAuthorize(QualificationAccess.MANAGERS)
class WorkerEditPageController {

    private final WorkerRegistry workers;
    private final FormProblems problems;

    WorkerEditPageController(WorkerRegistry workers, FormProblems problems) {
        this.workers = workers;
        this.problems = problems;
    }

    public static class EditWorkerForm {
        @NotBlank @Size(max = 50)
        private String name;
        @Size(max = 20) @Pattern(regexp = "[0-9+\\- ]*")
        private String phone;
        @Size(max = 100)
        private String employer;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmployer() { return employer; }
        public void setEmployer(String employer) { this.employer = employer; }
    }

    @GetMapping
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        Worker worker = workers.visible(me, id);
        WorkerView v = worker.view();
        EditWorkerForm form = new EditWorkerForm();
        form.setName(v.name());
        form.setPhone(v.phone());
        form.setEmployer(v.employer());
        return page(worker, form, model);
    }

    @PostMapping
    String save(CurrentUser me, @PathVariable UUID id, @Valid @ModelAttribute("form") EditWorkerForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(workers.visible(me, id), form, model);
        }
        Worker saved = workers.edit(me, id, new EditWorker(form.getName(), form.getPhone(), form.getEmployer()));
        redirect.addFlashAttribute("flash", problems.message("record.saved", saved.name()));
        return "redirect:/qualification/workers/" + id;
    }

    @PostMapping("/enabled")
    String changeEnabled(CurrentUser me, @PathVariable UUID id, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        Worker saved = workers.changeEnabled(me, id, enabled);
        redirect.addFlashAttribute("flash", problems.message(enabled ? "record.enabled" : "record.disabled", saved.name()));
        return "redirect:/qualification/workers/" + id + "/edit";
    }

    private String page(Worker worker, EditWorkerForm form, Model model) {
        model.addAttribute("worker", worker.view());
        model.addAttribute("enabled", worker.enabled());
        model.addAttribute("form", form);
        return "qualification/worker-edit";
    }
}
