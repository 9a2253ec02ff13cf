package org.caravanqda.store.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.caravanqda.app.codebook.CodeEdit;
import org.caravanqda.app.codebook.CodebookService;
import org.caravanqda.app.coding.CodingService;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.ConflictingWriteException;
import org.caravanqda.app.common.StaleEditException;
import org.caravanqda.app.port.ChangeFeed;
import org.caravanqda.app.port.TeamMembers.Member;
import org.caravanqda.app.port.TeamMembers.Role;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.store.OneConnectionStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Team projects on a real PostgreSQL (embedded, one server per JVM, one project for this class):
 * two connections at once, as the members of a team would hold them (issue #20, ADR 0026).
 */
class TeamPostgresTest {
    private static String db;
    private static Connection admin;
    private static long document;

    @BeforeAll
    static void project() throws SQLException {
        db = PgTestServer.newProject("team");
        admin = PgTestServer.connect(db, PgTestServer.SUPERUSER);
        update(
                admin,
                "INSERT INTO project (id, name, language, created_at, created_by) VALUES (1, 'Exiles', 'ru', ?, 'olga')",
                Timestamp.from(Instant.now()));
        String text = "И: Почему вы уехали?\nР: Я не могла молчать. 🙂 Совсем.\n";
        document = insert(
                admin,
                "INSERT INTO document (guid, name, language, text, text_hash, word_count, imported_at, text_length)"
                        + " VALUES (?, 'olga.txt', 'ru', ?, 'h', 9, ?, ?)",
                UUID.randomUUID().toString(),
                text,
                Timestamp.from(Instant.now()),
                text.length());
        TeamAdmin members = new TeamAdmin(admin);
        members.add("alice", Role.CODER, null, "Alice");
        members.add("bob", Role.CODER, null, "Bob");
        members.add("vera", Role.VIEWER, null, null);
        members.add("olga", Role.OWNER, "a long pass phrase".toCharArray(), "Olga");
    }

    @AfterAll
    static void close() throws SQLException {
        admin.close();
    }

    // ---- the feed never skips ----

    @Test
    void aTransactionHoldingAnEarlierSeqThatCommitsLaterIsNotSkipped() throws Exception {
        PgChangeFeed feed = new PgChangeFeed(admin);
        long cursor = feed.after(0).cursor();
        long naive = maxSeq();
        List<Long> read = new ArrayList<>();
        List<Long> naiveRead = new ArrayList<>();
        try (Connection early = PgTestServer.connect(db, "alice");
                Connection late = PgTestServer.connect(db, "bob")) {
            early.setAutoCommit(false);
            long first = new PgChangeFeed(early).append("Alice", ChangeAction.CODING_ADD, "{\"document\":1}");
            long second = new PgChangeFeed(late).append("Bob", ChangeAction.CODING_ADD, "{\"document\":1}");
            assertThat(second).isGreaterThan(first);

            // the later seq is committed, the earlier is not: a reader by seq moves past it
            naiveRead.addAll(seqsAfter(naive));
            naive = naiveRead.stream().mapToLong(Long::longValue).max().orElse(naive);
            ChangeFeed.Page page = feed.after(cursor);
            page.entries().forEach(e -> read.add(e.sequence()));
            cursor = page.cursor();

            early.commit();
            naiveRead.addAll(seqsAfter(naive));
            page = feed.after(cursor);
            page.entries().forEach(e -> read.add(e.sequence()));

            assertThat(naiveRead)
                    .as("what a reader by seq sees")
                    .contains(second)
                    .doesNotContain(first);
            assertThat(read).as("the feed, up to the transaction horizon").containsExactly(first, second);
        }
    }

    // ---- optimistic versions ----

    @Test
    void ofTwoEditsOfOneVersionOneWinsTheOtherIsRefusedWithTheLatestData() throws Exception {
        long code = insertCode("Silence");
        try (Connection c1 = PgTestServer.connect(db, "olga");
                Connection c2 = PgTestServer.connect(db, PgTestServer.SUPERUSER)) {
            // at the SQL level, at once: the second UPDATE waits for the first and then matches no row
            c1.setAutoCommit(false);
            c2.setAutoCommit(false);
            assertThat(update(
                            c1,
                            "UPDATE code SET name = 'Silences', version = version + 1 WHERE id = ? AND version = 0",
                            code))
                    .isEqualTo(1);
            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> update(
                    c2, "UPDATE code SET name = 'Quiet', version = version + 1 WHERE id = ? AND version = 0", code));
            Thread.sleep(300);
            assertThat(other).isNotDone();
            c1.commit();
            assertThat(other.get(10, TimeUnit.SECONDS)).isZero();
            c2.rollback();
        }
        // through the codebook service: the user who saw version 1 after someone else saved gets the refusal
        try (OneConnectionStore s1 = new OneConnectionStore(PgTestServer.connect(db, "olga"));
                OneConnectionStore s2 = new OneConnectionStore(PgTestServer.connect(db, PgTestServer.SUPERUSER))) {
            CodebookService olga = new CodebookService(s1, List.of());
            CodebookService lead = new CodebookService(s2, List.of());
            long seen = olga.version("Silences");
            assertThat(seen).isEqualTo(1);
            lead.edit("Silences", new CodeEdit("Refusing silence", "#123456", null, null, null, null), "lead", seen);
            assertThatThrownBy(() -> olga.edit(
                            "Refusing silence", new CodeEdit("Mute", "#654321", null, null, null, null), "Olga", seen))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("changed by someone else")
                    .hasMessageContaining("'Refusing silence' #123456")
                    .satisfies(e -> assertThat(((StaleEditException) e).currentVersion())
                            .isEqualTo(2));
            assertThat(text("SELECT name || ' ' || version FROM code WHERE id = " + code))
                    .isEqualTo("Refusing silence 2");
        }
    }

    @Test
    void aStaleRemovalOfACodingIsRefusedAndTheCodingStays() throws Exception {
        long code = insertCode("Exile");
        long coding = insertCoding(admin, code, coderId("Alice"), 0, 3);
        try (OneConnectionStore s1 = new OneConnectionStore(PgTestServer.connect(db, "alice"));
                OneConnectionStore s2 = new OneConnectionStore(PgTestServer.connect(db, "alice"))) {
            CodingService window1 = new CodingService(s1);
            CodingService window2 = new CodingService(s2);
            long seen = window1.version(coding);
            window2.memo(coding, "left in 1995", "Alice", seen);
            assertThatThrownBy(() -> window1.uncode(coding, "Alice", seen))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("memo: left in 1995");
            assertThat(text("SELECT memo FROM coding WHERE id = " + coding)).isEqualTo("left in 1995");
        }
    }

    // ---- deleting a code in use ----

    @Test
    void deletingACodeWhileAnotherCoderCodesWithItLeavesNoOrphan() throws Exception {
        long code = insertCode("Homeland");
        try (Connection coding = PgTestServer.connect(db, "alice");
                Connection owner = PgTestServer.connect(db, "olga")) {
            coding.setAutoCommit(false);
            long id = insertCoding(coding, code, coderId("Alice"), 4, 10); // not committed yet
            update(owner, "SET lock_timeout = '500ms'");
            try (OneConnectionStore store = new OneConnectionStore(owner)) {
                assertThatThrownBy(() -> new CodebookService(store, List.of()).delete("Homeland", true, "Olga"))
                        .isInstanceOf(ConflictingWriteException.class)
                        .hasMessage("'Homeland' is being coded by someone else right now; nothing deleted, try again");
                coding.commit();
                assertThat(text("SELECT COUNT(*) FROM coding WHERE id = " + id)).isEqualTo("1");
                assertThat(text("SELECT COUNT(*) FROM code WHERE id = " + code)).isEqualTo("1");
                assertThat(
                                text(
                                        "SELECT COUNT(*) FROM coding c WHERE NOT EXISTS (SELECT 1 FROM code WHERE id = c.code_id)"))
                        .isEqualTo("0");
                // once the coding is committed, the delete (forced) takes it along
                new CodebookService(store, List.of()).delete("Homeland", true, "Olga");
                assertThat(text("SELECT COUNT(*) FROM coding WHERE id = " + id)).isEqualTo("0");
            }
        }
    }

    // ---- roles and row-level security ----

    @Test
    void aCoderWritesOnlyTheirOwnCodingsAndNeverTheCodebook() throws Exception {
        long code = insertCode("Language");
        long bobs = insertCoding(admin, code, coderId("Bob"), 0, 2);
        try (Connection alice = PgTestServer.connect(db, "alice")) {
            long own = insertCoding(alice, code, coderId("Alice"), 2, 5);
            assertThat(update(alice, "UPDATE coding SET memo = 'mine' WHERE id = ?", own))
                    .isEqualTo(1);
            assertThat(update(alice, "UPDATE coding SET memo = 'hers' WHERE id = ?", bobs))
                    .isZero();
            assertThat(update(alice, "DELETE FROM coding WHERE id = ?", bobs)).isZero();
            assertThat(text("SELECT COUNT(*) FROM coding WHERE id = " + bobs)).isEqualTo("1");
            assertRefused(() -> insertCoding(alice, code, coderId("Bob"), 5, 7), "row-level security");
            assertRefused(
                    () -> update(alice, "UPDATE code SET name = 'Tongue' WHERE id = ?", code), "permission denied");
            assertRefused(() -> insertCode(alice, "Mine"), "permission denied");
            assertRefused(() -> update(alice, "DELETE FROM document WHERE id = ?", document), "permission denied");
            assertRefused(
                    () -> update(
                            alice,
                            "INSERT INTO pseudonym (real_name, pseudonym, created_at, guid) VALUES ('Anna', 'Maria', ?, ?)",
                            Timestamp.from(Instant.now()),
                            UUID.randomUUID().toString()),
                    "permission denied");
            assertThat(update(alice, "DELETE FROM coding WHERE id = ?", own)).isEqualTo(1);
        }
    }

    @Test
    void aViewerReadsAndWritesNothingAnOwnerWritesEverything() throws Exception {
        long code = insertCode("Return");
        long bobs = insertCoding(admin, code, coderId("Bob"), 0, 2);
        try (Connection vera = PgTestServer.connect(db, "vera");
                Connection olga = PgTestServer.connect(db, "olga")) {
            assertThat(text(vera, "SELECT COUNT(*) FROM coding WHERE id = " + bobs))
                    .isEqualTo("1");
            assertRefused(() -> insertCoding(vera, code, coderId("vera"), 0, 1), "permission denied");
            assertRefused(
                    () -> update(vera, "UPDATE code SET color = '#000000' WHERE id = ?", code), "permission denied");
            assertRefused(
                    () -> new PgChangeFeed(vera).append("vera", ChangeAction.CODING_ADD, "{}"), "permission denied");

            assertThat(update(olga, "UPDATE code SET color = '#000000' WHERE id = ?", code))
                    .isEqualTo(1);
            assertThat(update(olga, "UPDATE coding SET memo = 'checked' WHERE id = ?", bobs))
                    .isEqualTo(1);
            assertThat(update(olga, "DELETE FROM coding WHERE id = ?", bobs)).isEqualTo(1);
        }
    }

    @Test
    void theChangeLogIsAppendOnlyAndNamesTheLoginsCoder() throws Exception {
        try (Connection alice = PgTestServer.connect(db, "alice")) {
            long seq = new PgChangeFeed(alice).append("Bob", ChangeAction.CODING_ADD, "{\"document\":1}");
            assertThat(text("SELECT coder FROM change_log WHERE seq = " + seq)).isEqualTo("Alice");
            assertRefused(
                    () -> update(alice, "UPDATE change_log SET coder = 'Bob' WHERE seq = ?", seq), "permission denied");
            assertRefused(() -> update(alice, "DELETE FROM change_log WHERE seq = ?", seq), "permission denied");
            // not even the tables' owner (a superuser here) may rewrite the audit trail
            assertRefused(() -> update(admin, "UPDATE change_log SET coder = 'Bob' WHERE seq = ?", seq), "append-only");
            assertRefused(() -> update(admin, "DELETE FROM change_log WHERE seq = ?", seq), "append-only");
            assertRefused(() -> update(admin, "TRUNCATE change_log"), "append-only");
            assertThat(text("SELECT coder FROM change_log WHERE seq = " + seq)).isEqualTo("Alice");
        }
    }

    @Test
    void theDatabaseEndsIdleTransactionsAndLongLockWaits() throws Exception {
        try (Connection alice = PgTestServer.connect(db, "alice")) {
            assertThat(text(alice, "SHOW lock_timeout")).isEqualTo("5s");
            assertThat(text(alice, "SHOW idle_in_transaction_session_timeout")).isEqualTo("1min");
        }
    }

    // ---- members ----

    @Test
    void anOwnerManagesMembersACoderCannot() throws Exception {
        TeamAdmin byOwner = new TeamAdmin(admin);
        byOwner.add("dana", Role.VIEWER, null, "Dana K.");
        assertThat(byOwner.list()).contains(new Member("dana", "Dana K.", Role.VIEWER));
        byOwner.role("dana", Role.CODER);
        assertThat(byOwner.list()).contains(new Member("dana", "Dana K.", Role.CODER));
        try (Connection dana = PgTestServer.connect(db, "dana")) {
            insertCoding(dana, insertCode("Work"), coderId("Dana K."), 0, 1);
            byOwner.remove("dana");
            assertRefused(() -> insertCoding(dana, insertCode("Work2"), coderId("Dana K."), 0, 1), "permission denied");
        }
        assertThat(byOwner.list()).extracting(Member::login).doesNotContain("dana");
        assertThat(text("SELECT COUNT(*) FROM coding c JOIN coder d ON d.id = c.coder_id WHERE d.name = 'Dana K.'"))
                .as("a removed member's work stays")
                .isEqualTo("1");

        try (Connection alice = PgTestServer.connect(db, "alice")) {
            assertThatThrownBy(() -> new TeamAdmin(alice).add("eve", Role.OWNER, null, null))
                    .isInstanceOf(CaravanException.class)
                    .hasMessage("only a project owner can change its members");
        }
        assertThatThrownBy(() -> byOwner.add("Robert'); DROP TABLE code; --", Role.CODER, null, null))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("is not");
        assertThatThrownBy(() -> byOwner.add("mallory", Role.CODER, null, "Alice"))
                .hasMessage("the coder 'Alice' belongs to the member 'alice'");
    }

    @Test
    void twoProjectsOnOneServerDoNotShareRoles() throws Exception {
        String other = PgTestServer.newProject("other");
        try (Connection c = PgTestServer.connect(other, PgTestServer.SUPERUSER)) {
            assertThat(new TeamAdmin(c).group(Role.CODER)).isEqualTo(other + "_coder");
        }
        try (Connection alice = PgTestServer.connect(other, "alice")) {
            assertRefused(() -> text(alice, "SELECT COUNT(*) FROM coding"), "permission denied");
        } catch (SQLException e) {
            assertThat(e.getMessage()).contains("permission denied");
        }
    }

    // ---- live updates ----

    @Test
    void theListenerHintsAfterCommitAndCatchesUpAfterAReconnect() throws Exception {
        List<Long> hints = new CopyOnWriteArrayList<>();
        try (ChangeListener listener = new ChangeListener(() -> PgTestServer.connect(db, "vera"), hints::add, 30_000)) {
            waitFor(() -> !hints.isEmpty()); // the first connect catches up
            hints.clear();
            long seq = new PgChangeFeed(admin).append("olga", ChangeAction.CODE_ADD, "{}");
            waitFor(() -> hints.contains(seq));
            hints.clear();
            listener.dropConnection();
            waitFor(() -> hints.contains(0L));
            assertThat(listener.reconnects()).isPositive();
        }
    }

    // ---- helpers ----

    private interface SqlWork {
        void run() throws Exception;
    }

    private static void assertRefused(SqlWork work, String why) {
        assertThatThrownBy(work::run).hasMessageContaining(why);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(end);
            Thread.sleep(20);
        }
    }

    private static List<Long> seqsAfter(long seq) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = admin.prepareStatement("SELECT seq FROM change_log WHERE seq > ? ORDER BY seq")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static long maxSeq() throws SQLException {
        return Long.parseLong(text("SELECT COALESCE(MAX(seq), 0) FROM change_log"));
    }

    private static long coderId(String name) throws SQLException {
        return Long.parseLong(text("SELECT id FROM coder WHERE name = '" + name.replace("'", "''") + "'"));
    }

    private static long insertCode(String name) throws SQLException {
        return insertCode(admin, name);
    }

    private static long insertCode(Connection c, String name) throws SQLException {
        return insert(
                c,
                "INSERT INTO code (guid, name, color, codable, sort_order) VALUES (?, ?, '#112233', TRUE, 0)",
                UUID.randomUUID().toString(),
                name);
    }

    private static long insertCoding(Connection c, long code, long coder, int start, int end) throws SQLException {
        return insert(
                c,
                "INSERT INTO coding (guid, document_id, code_id, coder_id, start_pos, end_pos, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(),
                document,
                code,
                coder,
                start,
                end,
                Timestamp.from(Instant.now()));
    }

    private static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static int update(Connection c, String sql, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
            return Math.max(ps.getUpdateCount(), 0);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String text(String sql) throws SQLException {
        return text(admin, sql);
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
