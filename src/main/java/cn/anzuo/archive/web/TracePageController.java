package cn.anzuo.archive.web;

import cn.anzuo.archive.domain.Photos;
import cn.anzuo.archive.domain.Trace;
import cn.anzuo.archive.domain.TraceChain;
import cn.anzuo.archive.domain.TraceEvent;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.Permits;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /p/{id}}, where a permit's QR code leads: the whole trace in one scroll on a phone, newest last,
 * with who acted, the approvers' signatures and whether the chain still holds.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class TracePageController {

    private final TraceChain chain;
    private final Permits permits;
    private final Organization organization;
    private final Photos photos;

    TracePageController(TraceChain chain, Permits permits, Organization organization, Photos photos) {
        this.photos = photos;
        this.chain = chain;
        this.permits = permits;
        this.organization = organization;
    }

    /** One line of the page: the event, when (in the company's zone), who, and the step's signature if any. */
    record Line(TraceEvent event, Instant at, String who, Integer signatureSeq) {}

    @GetMapping("/p/{id}")
    String trace(CurrentUser me, @PathVariable UUID id, Model model) {
        PermitRecord permit = TraceApiController.visiblePermit(permits, organization, me, id);
        Trace trace = chain.read(permit.id());
        Map<String, String> names = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        int approvals = 0;
        for (TraceEvent e : trace.events()) {
            Integer signature = null;
            if ("APPROVED".equals(e.type()) || "REJECTED".equals(e.type())) {
                signature = ++approvals;
            }
            lines.add(new Line(e, Instant.parse(e.at()), names.computeIfAbsent(e.actor(), this::who), signature));
        }
        model.addAttribute("permit", permit);
        PermitRecord.Crew crew = permit.crew();
        model.addAttribute("canPhoto", me.workerId() != null && (me.workerId().equals(crew.leaderId())
                || me.workerId().equals(crew.guardianId()) || crew.workerIds().contains(me.workerId())));
        model.addAttribute("trace", trace);
        model.addAttribute("lines", lines);
        model.addAttribute("zone", organization.policy(permit.companyId()).zone());
        return "archive/trace";
    }

    @GetMapping(value = "/p/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> qr(CurrentUser me, @PathVariable UUID id) {
        PermitRecord permit = TraceApiController.visiblePermit(permits, organization, me, id);
        return TraceApiController.qrPng(permit.id());
    }

    @GetMapping("/photos/{id}")
    @ResponseBody
    ResponseEntity<byte[]> photo(CurrentUser me, @PathVariable UUID id) {
        return PhotoApiController.image(photos, organization, me, id);
    }

    /** The phone's camera input posts here (capture, no gallery); back to the trace, where the photo shows. */
    @PostMapping("/p/{id}/photos")
    String addPhoto(CurrentUser me, @PathVariable UUID id, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
            @RequestParam(required = false) String kind) throws java.io.IOException {
        PhotoApiController.add(photos, permits, organization, me, id, file, latitude, longitude, kind);
        return "redirect:/p/" + id + "#photos";
    }

    private String who(String actor) {
        if (actor.startsWith("SYSTEM:")) {
            return null;
        }
        try {
            return organization.user(UUID.fromString(actor)).map(UserView::displayName).orElse(actor);
        } catch (IllegalArgumentException e) {
            return actor;
        }
    }
}
