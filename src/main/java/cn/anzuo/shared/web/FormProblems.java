package cn.anzuo.shared.web;

import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemMessages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Puts a business refusal beside the form field it concerns, or on top of the form. */
@Component
public class FormProblems {

    private final ProblemMessages problems;

    FormProblems(ProblemMessages problems) {
        this.problems = problems;
    }

    public void reject(BindingResult form, BusinessProblem problem) {
        String message = problems.detail(problem.code(), problem.args(), LocaleContextHolder.getLocale());
        if (problem.field() != null && form.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(form.getTarget().getClass(), problem.field()) != null) {
            form.rejectValue(problem.field(), problem.code(), message);
        } else {
            form.reject(problem.code(), message);
        }
    }

    public String message(String key, Object... args) {
        return problems.message(key, args, LocaleContextHolder.getLocale());
    }
}
