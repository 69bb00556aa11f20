package cn.anzuo.qualification.domain;

import cn.anzuo.shared.security.CurrentUser;
import java.util.UUID;

/**
 * 真伪核验 against the registry endpoint a customer contracts (there is no public API of the national
 * platforms, DOMAIN.md §2.6). Implemented by the registry adapter.
 */
public interface RegistryVerification {

    CertificateRegistry.Dated verify(CurrentUser by, UUID certificateId);
}
