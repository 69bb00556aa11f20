package db.migration;

import cn.anzuo.shared.ChineseNameOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code worker.name_key} (V12_7) for the workers already registered: the collation key is computed by the
 * JDK, which SQL cannot do. Batches of 1,000 updates.
 */
public class V12_8__Worker_name_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("select id, name from worker where name_key is null");
                PreparedStatement write = connection.prepareStatement("update worker set name_key = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                write.setBytes(1, ChineseNameOrder.key(rows.getString(2)));
                write.setObject(2, rows.getObject(1, UUID.class));
                write.addBatch();
                if (++pending == 1_000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
