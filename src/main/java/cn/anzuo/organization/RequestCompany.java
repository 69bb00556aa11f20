package cn.anzuo.organization;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * For requests made without a signed-in user (a device signing its own requests): the company the
 * request acts for, so the module switch applies to it too. A module that authenticates such callers
 * contributes a bean; the identity is only looked up here, the controller still verifies it.
 */
public interface RequestCompany {

    Optional<UUID> companyOf(HttpServletRequest request);
}
