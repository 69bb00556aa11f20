package cn.anzuo.permit.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Equipment tags of a plant (位号) — T-201, P-1105, E-102, MB-07 — as written in a permit's texts. A
 * tag in the content, hazards or emergency measures that is not a tag of the location usually means
 * text carried over from another permit (issue 10: a permit for T-205 that still said "T-201").
 */
public final class EquipmentTags {

    private static final Pattern TAG = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z]{1,3})-?(\\d{2,5})(?![0-9])");

    private EquipmentTags() {}

    /** The tags in a text, normalised to upper case with a hyphen ("t201" → "T-201"). */
    public static Set<String> in(String text) {
        Set<String> tags = new LinkedHashSet<>();
        if (text == null) {
            return tags;
        }
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            tags.add(m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2));
        }
        return tags;
    }

    /**
     * The tags of the texts that the location does not name. Empty when the location names no tag
     * at all: then there is nothing to compare with.
     */
    public static Set<String> notAt(String location, String... texts) {
        Set<String> here = in(location);
        Set<String> foreign = new LinkedHashSet<>();
        if (here.isEmpty()) {
            return foreign;
        }
        for (String text : texts) {
            in(text).stream().filter(tag -> !here.contains(tag)).forEach(foreign::add);
        }
        return foreign;
    }
}
