package cn.anzuo.permit;

import cn.anzuo.shared.WorkType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A permit as other modules read it: identity, place, window, people and where it stands. */
public record PermitRecord(UUID id, UUID companyId, UUID siteId, String number, WorkType type, PermitLevel level,
        PermitStatus status, Instant plannedStart, Instant plannedEnd, Crew crew, Suspension suspension) {

    /** The people of a permit: its leader (作业负责人), guardian (监护人) and workers. */
    public record Crew(UUID leaderId, UUID guardianId, List<UUID> workerIds) {

        public Crew {
            workerIds = List.copyOf(workerIds);
        }

        public boolean names(UUID workerId) {
            return workerId.equals(leaderId) || workerId.equals(guardianId) || workerIds.contains(workerId);
        }
    }
}
