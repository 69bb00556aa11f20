package cn.anzuo.support;

import java.util.Locale;
import java.util.UUID;

/** Codes and names that never collide, also on a PostgreSQL database that outlives one test run. */
public final class Unique {

    private Unique() {}

    public static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    public static String username(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
