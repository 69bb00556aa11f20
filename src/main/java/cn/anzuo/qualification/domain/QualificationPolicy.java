package cn.anzuo.qualification.domain;

import cn.anzuo.qualification.QualificationCheck;
import cn.anzuo.qualification.QualificationReason;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 人证岗一致: a person is qualified when at least one certificate of a required item covers the whole
 * window — not revoked, not expired, review not overdue, neither running out before the end, and
 * verified if the company forbids unverified certificates. Otherwise the reasons of the certificate
 * that comes closest are reported.
 */
public final class QualificationPolicy {

    private QualificationPolicy() {}

    public static QualificationCheck evaluate(UUID workerId, Collection<Certificate> certificates,
            Set<String> requiredItems, LocalDate firstDay, LocalDate lastDay, boolean allowUnverified) {
        if (requiredItems.isEmpty()) {
            return new QualificationCheck(workerId, List.of(), null);
        }
        Set<String> required = requiredItems.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        record Candidate(Certificate certificate, List<QualificationReason> problems) {}
        return certificates.stream()
                .filter(c -> required.contains(c.itemCode().toUpperCase(Locale.ROOT)))
                .map(c -> new Candidate(c, c.problemsFor(firstDay, lastDay, allowUnverified)))
                .min(Comparator.comparingInt((Candidate c) -> c.problems().size())
                        .thenComparing(c -> c.certificate().expiresOn(), Comparator.reverseOrder()))
                .map(best -> new QualificationCheck(workerId, best.problems(), best.certificate().id()))
                .orElseGet(() -> new QualificationCheck(workerId, List.of(QualificationReason.NO_CERTIFICATE), null));
    }
}
