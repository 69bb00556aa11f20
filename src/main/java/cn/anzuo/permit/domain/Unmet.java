package cn.anzuo.permit.domain;

import java.util.List;
import java.util.UUID;

/**
 * The preconditions a transition found unmet, as data: codes in the order of API.md (the first one
 * names the problem) and, for {@code NOT_CHECKED_IN}, who is missing.
 */
public record Unmet(List<String> codes, List<UUID> missingWorkerIds) {

    public static final Unmet NONE = new Unmet(List.of(), List.of());

    public Unmet {
        codes = List.copyOf(codes);
        missingWorkerIds = List.copyOf(missingWorkerIds);
    }

    public boolean isEmpty() {
        return codes.isEmpty();
    }

    public boolean has(String code) {
        return codes.contains(code);
    }

    void throwIfAny() {
        if (!isEmpty()) {
            throw PermitProblems.unmet(codes, missingWorkerIds);
        }
    }
}
