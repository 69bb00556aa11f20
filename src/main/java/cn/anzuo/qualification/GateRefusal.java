package cn.anzuo.qualification;

import cn.anzuo.shared.WorkType;
import java.time.Instant;
import java.util.UUID;

/** A person the qualification gate refused on an application, and why (a {@link QualificationReason} or a rule's reason code). */
public record GateRefusal(UUID workerId, WorkType type, String reason, Instant at) {}
