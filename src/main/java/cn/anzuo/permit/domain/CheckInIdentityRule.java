package cn.anzuo.permit.domain;

import cn.anzuo.organization.CheckInIdentity;
import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.PasskeyAssertions;
import cn.anzuo.permit.onsite.ProofMethod;
import cn.anzuo.permit.onsite.domain.OnSiteProblems;
import cn.anzuo.shared.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a person's own check-in must carry under the company's rules (API.md "On-site identity"): an allowed
 * method; face check-ins come only from terminals; under {@code PASSKEY}, a location proof comes with a fresh
 * assertion of the caller's own passkey (the answer to 代签). Under {@code FACE} the check-in is recorded and
 * counts once a face event confirms it ({@code OnSite.present}).
 */
@Component
class CheckInIdentityRule {

    private final ObjectProvider<PasskeyAssertions> passkeys;

    CheckInIdentityRule(ObjectProvider<PasskeyAssertions> passkeys) {
        this.passkeys = passkeys;
    }

    void require(CurrentUser user, CompanyPolicy policy, ProofMethod method, String assertion) {
        if (method == ProofMethod.FACE) {
            throw OnSiteProblems.invalidProof(); // a face terminal reports through its own signed endpoint
        }
        if (!policy.checkInMethods().contains(method.name())) {
            throw OnSiteProblems.methodNotAllowed(method.name());
        }
        boolean passkeyNeeded = method == ProofMethod.PASSKEY || policy.checkInIdentity() == CheckInIdentity.PASSKEY;
        if (passkeyNeeded && !ownPasskey(user, assertion)) {
            throw OnSiteProblems.identityRequired(CheckInIdentity.PASSKEY.name());
        }
    }

    private boolean ownPasskey(CurrentUser user, String assertion) {
        PasskeyAssertions verifier = passkeys.getIfAvailable();
        return assertion != null && !assertion.isBlank() && verifier != null && verifier.verify(user.id(), assertion);
    }
}
