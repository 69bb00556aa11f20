package cn.anzuo.organization.passkey;

import cn.anzuo.organization.CheckInIdentity;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.FormProblems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The caller's passkeys on the profile: list, add (the browser talks to Spring Security's
 * {@code /webauthn/register} endpoints, see {@code js/passkey.js}) and remove; and a check-in challenge for
 * the phone pages, which are signed in by session.
 */
@Controller
class PasskeyPageController {

    private final PasskeyCheckIns checkIns;
    private final PasskeyList passkeys;
    private final FormProblems problems;
    private final Organization organization;

    PasskeyPageController(PasskeyCheckIns checkIns, PasskeyList passkeys, FormProblems problems,
            Organization organization) {
        this.organization = organization;
        this.checkIns = checkIns;
        this.passkeys = passkeys;
        this.problems = problems;
    }

    @GetMapping("/me/passkeys")
    String show(CurrentUser me, Model model) {
        model.addAttribute("passkeys", passkeys.of(me.id()));
        return "me/passkeys";
    }

    @PostMapping("/me/passkeys/{id}/delete")
    String remove(CurrentUser me, @PathVariable String id, RedirectAttributes redirect) {
        if (passkeys.remove(me.id(), id)) {
            redirect.addFlashAttribute("flash", problems.message("passkey.removed"));
        }
        return "redirect:/me/passkeys";
    }

    /**
     * For the phone check-in page: a challenge when the caller's company asks for a passkey at check-in
     * ({@code checkInIdentity = PASSKEY}), else 204 and the page checks in without one.
     */
    @PostMapping(path = "/me/passkey-challenge", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> challenge(CurrentUser me) {
        if (organization.policy(me.companyId()).checkInIdentity() != CheckInIdentity.PASSKEY) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(checkIns.challenge(me.id()));
    }
}
