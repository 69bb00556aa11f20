package cn.anzuo.permit.onsite.web;

import cn.anzuo.permit.onsite.domain.Checkpoints;
import cn.anzuo.permit.onsite.domain.Checkpoints.Checkpoint;
import cn.anzuo.permit.onsite.domain.Totp;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The kiosk (打卡屏): a cheap tablet at the site's gate shows the checkpoint's rotating code, as six
 * digits and as a QR code that opens the phone's check-in page with the checkpoint and code filled in.
 * The digits refresh by htmx polling; no script of ours is needed beyond a countdown.
 */
@Controller
@RequestMapping("/kiosk/{id}")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'SAFETY_OFFICER')")
class KioskPageController {

    private final Checkpoints checkpoints;
    private final Organization organization;
    private final Clock clock;

    KioskPageController(Checkpoints checkpoints, Organization organization, Clock clock) {
        this.checkpoints = checkpoints;
        this.organization = organization;
        this.clock = clock;
    }

    /** What the kiosk shows now. */
    record KioskCode(String code, long step, long secondsLeft, String checkInUrl) {}

    @GetMapping
    String kiosk(CurrentUser me, @PathVariable UUID id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Checkpoint checkpoint = visible(me, id);
        SiteView site = organization.site(checkpoint.siteId()).orElseThrow(() -> new RecordNotFound("checkpoint", id));
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("site", site);
        model.addAttribute("now", current(checkpoint));
        return htmx != null ? "onsite/kiosk :: code" : "onsite/kiosk";
    }

    @GetMapping(value = "/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(CurrentUser me, @PathVariable UUID id) throws IOException, WriterException {
        KioskCode now = current(visible(me, id));
        var matrix = new QRCodeWriter().encode(now.checkInUrl(), BarcodeFormat.QR_CODE, 480, 480,
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                        EncodeHintType.MARGIN, 2));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        MatrixToImageWriter.writeToStream(matrix, "PNG", png);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(png.toByteArray());
    }

    private Checkpoint visible(CurrentUser me, UUID id) {
        return checkpoints.byId(id)
                .filter(c -> organization.canSee(me, c.companyId()))
                .filter(c -> c.kind() == Checkpoints.Kind.QR)
                .orElseThrow(() -> new RecordNotFound("checkpoint", id));
    }

    private KioskCode current(Checkpoint checkpoint) {
        long epoch = clock.instant().getEpochSecond();
        String code = checkpoints.currentCode(checkpoint.id());
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/onsite/check-in")
                .queryParam("cp", checkpoint.code()).queryParam("code", code).build().toUriString();
        return new KioskCode(code, Totp.step(clock.instant()), Totp.STEP_SECONDS - Math.floorMod(epoch, Totp.STEP_SECONDS),
                url);
    }
}
