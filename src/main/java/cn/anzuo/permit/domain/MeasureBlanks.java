package cn.anzuo.permit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The blanks of an Annex A checklist text — "加盲板（ ）块", "灭火器（ ）台" — that the applicant fills
 * in (English texts use "( )"). A filled blank reads "加盲板（2）块"; an unfilled one stays "（ ）".
 */
public final class MeasureBlanks {

    /** Maximum length of one value: a count, a number or a short name. */
    public static final int MAX_LENGTH = 20;

    private static final Pattern BLANK = Pattern.compile("（\\s*）|\\(\\s*\\)");

    private MeasureBlanks() {}

    /** The text cut at its blanks: n blanks give n + 1 parts. */
    public static List<String> parts(String text) {
        return List.of(BLANK.split(text, -1));
    }

    public static int count(String text) {
        return parts(text).size() - 1;
    }

    /** The text with the values written into its blanks, in order. */
    public static String fill(String text, List<String> values) {
        List<String> parts = parts(text);
        boolean chinese = text.contains("（");
        StringBuilder filled = new StringBuilder(parts.getFirst());
        for (int i = 1; i < parts.size(); i++) {
            String value = i - 1 < values.size() ? values.get(i - 1) : "";
            String shown = value == null || value.isBlank() ? " " : value.trim();
            filled.append(chinese ? "（" + shown + "）" : "(" + shown + ")").append(parts.get(i));
        }
        return filled.toString();
    }

    /** The values padded or cut to the number of blanks of the text. */
    public static List<String> fit(String text, List<String> values) {
        List<String> fitted = new ArrayList<>();
        for (int i = 0; i < count(text); i++) {
            fitted.add(i < values.size() && values.get(i) != null ? values.get(i) : "");
        }
        return fitted;
    }
}
