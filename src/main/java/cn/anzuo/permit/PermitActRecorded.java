package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a permit's history was written: every act on a permit (submit, each approval step,
 * rejection, shift check, start, suspend, resume, complete, each acceptance, cancel, void, expire),
 * published in the transaction that wrote it so that listeners (the archive's trace) commit with it.
 *
 * @param action the act, e.g. {@code SUBMIT}, {@code APPROVE}, {@code SHIFT_CHECK}, {@code ACCEPT}
 * @param note   what the history line says besides: the approving role, the reason, who accepted
 */
public record PermitActRecorded(UUID permitId, UUID companyId, String number, String action, PermitStatus from,
        PermitStatus to, Instant at, Actor by, String note) {}
