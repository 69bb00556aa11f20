package cn.anzuo.analytics;

import cn.anzuo.organization.CompanyView;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A company with the subsidiaries below it, among the companies a caller sees. */
final class CompanyTree {

    private CompanyTree() {}

    static Set<UUID> subtree(UUID root, List<CompanyView> visible) {
        Set<UUID> covered = new LinkedHashSet<>(List.of(root));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CompanyView c : visible) {
                if (c.parentId() != null && covered.contains(c.parentId()) && covered.add(c.id())) {
                    grew = true;
                }
            }
        }
        return covered;
    }
}
