package cn.anzuo.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseDurabilityTest}: commits one row per transaction into
 * the given H2 URL and prints the id of each row once its commit returned — the moment the app would
 * answer 2xx. It writes until it is killed (or {@code max} rows).
 */
public final class CommittingWriter {

    private CommittingWriter() {}

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        int max = Integer.parseInt(args[1]);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("create table if not exists acknowledged (id int primary key)");
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into acknowledged (id) values (?)")) {
                for (int id = 1; id <= max; id++) {
                    insert.setInt(1, id);
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println(id);
                    System.out.flush();
                }
            }
        }
    }
}
