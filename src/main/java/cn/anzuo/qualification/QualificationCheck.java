package cn.anzuo.qualification;

import java.util.List;
import java.util.UUID;

/**
 * The answer to "is this person qualified for this work over this window?".
 *
 * @param reasons empty when qualified; otherwise why, for the best certificate the person has
 * @param certificateId the certificate that qualifies (or comes closest), null if none
 */
public record QualificationCheck(UUID workerId, List<QualificationReason> reasons, UUID certificateId) {

    public QualificationCheck {
        reasons = List.copyOf(reasons);
    }

    public boolean qualified() {
        return reasons.isEmpty();
    }
}
