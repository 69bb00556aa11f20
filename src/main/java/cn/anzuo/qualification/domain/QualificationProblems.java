package cn.anzuo.qualification.domain;

import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.BusinessProblem;
import java.util.UUID;

/** The named refusals of the qualification module. They never echo an ID number. */
public final class QualificationProblems {

    private QualificationProblems() {}

    public static final class InvalidIdNumber extends BusinessProblem {
        public InvalidIdNumber() {
            super(ProblemKind.RULE, "INVALID_ID_NUMBER", "idNumber");
        }
    }

    public static final class WorkerExists extends BusinessProblem {
        public WorkerExists(UUID existing) {
            super(ProblemKind.CONFLICT, "WORKER_EXISTS", "idNumber");
            with("workerId", existing);
        }
    }

    public static final class UnknownCertificateItem extends BusinessProblem {
        public UnknownCertificateItem(String itemCode) {
            super(ProblemKind.RULE, "UNKNOWN_CERTIFICATE_ITEM", "itemCode", itemCode);
        }
    }

    public static final class InvalidCertificateNumber extends BusinessProblem {
        public InvalidCertificateNumber() {
            super(ProblemKind.RULE, "INVALID_CERTIFICATE_NUMBER", "number");
        }
    }

    public static final class InvalidDates extends BusinessProblem {
        public InvalidDates() {
            super(ProblemKind.RULE, "INVALID_DATES", "expiresOn");
        }
    }

    public static final class CertificateRevoked extends BusinessProblem {
        public CertificateRevoked(UUID certificateId) {
            super(ProblemKind.CONFLICT, "CERTIFICATE_REVOKED", null, String.valueOf(certificateId));
        }
    }

    public static final class EvidenceRequired extends BusinessProblem {
        public EvidenceRequired() {
            super(ProblemKind.RULE, "EVIDENCE_REQUIRED", "evidenceId");
        }
    }
}
