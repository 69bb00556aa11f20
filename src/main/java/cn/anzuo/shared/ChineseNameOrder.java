package cn.anzuo.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Names in the order a Chinese reader expects (pinyin, as the JDK's Chinese collator has it), in Java and in the
 * database: {@link #key} is the collation key as bytes, stored beside a name so that {@code order by} the key
 * (unsigned byte order, in H2 and PostgreSQL alike) lists names as {@link #COMPARATOR} would, page by page.
 */
public final class ChineseNameOrder {

    private static final Collator COLLATOR = Collator.getInstance(Locale.CHINA);

    /** Compares names in pinyin order (the collator synchronises its own state). */
    public static final Comparator<String> COMPARATOR = COLLATOR::compare;

    private ChineseNameOrder() {}

    public static byte[] key(String name) {
        return COLLATOR.getCollationKey(name == null ? "" : name).toByteArray();
    }
}
