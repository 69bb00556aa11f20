package cn.anzuo.qualification;

import java.util.UUID;

/** A worker as other modules see it: the ID number only ever masked. */
public record WorkerView(UUID id, UUID companyId, String name, String idNumberMasked, String phone, String employer) {

    public boolean contractor() {
        return employer != null && !employer.isBlank();
    }
}
