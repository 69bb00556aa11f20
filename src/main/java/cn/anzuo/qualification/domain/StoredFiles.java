package cn.anzuo.qualification.domain;

import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.RecordNotFound;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence and photos: images or PDFs up to 10 MB, their type detected from the content (never the
 * file name), stored with their SHA-256 so later tampering is detectable.
 */
@Service
@Transactional
public class StoredFiles {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final Clock clock;

    StoredFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record StoredFile(UUID id, UUID companyId, String fileName, String contentType, long size, String sha256) {}

    public record Content(StoredFile file, byte[] bytes) {}

    public StoredFile store(UUID companyId, UUID uploadedBy, String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new BusinessProblem(ProblemKind.RULE, "FILE_TOO_LARGE", "file");
        }
        String contentType = detect(bytes)
                .orElseThrow(() -> new BusinessProblem(ProblemKind.RULE, "UNSUPPORTED_FILE_TYPE", "file"));
        StoredFile file = new StoredFile(UUID.randomUUID(), companyId, safeName(fileName), contentType, bytes.length,
                sha256(bytes));
        jdbc.sql("""
                        insert into stored_file (id, company_id, file_name, content_type, size_bytes, sha256, content,
                                                 uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(file.id(), companyId, file.fileName(), contentType, file.size(), file.sha256(), bytes, uploadedBy,
                        Timestamp.from(clock.instant()))
                .update();
        return file;
    }

    @Transactional(readOnly = true)
    public boolean belongsTo(UUID fileId, UUID companyId) {
        return jdbc.sql("select count(*) from stored_file where id = ? and company_id = ?")
                .params(fileId, companyId).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public Content load(UUID fileId, java.util.function.Predicate<UUID> mayReadCompany) {
        return jdbc.sql("select id, company_id, file_name, content_type, size_bytes, sha256, content from stored_file where id = ?")
                .param(fileId)
                .query((rs, n) -> new Content(new StoredFile(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6)), rs.getBytes(7)))
                .optional()
                .filter(c -> mayReadCompany.test(c.file().companyId()))
                .orElseThrow(() -> new RecordNotFound("file", fileId));
    }

    /** PNG, JPEG, WebP or PDF, by their magic bytes. */
    static Optional<String> detect(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (b.length >= 12 && startsWith(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String safeName(String name) {
        String base = name == null || name.isBlank() ? "file" : name.replaceAll("[\\\\/\\r\\n\\t]", "_").trim();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
