package cn.anzuo.permit.web;

import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.domain.MeasureCatalog;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Permits")
class WorkTypeCatalogController {

    private final MeasureCatalog measures;
    private final Qualifications qualifications;
    private final MessageSource messages;

    WorkTypeCatalogController(MeasureCatalog measures, Qualifications qualifications, MessageSource messages) {
        this.measures = measures;
        this.qualifications = qualifications;
        this.messages = messages;
    }

    record Measure(String code, String text) {}

    record WorkTypeEntry(WorkType type, String name, List<PermitLevel> levels, List<Measure> measures,
            List<String> requiredCertificateItems) {}

    @GetMapping("/api/v1/catalog/work-types")
    @Operation(summary = "The 8 work types of GB 30871 with levels, Annex A checklists and required certificate items")
    List<WorkTypeEntry> workTypes(CurrentUser user) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return Arrays.stream(WorkType.values())
                .map(type -> new WorkTypeEntry(type, messages.getMessage("workType." + type.name(), null, locale),
                        PermitLevel.of(type),
                        measures.of(type).stream().map(m -> new Measure(m.code(), english ? m.textEn() : m.textZh())).toList(),
                        List.copyOf(qualifications.requiredItems(user.companyId(), type))))
                .toList();
    }
}
