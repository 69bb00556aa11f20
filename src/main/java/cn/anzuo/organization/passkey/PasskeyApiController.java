package cn.anzuo.organization.passkey;

import cn.anzuo.shared.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A check-in challenge for the caller's own passkeys, and the list of them, for bearer-token clients. */
@RestController
@RequestMapping("/api/v1/me")
class PasskeyApiController {

    private final PasskeyCheckIns checkIns;
    private final PasskeyList passkeys;

    PasskeyApiController(PasskeyCheckIns checkIns, PasskeyList passkeys) {
        this.checkIns = checkIns;
        this.passkeys = passkeys;
    }

    /** → {@code PublicKeyCredentialRequestOptions} for {@code navigator.credentials.get}; 422 {@code NO_PASSKEY}. */
    @PostMapping(path = "/passkey-challenge", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> challenge(CurrentUser me) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(checkIns.challenge(me.id()));
    }

    @GetMapping("/passkeys")
    java.util.List<PasskeyList.Passkey> passkeys(CurrentUser me) {
        return passkeys.of(me.id());
    }
}
