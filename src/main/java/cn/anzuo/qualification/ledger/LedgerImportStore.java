package cn.anzuo.qualification.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores previews in {@code ledger_import} and {@code ledger_import_row}: rows go in with JDBC
 * batches of {@value #BATCH} and come back with one query, as JSON.
 */
@Repository
class LedgerImportStore {

    private static final int BATCH = 1000;
    private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    LedgerImportStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    @Transactional
    void insert(ImportRecord record, List<StoredRow> rows) {
        jdbc.sql("""
                insert into ledger_import (id, company_id, uploaded_by, file_name, created_at, row_count, problem_count)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(record.id(), record.companyId(), record.uploadedBy(), record.fileName(),
                        Timestamp.from(record.createdAt()), record.rowCount(), record.problemCount())
                .update();
        template.batchUpdate("""
                insert into ledger_import_row (import_id, row_no, valid, data, problems)
                values (?, ?, ?, ?, ?)""", rows, BATCH, (PreparedStatement ps, StoredRow row) -> {
                    ps.setObject(1, record.id());
                    ps.setInt(2, row.rowNo());
                    ps.setBoolean(3, row.valid());
                    ps.setString(4, json.writeValueAsString(row.data()));
                    ps.setString(5, json.writeValueAsString(row.problems()));
                });
    }

    Optional<ImportRecord> find(UUID id) {
        return jdbc.sql("select * from ledger_import where id = ?").param(id).query(this::record).optional();
    }

    List<StoredRow> rows(UUID importId) {
        return jdbc.sql("select row_no, data, problems from ledger_import_row where import_id = ? order by row_no")
                .param(importId)
                .query((rs, n) -> new StoredRow(rs.getInt("row_no"), json.readValue(rs.getString("data"), RowData.class),
                        json.readValue(rs.getString("problems"), PROBLEMS)))
                .list();
    }

    /** Marks the import confirmed unless it already is; false when someone was first. */
    boolean markConfirmed(UUID id, UUID by, Instant at) {
        return jdbc.sql("update ledger_import set confirmed_at = ?, confirmed_by = ? where id = ? and confirmed_at is null")
                .params(Timestamp.from(at), by, id)
                .update() == 1;
    }

    void saveResult(UUID id, ImportResult result) {
        jdbc.sql("update ledger_import set result = ? where id = ?").params(json.writeValueAsString(result), id).update();
    }

    /**
     * Forgets previews created before {@code cutoff}: unconfirmed imports entirely, confirmed ones
     * keep their header (who imported what, when, with which result) but lose their rows.
     */
    int deleteBefore(Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        int rows = jdbc.sql("""
                delete from ledger_import_row
                where import_id in (select id from ledger_import where created_at < ?)""")
                .param(before).update();
        jdbc.sql("delete from ledger_import where created_at < ? and confirmed_at is null").param(before).update();
        return rows;
    }

    private ImportRecord record(ResultSet rs, int n) throws SQLException {
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        String result = rs.getString("result");
        return new ImportRecord(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
                rs.getObject("uploaded_by", UUID.class), rs.getString("file_name"),
                rs.getTimestamp("created_at").toInstant(),
                confirmed == null ? null : confirmed.toInstant(), rs.getInt("row_count"), rs.getInt("problem_count"),
                result == null ? null : json.readValue(result, ImportResult.class));
    }
}
