package cn.anzuo.support;

import cn.anzuo.qualification.domain.IdNumber;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Valid ID numbers (GB 11643 check digit) that never repeat within a JVM and start at a random
 * point, so tests on a PostgreSQL database reused within a run do not meet each other's workers.
 * The region 110101 is not one of the demo plant's, so they never meet the demo workers either.
 */
public final class IdNumbers {

    /**
     * An 18-character resident ID number standing alone. Hash chains and tokens are hex or base64
     * and hold 18 digits in a row by chance (about 1 % of SHA-256 hashes), so a run of digits
     * inside a longer word is not an ID number.
     */
    public static final Pattern CLEAR = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");

    private static final AtomicLong NEXT = new AtomicLong(new SecureRandom().nextLong(5_000_000));

    private IdNumbers() {}

    public static String next() {
        long n = NEXT.getAndIncrement();
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n / 1000);
        String first17 = "110101" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(n % 1000);
        return first17 + IdNumber.checkDigit(first17);
    }

    /** A fresh valid number (same as {@link #next()}). */
    public static String random() {
        return next();
    }

    /** The same number with a wrong check digit. */
    public static String withWrongCheckDigit(String valid) {
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        return valid.substring(0, 17) + wrong;
    }

    /** {@code 110101********1234}, as responses show it. */
    public static String masked(String valid) {
        return valid.substring(0, 6) + "********" + valid.substring(14);
    }
}
