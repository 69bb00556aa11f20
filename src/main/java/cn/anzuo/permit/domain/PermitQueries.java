package cn.anzuo.permit.domain;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding permits a user may see. */
@Service
@Transactional
public class PermitQueries {

    static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant END = Instant.parse("2999-01-01T00:00:00Z");

    private final WorkPermitRepository permits;
    private final PermitSearch finder;
    private final Organization organization;
    private final PermitTimeRules timeRules;
    private final PermitCalendar calendar;
    private final ApprovalInbox inbox;

    PermitQueries(WorkPermitRepository permits, PermitSearch finder, Organization organization,
            PermitTimeRules timeRules, PermitCalendar calendar, ApprovalInbox inbox) {
        this.calendar = calendar;
        this.inbox = inbox;
        this.permits = permits;
        this.finder = finder;
        this.organization = organization;
        this.timeRules = timeRules;
    }

    /** A permit list filter; null fields are not filtered on. */
    public record Filter(Set<UUID> companies, PermitStatus status, WorkType type, UUID siteId, UUID applicantId,
            Instant from, Instant to) {

        PermitSearch.Criteria criteria() {
            return new PermitSearch.Criteria(companies, status == null ? List.of() : List.of(status.name()),
                    type == null ? null : type.name(), siteId, applicantId, from == null ? BEGINNING : from,
                    to == null ? END : to);
        }
    }

    /**
     * One page of a permit list, found, ordered and limited in the database; {@code next} is the keyset
     * cursor of the following page (null after the last one).
     */
    public record Page<T>(List<T> items, long total, PermitCursor next) {}

    /**
     * A page of whole permits (the API) by offset ({@code after} null) or after a keyset cursor. The total counts
     * the rows the database finds; a permit whose time rules have just changed its status is still counted (the
     * expiry job writes it within 30 s), as before, where it was counted before being dropped.
     */
    public Page<WorkPermit> page(Filter filter, PermitCursor after, int offset, int size) {
        return page(filter, after, offset, size, Long.MAX_VALUE, finder::inOrder, timeRules::refresh,
                WorkPermit::status);
    }

    /**
     * A page of cards (the pages' lists, ADR 0089), its total counted only up to {@code countCap} (a page that shows
     * "999+"). Only a card whose time rules may apply now has its aggregate loaded, to bring its status up to date.
     */
    public Page<PermitCard> cards(Filter filter, PermitCursor after, int offset, int size, long countCap) {
        return page(filter, after, offset, size, countCap, finder::cards, timeRules::refresh, PermitCard::status);
    }

    private <T> Page<T> page(Filter filter, PermitCursor after, int offset, int size, long countCap,
            Function<List<UUID>, List<T>> load, UnaryOperator<T> refresh, Function<T, PermitStatus> status) {
        PermitSearch.Criteria criteria = filter.criteria();
        List<PermitSearch.After> keys = finder.page(criteria, after == null ? null : after.position(), offset, size);
        PermitCursor next = keys.size() == size ? PermitCursor.at(keys.getLast()) : null;
        List<T> items = load.apply(keys.stream().map(PermitSearch.After::id).toList()).stream()
                .map(refresh)
                .filter(p -> filter.status() == null || status.apply(p) == filter.status())
                .toList();
        long total = countCap == Long.MAX_VALUE ? finder.count(criteria) : finder.countUpTo(criteria, countCap);
        return new Page<>(items, total, next);
    }

    /** The permit with its time rules applied, if the user may see its company. */
    public WorkPermit visible(CurrentUser user, UUID permitId) {
        return permits.findById(permitId)
                .filter(p -> organization.canSee(user, p.companyId()))
                .map(timeRules::refresh)
                .orElseThrow(() -> new RecordNotFound("permit", permitId));
    }

    /**
     * Every permit in one of these statuses (any, when none is given) whose window meets {@code from}–{@code to},
     * newest planned start first, in one query: for lists bounded by their filter (a site's live permits).
     */
    public List<WorkPermit> search(Set<UUID> companies, Collection<PermitStatus> statuses, WorkType type, UUID siteId,
            Instant from, Instant to) {
        // Only the permits found are brought up to date (not a sweep of every company's): one that has
        // just turned VOIDED or EXPIRED drops out of a status filter here; the job lists it within 30 s.
        return finder.all(new PermitSearch.Criteria(companies, statuses.stream().map(PermitStatus::name).toList(),
                        type == null ? null : type.name(), siteId, null, from == null ? BEGINNING : from,
                        to == null ? END : to)).stream()
                .map(timeRules::refresh)
                .filter(p -> statuses.isEmpty() || statuses.contains(p.status()))
                .toList();
    }

    /**
     * One page of the permits waiting for the user's decision (待我审批): pending permits of the user's company with an
     * open step of one of their roles, neither applied for nor decided by them ({@code ApprovalRoute.refusal} in SQL,
     * ADR 0080). {@code next} is the cursor of the following page, null after the last one.
     */
    public record InboxPage<T>(List<T> items, InboxCursor next) {}

    /**
     * A page of 待我审批 as cards (the phone page), expedited first, then the longest waiting, after the cursor
     * ({@code null}: the first page). It reads as many rows as it shows, however many permits wait (ADR 0088).
     */
    public InboxPage<PermitCard> inbox(CurrentUser user, InboxCursor after, int size) {
        return decidable(user, after, size, finder::cards);
    }

    /** The same page as whole permits (the API's {@code pending-my-approval}). */
    public InboxPage<WorkPermit> pendingFor(CurrentUser user, InboxCursor after, int size) {
        return decidable(user, after, size, finder::inOrder);
    }

    private <T> InboxPage<T> decidable(CurrentUser user, InboxCursor after, int size, Function<List<UUID>, List<T>> load) {
        List<String> roles = roleNames(user);
        if (roles.isEmpty()) {
            return new InboxPage<>(List.of(), null);
        }
        List<InboxCursor> found = inbox.page(user.companyId(), user.id(), roles, after, size + 1);
        List<InboxCursor> shown = found.size() > size ? found.subList(0, size) : found;
        return new InboxPage<>(load.apply(shown.stream().map(InboxCursor::id).toList()),
                found.size() > size ? shown.getLast() : null);
    }

    /** How many permits {@link #inbox} would list, counted in the database up to {@code cap} (the badge). */
    public long pendingCountUpTo(CurrentUser user, int cap) {
        List<String> roles = roleNames(user);
        return roles.isEmpty() ? 0 : inbox.countUpTo(user.companyId(), user.id(), roles, cap);
    }

    private static List<String> roleNames(CurrentUser user) {
        return user.roles().stream().map(Enum::name).toList();
    }

    /** Whether the user may decide a step of the permit now (same guard as the decision itself). */
    public boolean mayDecide(CurrentUser user, WorkPermit permit) {
        return permit.companyId().equals(user.companyId()) && permit.refusalFor(user.id(), user.roles()).isEmpty();
    }

    /** The applicant's last permit, to prefill the next application. */
    public java.util.Optional<WorkPermit> lastOf(UUID applicantId) {
        return permits.lastOf(applicantId).stream().findFirst().flatMap(permits::findById);
    }

    /** The permits a person works on (as leader, guardian or worker) whose window overlaps [from, to), time rules applied. */
    public List<WorkPermit> ofWorker(UUID workerId, Instant from, Instant to) {
        List<UUID> ids = calendar.bookings(workerId, from, to).stream().map(PermitCalendar.Booking::permitId).toList();
        return finder.inOrder(ids).stream().map(timeRules::refresh).toList();
    }
}
