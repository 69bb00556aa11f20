package cn.anzuo.permit.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The answer to one Annex A checklist item: does the measure apply (是否涉及)? And what goes into its
 * blanks, e.g. the "2" of "加盲板（2）块" ({@link MeasureBlanks}); {@code blanks} holds those values in
 * order, separated by {@link #SEPARATOR}, or null.
 */
@Table("permit_measure")
public record PermitMeasure(String code, boolean applicable, String blanks) {

    static final String SEPARATOR = "\u001F";

    @PersistenceCreator
    public PermitMeasure {}

    public PermitMeasure(String code, boolean applicable) {
        this(code, applicable, null);
    }

    /** An answer with the values of its blanks (trimmed; all blank means none). */
    public static PermitMeasure of(String code, boolean applicable, List<String> values) {
        List<String> trimmed = values == null ? List.of()
                : values.stream().map(v -> cut(v == null ? "" : v.trim().replace(SEPARATOR, ""))).toList();
        boolean any = trimmed.stream().anyMatch(v -> !v.isEmpty());
        return new PermitMeasure(code, applicable, any ? String.join(SEPARATOR, trimmed) : null);
    }

    /** A value longer than {@link MeasureBlanks#MAX_LENGTH} is cut (the form's input allows no more). */
    private static String cut(String value) {
        return value.length() > MeasureBlanks.MAX_LENGTH ? value.substring(0, MeasureBlanks.MAX_LENGTH) : value;
    }

    /** The values of the blanks in order; empty when none was filled. */
    public List<String> blankValues() {
        return blanks == null ? List.of() : Arrays.stream(blanks.split(SEPARATOR, -1)).collect(Collectors.toList());
    }
}
