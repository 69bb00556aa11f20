package cn.anzuo.organization;

import java.util.UUID;

/**
 * Which company a worker belongs to. Organisation keeps no workers (the qualification module does,
 * and depends on this one), so it asks through this interface, which the qualification module
 * implements. A user may only be linked to a worker of the user's own company: the link decides
 * whose permits the user sees as "mine" (今日作业) and who may check in.
 */
public interface WorkerDirectory {

    /** True if the worker exists and belongs to that company. */
    boolean belongsTo(UUID workerId, UUID companyId);
}
