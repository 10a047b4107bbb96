import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run by CliRobustnessIT as a separate process (java's source-file mode, sqlite-jdbc on the class path):
 * holds SQLite's write lock on the database named by args[0] until its standard input is closed.
 * Kept as a resource, not a compiled test class, so that SQL stays inside the storage package.
 */
public class HoldWriteLock {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute("BEGIN IMMEDIATE");
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the test closes our stdin
            }
            s.execute("ROLLBACK");
        }
    }
}
