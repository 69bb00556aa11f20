package cn.anzuo.permit.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a tapped NFC checkpoint tag leads (its URL is personalised as {@code /t/{code}?picc_data=…&cmac=…},
 * API.md): the check-in page for the caller's permits, with the tag's SUN message as the proof, so an
 * ordinary phone needs no app. Signing in first keeps the tag's URL (the saved request).
 */
@Controller
class NfcTapPageController {

    @GetMapping("/t/{code}")
    String tapped(@PathVariable String code, @RequestParam(name = "picc_data", required = false) String picc,
            @RequestParam(required = false) String cmac) {
        UriComponentsBuilder target = UriComponentsBuilder.fromPath("/onsite/check-in").queryParam("cp", code);
        if (picc != null && cmac != null) {
            target.queryParam("sun", "picc_data=" + picc + "&cmac=" + cmac);
        }
        return "redirect:" + target.encode().build().toUriString();
    }
}
