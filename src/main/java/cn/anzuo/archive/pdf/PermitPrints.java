package cn.anzuo.archive.pdf;

import cn.anzuo.archive.domain.PermitQr;
import cn.anzuo.archive.domain.Photos;
import cn.anzuo.archive.domain.Trace;
import cn.anzuo.archive.domain.TraceChain;
import cn.anzuo.organization.CompanyView;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.PermitSheet;
import cn.anzuo.permit.Permits;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Prints a permit the caller may see: gathers the sheet, names, trace and photos, then lays out the form. */
@Component
class PermitPrints {

    /** Enough for a form's photo block; more would make the printed permit a photo album. */
    static final int MAX_PHOTOS = 12;

    private final Permits permits;
    private final Organization organization;
    private final Qualifications qualifications;
    private final TraceChain chain;
    private final Photos photos;
    private final MessageSource messages;
    private final Clock clock;

    PermitPrints(Permits permits, Organization organization, Qualifications qualifications, TraceChain chain,
            Photos photos, MessageSource messages, Clock clock) {
        this.permits = permits;
        this.organization = organization;
        this.qualifications = qualifications;
        this.chain = chain;
        this.photos = photos;
        this.messages = messages;
        this.clock = clock;
    }

    /** The PDF; another company's permit (or an unknown id) is not found, as on {@code GET /permits/{id}}. */
    byte[] pdf(CurrentUser me, UUID permitId, String traceUrl, Locale locale) {
        PermitSheet sheet = permits.sheet(permitId)
                .filter(s -> organization.canSee(me, s.permit().companyId()))
                .orElseThrow(() -> new RecordNotFound("permit", permitId));
        return AnnexAForm.write(gather(sheet, traceUrl), messages, locale);
    }

    private PrintedPermit gather(PermitSheet sheet, String traceUrl) {
        PermitRecord p = sheet.permit();
        Set<UUID> people = new LinkedHashSet<>();
        people.add(p.crew().leaderId());
        people.add(p.crew().guardianId());
        people.addAll(p.crew().workerIds());
        sheet.checkIns().forEach(c -> people.add(c.workerId()));
        Map<UUID, WorkerView> workers = qualifications.workers(people).stream()
                .collect(Collectors.toMap(WorkerView::id, Function.identity(), (a, b) -> a));
        Map<UUID, String> analysts = new HashMap<>();
        sheet.gasAnalyses().forEach(g -> analysts.computeIfAbsent(g.analystId(), this::analystName));
        Trace trace = chain.read(p.id());
        return new PrintedPermit(sheet, companyName(p.companyId()),
                organization.site(p.siteId()).map(SiteView::name).orElse(""),
                organization.policy(p.companyId()).zone(),
                organization.user(sheet.applicantId()).map(UserView::displayName).orElse(""), workers, analysts, trace,
                photos(trace), PermitQr.png(traceUrl, 240), clock.instant());
    }

    private String companyName(UUID companyId) {
        CompanyView company = organization.company(companyId);
        return company == null ? "" : company.name();
    }

    /** An analyst is a worker of the company; an account without a worker record is named by its user. */
    private String analystName(UUID id) {
        if (id == null) {
            return "";
        }
        return qualifications.worker(id).map(WorkerView::name)
                .or(() -> organization.user(id).map(UserView::displayName)).orElse("");
    }

    /** The photos the trace records, oldest first, small; a purged or unreadable one is left out. */
    private List<byte[]> photos(Trace trace) {
        List<byte[]> small = new ArrayList<>();
        for (var e : trace.events()) {
            if (small.size() >= MAX_PHOTOS) {
                break;
            }
            if ("PHOTO".equals(e.type()) && e.data() != null && e.data().get("photoId") != null) {
                try {
                    Photos.Image image = photos.image(UUID.fromString(e.data().get("photoId").toString()));
                    Thumbnails.jpeg(image.content()).ifPresent(small::add);
                } catch (RecordNotFound | IllegalArgumentException gone) {
                    // purged under the retention rules: the trace still names it, the form shows the others
                }
            }
        }
        return small;
    }
}
