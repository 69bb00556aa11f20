package cn.anzuo.permit;

import cn.anzuo.shared.security.Role;
import java.util.UUID;

/**
 * An open approval step has waited long enough for a reminder: every 10 minutes on the expedite
 * channel, otherwise once at half the company's escalation time. {@code n} counts the reminders.
 */
public record ApprovalReminderDue(UUID permitId, UUID companyId, String number, int seq, Role role, int n,
        long minutesWaiting) {}
