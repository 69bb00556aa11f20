package cn.anzuo.shared.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one CJK font of every PDF (the printed permit, the KPI export), shipped in the jar so a fresh machine
 * prints the same pages without fonts installed: Noto Sans SC (OFL) cut to GB 2312 and converted to TrueType outlines by
 * tools/fonts/make-permit-font.py (ADR 0063). Identity-H with embedding makes OpenPDF write only the glyphs
 * used (a few dozen KB per permit), and the text stays selectable.
 */
public final class CjkFont {

    public static final String RESOURCE = "/fonts/NotoSansSC-Permit.ttf";

    private static volatile BaseFont font;

    private CjkFont() {
    }

    /** Parsed once: the 2.4 MB file is read on the first print, and the instance is shared (glyph use is per writer). */
    public static BaseFont get() {
        BaseFont f = font;
        if (f == null) {
            synchronized (CjkFont.class) {
                f = font;
                if (f == null) {
                    font = f = load();
                }
            }
        }
        return f;
    }

    private static BaseFont load() {
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + RESOURCE);
            }
            return BaseFont.createFont("NotoSansSC-Permit.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
