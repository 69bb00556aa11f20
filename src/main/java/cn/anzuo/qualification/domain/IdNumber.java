package cn.anzuo.qualification.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resident ID-card number (居民身份证号码) per GB 11643-1999: 17 digits and a check digit (0–9 or
 * X) computed with the ISO 7064 MOD 11-2 weights. Never printed: {@link #toString()} masks it.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern EMBEDDED = Pattern.compile("(\\d{6})\\d{8}(\\d{3}[\\dXx])");

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** The number if its shape, birth date and check digit are right; empty otherwise. */
    public static Optional<IdNumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String candidate = raw.trim().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(candidate).matches() || !validBirthDate(candidate)) {
            return Optional.empty();
        }
        return checkDigit(candidate.substring(0, 17)) == candidate.charAt(17)
                ? Optional.of(new IdNumber(candidate))
                : Optional.empty();
    }

    /** The GB 11643 check digit of the first 17 digits. */
    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean validBirthDate(String candidate) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(candidate.substring(6, 10)),
                    Integer.parseInt(candidate.substring(10, 12)), Integer.parseInt(candidate.substring(12, 14)));
            return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.now().plusDays(1));
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Masks every ID number inside a text, e.g. a certificate number "T" + ID. */
    public static String maskWithin(String text) {
        return text == null ? null : EMBEDDED.matcher(text).replaceAll("$1********$2");
    }

    public String value() {
        return value;
    }

    /** {@code 330102********1234}: region and last four digits only. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    public String last4() {
        return value.substring(14);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
