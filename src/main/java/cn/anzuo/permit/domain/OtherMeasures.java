package cn.anzuo.permit.domain;

/**
 * Annex A item 16, 其他安全措施: measures the applicant adds beyond the type's checklist, as free text.
 * Kept apart from the checklist because it has no code and nothing is decided on it; it is printed as written.
 */
public final class OtherMeasures {

    /** The column's width; the API and the form refuse more (422 before anything is stored). */
    public static final int MAX_LENGTH = 500;

    private OtherMeasures() {
    }

    /** Trimmed, or null when nothing was written: an empty item prints as blank, not as spaces. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("other measures longer than " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }
}
