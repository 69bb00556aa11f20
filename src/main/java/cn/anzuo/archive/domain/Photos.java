package cn.anzuo.archive.domain;

import cn.anzuo.permit.PermitRecord;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.RecordNotFound;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live photos of a permit: the bytes are sniffed (JPEG or PNG only, at most 10 MB), a visible watermark
 * with the permit number, the time and the place is drawn into the image, the SHA-256 of what is stored is
 * kept, and a {@code PHOTO} event joins the permit's trace in the same transaction.
 */
@Service
public class Photos {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final java.util.Set<String> KINDS = java.util.Set.of("MEASURE", "SITE", "COMPLETION");

    private final JdbcClient jdbc;
    private final TraceChain chain;
    private final Clock clock;

    Photos(JdbcClient jdbc, TraceChain chain, Clock clock) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.clock = clock;
    }

    public record Stored(UUID id, String sha256, Instant takenAt, boolean watermarked) {}

    public record Image(String contentType, byte[] content, UUID permitId, UUID companyId) {}

    @Transactional
    public Stored add(PermitRecord permit, UUID userId, byte[] bytes, Double latitude, Double longitude, String kind,
            ZoneId zone) {
        String type = sniff(bytes);
        if (type == null || bytes.length > MAX_BYTES) {
            throw new BusinessProblem(ProblemKind.RULE, "UNSUPPORTED_MEDIA", "file");
        }
        String k = kind == null ? "SITE" : kind;
        if (!KINDS.contains(k)) {
            throw new BusinessProblem(ProblemKind.RULE, "PHOTO_KIND", "kind", k);
        }
        Instant now = clock.instant();
        byte[] stored = watermark(bytes, type, permit.number(), now, zone, latitude, longitude);
        String sha = sha256(stored);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into permit_photo (id, permit_id, company_id, kind, taken_at, latitude, longitude, uploaded_by,
                                          content_type, sha256, content)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, permit.id(), permit.companyId(), k, java.sql.Timestamp.from(now), latitude, longitude, userId,
                        type, sha, stored)
                .update();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("photoId", id);
        data.put("kind", k);
        data.put("sha256", sha);
        if (latitude != null && longitude != null) {
            data.put("latitude", latitude.toString());
            data.put("longitude", longitude.toString());
        }
        chain.append(permit.id(), permit.companyId(), "PHOTO", now, userId.toString(), data);
        return new Stored(id, sha, now, true);
    }

    @Transactional(readOnly = true)
    public Image image(UUID photoId) {
        return jdbc.sql("select content_type, content, permit_id, company_id from permit_photo where id = ?")
                .param(photoId)
                .query((rs, n) -> new Image(rs.getString(1), rs.getBytes(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class)))
                .optional().filter(i -> !"purged".equals(i.contentType()))
                .orElseThrow(() -> new RecordNotFound("photo", photoId));
    }

    /** {@code image/jpeg} or {@code image/png} by the file's magic bytes, whatever it claims; else null. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (b.length >= png.length && java.util.Arrays.equals(b, 0, png.length, png, 0, png.length)) {
            return "image/png";
        }
        return null;
    }

    /** Draws a dark band at the bottom with number, time and place in white; the text is ASCII by design. */
    static byte[] watermark(byte[] bytes, String type, String number, Instant at, ZoneId zone, Double lat, Double lon) {
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(bytes));
            if (source == null) {
                throw new BusinessProblem(ProblemKind.RULE, "UNSUPPORTED_MEDIA", "file");
            }
            boolean jpeg = type.equals("image/jpeg");
            BufferedImage image = new BufferedImage(source.getWidth(), source.getHeight(),
                    jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.drawImage(source, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int size = Math.max(12, Math.min(image.getWidth(), image.getHeight()) / 28);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss XXX", Locale.ROOT).format(at.atZone(zone));
            String where = lat == null || lon == null ? "-" : String.format(Locale.ROOT, "%.6f, %.6f", lat, lon);
            String[] lines = {number, when, where};
            int band = (int) (size * 1.4 * lines.length + size * 0.6);
            g.setColor(new Color(0, 0, 0, 150));
            g.fillRect(0, image.getHeight() - band, image.getWidth(), band);
            g.setColor(Color.WHITE);
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], size / 2, image.getHeight() - band + (int) (size * 1.4 * (i + 1)));
            }
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, jpeg ? "jpg" : "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new BusinessProblem(ProblemKind.RULE, "UNSUPPORTED_MEDIA", "file");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
