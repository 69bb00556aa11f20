package cn.anzuo.permit.domain;

import cn.anzuo.permit.domain.PermitApplications.Applied;
import cn.anzuo.permit.domain.PermitApplications.ApplyForPermit;
import cn.anzuo.qualification.GateRefusal;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Where applications come in from the API and the form: {@link PermitApplications#apply} in its transaction, and
 * when the qualification gate refuses, the refusal remembered afterwards (合规之星 needs "no refusal at the gate").
 * Deliberately not transactional: the refused application's transaction has rolled back and given its connection
 * back before the refusal is written in a transaction of its own — never two connections held at once (ADR 0062).
 */
@Service
public class PermitIntake {

    private final PermitApplications applications;
    private final Qualifications qualifications;
    private final Clock clock;

    PermitIntake(PermitApplications applications, Qualifications qualifications, Clock clock) {
        this.applications = applications;
        this.qualifications = qualifications;
        this.clock = clock;
    }

    public Applied apply(CurrentUser applicant, ApplyForPermit command) {
        try {
            return applications.apply(applicant, command);
        } catch (BusinessProblem problem) {
            if ("QUALIFICATION_INVALID".equals(problem.code())) {
                qualifications.recordGateRefusals(refusals(problem, command, clock.instant()));
            }
            throw problem;
        }
    }

    private static List<GateRefusal> refusals(BusinessProblem problem, ApplyForPermit command, Instant at) {
        if (!(problem.properties().get("violations") instanceof List<?> violations)) {
            return List.of();
        }
        return violations.stream()
                .filter(Map.class::isInstance)
                .map(v -> (Map<?, ?>) v)
                .filter(v -> v.get("workerId") instanceof UUID && v.get("reason") != null)
                .map(v -> new GateRefusal((UUID) v.get("workerId"), command.type(), v.get("reason").toString(), at))
                .toList();
    }
}
