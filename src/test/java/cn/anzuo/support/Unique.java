package cn.anzuo.support;

import java.util.Locale;
import java.util.UUID;

/** Codes and names that never collide, also on a PostgreSQL database that outlives one test run. */
public final class Unique {

    private Unique() {}

    public static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /**
     * A Chinese name without digits (the ledger refuses names with digits): the surname and four
     * given-name characters, about a million combinations per surname.
     */
    public static String personName(String surname) {
        String chars = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉斌宇浩凯";
        StringBuilder name = new StringBuilder(surname);
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            name.append(chars.charAt(random.nextInt(chars.length())));
        }
        return name.toString();
    }

    public static String username(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
