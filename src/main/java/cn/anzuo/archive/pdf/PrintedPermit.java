package cn.anzuo.archive.pdf;

import cn.anzuo.archive.domain.Trace;
import cn.anzuo.permit.PermitSheet;
import cn.anzuo.qualification.WorkerView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What goes on one printed permit, with every name already looked up, so that {@link AnnexAForm} only lays
 * out and never queries.
 */
record PrintedPermit(PermitSheet sheet, String companyName, String siteName, ZoneId zone, String applicantName,
        Map<UUID, WorkerView> workers, Map<UUID, String> analysts, Trace trace, List<byte[]> photos, byte[] qrPng,
        Instant printedAt) {

    String workerName(UUID id) {
        WorkerView w = workers.get(id);
        return w == null ? "" : w.name();
    }
}
