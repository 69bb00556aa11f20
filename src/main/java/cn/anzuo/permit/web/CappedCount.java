package cn.anzuo.permit.web;

/**
 * A count the database stopped at a cap (ADR 0088), as a page shows it: the number below the cap, "99+" at it (the
 * query read {@code cap} rows and stopped, so there may be more).
 */
final class CappedCount {

    private CappedCount() {}

    static boolean reached(long counted, long cap) {
        return counted >= cap;
    }

    static String shown(long counted, long cap) {
        return reached(counted, cap) ? (cap - 1) + "+" : Long.toString(counted);
    }
}
