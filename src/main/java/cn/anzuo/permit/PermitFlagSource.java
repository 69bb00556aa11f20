package cn.anzuo.permit;

import java.util.List;
import java.util.UUID;

/**
 * What an auditor should look at on a permit (API.md "Flags"): {@code APPROVED_IN_SECONDS},
 * {@code GAS_TEST_BACKFILLED}, {@code SAME_DEVICE_CHECK_INS}, {@code LATE_CHECK_IN}. Implemented outside the
 * permit module (the archive reads them from the trace); the permit's JSON carries them as {@code flags}.
 */
public interface PermitFlagSource {

    List<String> flagsOf(UUID permitId);
}
