package cn.anzuo.permit.onsite.kiosk;

import cn.anzuo.permit.onsite.domain.Checkpoints;
import cn.anzuo.permit.onsite.domain.Checkpoints.Checkpoint;
import cn.anzuo.permit.onsite.domain.Totp;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The kiosk (打卡屏) as a paired device: a cheap tablet at the site's gate, logged in as nobody. It is
 * paired once with a code an administrator creates ({@code /kiosk/pair}); from then on its cookie lets it
 * show its checkpoint's rotating code ({@code /kiosk/screen}) as six digits and as a QR code that opens the
 * phone's check-in page with the checkpoint and code filled in — and nothing else. The digits refresh by
 * htmx polling, which keeps no session alive. These paths are open in the web security chain; the cookie
 * is checked here.
 */
@Controller
class KioskScreenController {

    static final String COOKIE = "anzuo_kiosk";
    /** Browsers keep a cookie at most 400 days; each full page load renews it. */
    static final Duration COOKIE_AGE = Duration.ofDays(400);

    private final KioskDevices devices;
    private final Checkpoints checkpoints;
    private final Organization organization;
    private final Clock clock;

    KioskScreenController(KioskDevices devices, Checkpoints checkpoints, Organization organization, Clock clock) {
        this.devices = devices;
        this.checkpoints = checkpoints;
        this.organization = organization;
        this.clock = clock;
    }

    /** What the kiosk shows now. */
    record KioskCode(String code, long step, long secondsLeft, String checkInUrl) {}

    @GetMapping("/kiosk/pair")
    String pairForm(@CookieValue(value = COOKIE, required = false) String credential) {
        return devices.checkpointOf(credential).isPresent() ? "redirect:/kiosk/screen" : "onsite/kiosk-pair";
    }

    @PostMapping("/kiosk/pair")
    String pair(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<KioskDevices.Paired> paired = devices.pair(code);
        if (paired.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("failed", true);
            return "onsite/kiosk-pair";
        }
        remember(paired.get().credential(), request, response);
        return "redirect:/kiosk/screen";
    }

    @GetMapping("/kiosk/screen")
    String screen(@CookieValue(value = COOKIE, required = false) String credential,
            @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<Checkpoint> checkpoint = checkpoint(credential);
        if (checkpoint.isEmpty()) {
            if (htmx != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/kiosk/pair");
                response.setStatus(HttpStatus.NO_CONTENT.value());
                return null;
            }
            return "redirect:/kiosk/pair";
        }
        SiteView site = organization.site(checkpoint.get().siteId()).orElseThrow();
        model.addAttribute("checkpoint", checkpoint.get());
        model.addAttribute("site", site);
        model.addAttribute("now", current(checkpoint.get()));
        if (htmx != null) {
            return "onsite/kiosk :: code";
        }
        remember(credential, request, response);
        return "onsite/kiosk";
    }

    @GetMapping(value = "/kiosk/screen/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@CookieValue(value = COOKIE, required = false) String credential)
            throws IOException, WriterException {
        Optional<Checkpoint> checkpoint = checkpoint(credential);
        if (checkpoint.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        KioskCode now = current(checkpoint.get());
        var matrix = new QRCodeWriter().encode(now.checkInUrl(), BarcodeFormat.QR_CODE, 480, 480,
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                        EncodeHintType.MARGIN, 2));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        MatrixToImageWriter.writeToStream(matrix, "PNG", png);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(png.toByteArray());
    }

    private Optional<Checkpoint> checkpoint(String credential) {
        return devices.checkpointOf(credential)
                .flatMap(checkpoints::byId)
                .filter(c -> c.kind() == Checkpoints.Kind.QR);
    }

    private static void remember(String credential, HttpServletRequest request, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, credential)
                .path(request.getContextPath() + "/kiosk")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Strict")
                .maxAge(COOKIE_AGE)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
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
