package org.caravanqda.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.ChangeFeed;
import org.caravanqda.app.port.TeamMembers.Role;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.ChangeEntry;
import org.caravanqda.store.Conflicts;
import org.caravanqda.store.pg.ChangeListener;
import org.caravanqda.store.pg.PgChangeFeed;
import org.caravanqda.store.pg.TeamAdmin;
import org.flywaydb.core.Flyway;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code caravan bench --team-coders N --seconds S} (issue #20): a team on one PostgreSQL project.
 * N members (two owners, the rest coders), one write connection each, at about ten times a human's
 * pace (a random 0-1 s pause between operations): 55 % code, 25 % uncode, 10 % codebook edit (owners;
 * coders search their index instead), 10 % catch-up. Each member keeps a client index (the codings of
 * each document, what its Lucene index holds) that follows the change feed from its own cursor, woken
 * by LISTEN/NOTIFY. At the end every acknowledged write, every feed entry and every client index is
 * checked against the server.
 */
public final class TeamBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DOCUMENTS = 40;
    private static final int CODES = 20;
    private static final int OWNERS = 2;

    private final int members;
    private final long millis;
    private final String serverUrl;
    private final long seed;

    private String adminUrl;
    private String adminUser;
    private String adminPassword;
    private String db;
    private final List<Long> documentIds = new ArrayList<>();
    private final Map<Long, Integer> lengths = new HashMap<>();
    private final List<Long> codeIds = new ArrayList<>();

    // what the members were told succeeded
    private final Set<Long> ackedCodings = ConcurrentHashMap.newKeySet();
    private final Set<Long> ackedRemovals = ConcurrentHashMap.newKeySet();
    private final Map<Long, AtomicLong> ackedCodeEdits = new ConcurrentHashMap<>();
    private final Map<Long, Long> ackedAt = new ConcurrentHashMap<>(); // seq -> nanoTime of acknowledgement
    private final Map<Long, Integer> writerOf = new ConcurrentHashMap<>(); // seq -> member
    private final ConcurrentLinkedQueue<Double> writeMs = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Double> catchUpMs = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Double> freshnessMs = new ConcurrentLinkedQueue<>();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong staleRefusals = new AtomicLong();

    public TeamBench(int members, long seconds, String serverUrl, long seed) {
        if (members < OWNERS + 1) {
            throw new IllegalArgumentException("--team-coders needs at least " + (OWNERS + 1));
        }
        this.members = members;
        this.millis = TimeUnit.SECONDS.toMillis(seconds);
        this.serverUrl = serverUrl;
        this.seed = seed;
    }

    public Map<String, Double> run(Progress progress) throws Exception {
        AutoCloseable embedded = null;
        if (serverUrl == null) {
            progress.update("starting an embedded PostgreSQL", 0, 1);
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg =
                    io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                            .start();
            embedded = pg;
            adminUrl = "jdbc:postgresql://localhost:" + pg.getPort() + "/";
            adminUser = "postgres";
            adminPassword = "";
        } else {
            int slash = serverUrl.lastIndexOf('/');
            adminUrl = serverUrl.substring(0, slash + 1);
            adminUser = System.getenv().getOrDefault("PGUSER", "postgres");
            adminPassword = System.getenv().getOrDefault("PGPASSWORD", "");
        }
        try {
            return measure(progress);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private Map<String, Double> measure(Progress progress) throws Exception {
        db = "caravan_bench_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(adminUrl + "postgres", adminUser, adminPassword);
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db + " ENCODING 'UTF8' TEMPLATE template0");
        }
        progress.update("migrating", 0, 1);
        Flyway.configure(TeamBench.class.getClassLoader())
                .dataSource(adminUrl + db, adminUser, adminPassword)
                .locations("classpath:db/migration", "classpath:db/postgresql")
                .loggers("slf4j")
                .load()
                .migrate();
        seed(progress);
        List<Member> team = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            team.add(new Member(i));
        }
        progress.update("coding", 0, (int) (millis / 1000));
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        List<Thread> threads = new ArrayList<>();
        for (Member m : team) {
            Thread t = new Thread(() -> m.work(end), "team-member-" + m.index);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        // every write is acknowledged now: a last catch-up, then compare everything with the server
        for (Member m : team) {
            m.catchUp();
        }
        Map<String, Double> out = verify(team);
        for (Member m : team) {
            m.close();
        }
        try (Connection c = DriverManager.getConnection(adminUrl + "postgres", adminUser, adminPassword);
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE " + db + " WITH (FORCE)");
            for (int i = 0; i < members; i++) {
                st.execute("DROP ROLE IF EXISTS " + login(i));
            }
            for (String r : List.of("owner", "coder", "viewer")) {
                st.execute("DROP ROLE IF EXISTS " + db + "_" + r);
            }
        }
        return out;
    }

    private void seed(Progress progress) throws SQLException {
        progress.update("seeding", 0, 1);
        try (Connection c = DriverManager.getConnection(adminUrl + db, adminUser, adminPassword)) {
            exec(
                    c,
                    "INSERT INTO project (id, name, language, created_at, created_by) VALUES (1, 'bench', 'en', ?, 'bench')",
                    now());
            for (int d = 0; d < DOCUMENTS; d++) {
                String text = "Interview " + d + ": " + "we left because we could not stay silent. ".repeat(20);
                documentIds.add(insert(
                        c,
                        "INSERT INTO document (guid, name, language, text, text_hash, word_count, imported_at,"
                                + " text_length) VALUES (?, ?, 'en', ?, 'h', 160, ?, ?)",
                        UUID.randomUUID().toString(),
                        "interview-" + d + ".txt",
                        text,
                        now(),
                        text.length()));
                lengths.put(documentIds.get(d), text.length());
            }
            for (int k = 0; k < CODES; k++) {
                long id = insert(
                        c,
                        "INSERT INTO code (guid, name, color, codable, sort_order) VALUES (?, ?, '#336699', TRUE, ?)",
                        UUID.randomUUID().toString(),
                        "Code " + k,
                        k);
                codeIds.add(id);
                ackedCodeEdits.put(id, new AtomicLong());
            }
            TeamAdmin admin = new TeamAdmin(c);
            for (int i = 0; i < members; i++) {
                admin.add(login(i), i < OWNERS ? Role.OWNER : Role.CODER, null, "Member " + i);
            }
        }
    }

    private String login(int i) {
        return db + "_m" + i;
    }

    /** One simulated member: a write connection, a feed connection and a LISTEN connection. */
    private final class Member implements AutoCloseable {
        final int index;
        final boolean owner;
        final Random random;
        final Connection write;
        final Connection read;
        final long coderId;
        final ChangeListener listener;
        /** The client index: document -> coding ids, as the server had them when last caught up. */
        final Map<Long, Set<Long>> clientIndex = new HashMap<>();

        final Set<Long> seen = new HashSet<>();
        final List<Long> own = new ArrayList<>();
        long cursor;

        Member(int index) throws SQLException {
            this.index = index;
            this.owner = index < OWNERS;
            this.random = new Random(seed + index);
            this.write = DriverManager.getConnection(adminUrl + db, login(index), "");
            this.read = DriverManager.getConnection(adminUrl + db, login(index), "");
            try (Statement st = write.createStatement();
                    ResultSet rs = st.executeQuery("SELECT caravan_my_coder()")) {
                rs.next();
                coderId = rs.getLong(1);
            }
            synchronized (this) {
                for (long d : documentIds) {
                    clientIndex.put(d, codingsOf(d));
                }
                cursor = 0;
            }
            this.listener = new ChangeListener(
                    () -> DriverManager.getConnection(adminUrl + db, login(index), ""), seq -> catchUp(), 2_000);
        }

        void work(long end) {
            while (System.nanoTime() < end) {
                try {
                    Thread.sleep(random.nextInt(1000));
                    int roll = random.nextInt(100);
                    if (roll < 55) {
                        timedWrite(this::code);
                    } else if (roll < 80) {
                        if (!own.isEmpty()) {
                            timedWrite(this::uncode);
                        }
                    } else if (roll < 90) {
                        if (owner) {
                            timedWrite(this::editCode);
                        } else {
                            search();
                        }
                    } else {
                        catchUp();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (SQLException e) {
                    throw new IllegalStateException("member " + index + ": " + e.getMessage(), e);
                }
            }
        }

        @FunctionalInterface
        interface Write {
            /** One transaction; false when it must be tried again (a stale version). */
            boolean run() throws SQLException;
        }

        void timedWrite(Write w) throws SQLException {
            long t0 = System.nanoTime();
            for (int attempt = 0; ; attempt++) {
                if (attempt > 0) {
                    retries.incrementAndGet();
                }
                try {
                    if (w.run()) {
                        break;
                    }
                } catch (SQLException e) {
                    write.rollback();
                    if (!Conflicts.retryable(e.getSQLState()) || attempt >= 5) {
                        throw e;
                    }
                }
            }
            writes.incrementAndGet();
            writeMs.add((System.nanoTime() - t0) / 1e6);
        }

        boolean code() throws SQLException {
            long doc = documentIds.get(random.nextInt(documentIds.size()));
            long code = codeIds.get(random.nextInt(codeIds.size()));
            int len = lengths.get(doc);
            int start = random.nextInt(len - 20);
            write.setAutoCommit(false);
            long id = insert(
                    write,
                    "INSERT INTO coding (guid, document_id, code_id, coder_id, start_pos, end_pos, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(),
                    doc,
                    code,
                    coderId,
                    start,
                    start + 1 + random.nextInt(19),
                    now());
            long seq = log(ChangeAction.CODING_ADD, "{\"coding\":" + id + ",\"document\":" + doc + "}");
            write.commit();
            acknowledged(seq);
            ackedCodings.add(id);
            own.add(id);
            return true;
        }

        boolean uncode() throws SQLException {
            long id = own.get(random.nextInt(own.size()));
            write.setAutoCommit(false);
            long version;
            long doc;
            try (PreparedStatement ps =
                    write.prepareStatement("SELECT version, document_id FROM coding WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    version = rs.getLong(1);
                    doc = rs.getLong(2);
                }
            }
            if (exec(write, "DELETE FROM coding WHERE id = ? AND version = ?", id, version) == 0) {
                write.rollback();
                staleRefusals.incrementAndGet();
                return false;
            }
            long seq = log(ChangeAction.CODING_REMOVE, "{\"coding\":" + id + ",\"document\":" + doc + "}");
            write.commit();
            acknowledged(seq);
            ackedRemovals.add(id);
            own.remove(id);
            return true;
        }

        /** An owner renames a code: optimistic (the version read first), re-read and retried when stale. */
        boolean editCode() throws SQLException {
            long code = codeIds.get(random.nextInt(codeIds.size()));
            write.setAutoCommit(true);
            long version;
            try (PreparedStatement ps = write.prepareStatement("SELECT version FROM code WHERE id = ?")) {
                ps.setLong(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    version = rs.getLong(1);
                }
            }
            write.setAutoCommit(false);
            if (exec(
                            write,
                            "UPDATE code SET name = ?, version = version + 1 WHERE id = ? AND version = ?",
                            "Code " + code + " v" + (version + 1),
                            code,
                            version)
                    == 0) {
                write.rollback();
                staleRefusals.incrementAndGet();
                return false;
            }
            List<Long> docs = new ArrayList<>();
            try (PreparedStatement ps =
                    write.prepareStatement("SELECT DISTINCT document_id FROM coding WHERE code_id = ? ORDER BY 1")) {
                ps.setLong(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        docs.add(rs.getLong(1));
                    }
                }
            }
            long seq = log(ChangeAction.CODE_EDIT, "{\"code\":" + code + ",\"documents\":" + docs + "}");
            write.commit();
            acknowledged(seq);
            ackedCodeEdits.get(code).incrementAndGet();
            return true;
        }

        void search() {
            long code = codeIds.get(random.nextInt(codeIds.size()));
            synchronized (this) {
                clientIndex.values().forEach(s -> s.contains(code));
            }
        }

        long log(ChangeAction action, String payload) {
            return new PgChangeFeed(write).append("member " + index, action, payload);
        }

        void acknowledged(long seq) {
            ackedAt.put(seq, System.nanoTime());
            writerOf.put(seq, index);
        }

        /** Reads the feed from this member's cursor and re-indexes the documents its entries name. */
        synchronized void catchUp() {
            long t0 = System.nanoTime();
            try {
                ChangeFeed.Page page = new PgChangeFeed(read).after(cursor);
                Set<Long> touched = new HashSet<>();
                for (ChangeEntry e : page.entries()) {
                    if (!seen.add(e.sequence())) {
                        continue;
                    }
                    JsonNode p = JSON.readTree(e.payload());
                    if (p.has("document")) {
                        touched.add(p.get("document").asLong());
                    }
                    if (p.has("documents")) {
                        p.get("documents").forEach(d -> touched.add(d.asLong()));
                    }
                    Long acked = ackedAt.get(e.sequence());
                    Integer writer = writerOf.get(e.sequence());
                    if (acked != null && writer != null && writer != index) {
                        freshnessMs.add(Math.max(0, System.nanoTime() - acked) / 1e6);
                    }
                }
                for (long d : touched) {
                    clientIndex.put(d, codingsOf(d));
                }
                cursor = page.cursor();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            catchUpMs.add((System.nanoTime() - t0) / 1e6);
        }

        Set<Long> codingsOf(long document) throws SQLException {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement ps = read.prepareStatement("SELECT id FROM coding WHERE document_id = ?")) {
                ps.setLong(1, document);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        }

        @Override
        public void close() throws SQLException {
            listener.close();
            write.close();
            read.close();
        }
    }

    private Map<String, Double> verify(List<Member> team) throws SQLException {
        Map<Long, Set<Long>> server = new TreeMap<>();
        Set<Long> serverCodings = new HashSet<>();
        Map<Long, Long> versions = new HashMap<>();
        Set<Long> allSeqs = new HashSet<>();
        try (Connection c = DriverManager.getConnection(adminUrl + db, adminUser, adminPassword);
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, document_id FROM coding")) {
                while (rs.next()) {
                    serverCodings.add(rs.getLong(1));
                    server.computeIfAbsent(rs.getLong(2), k -> new HashSet<>()).add(rs.getLong(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, version FROM code")) {
                while (rs.next()) {
                    versions.put(rs.getLong(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT seq FROM change_log")) {
                while (rs.next()) {
                    allSeqs.add(rs.getLong(1));
                }
            }
        }
        Set<Long> expected = new HashSet<>(ackedCodings);
        expected.removeAll(ackedRemovals);
        long lost = expected.stream().filter(id -> !serverCodings.contains(id)).count()
                + ackedRemovals.stream().filter(serverCodings::contains).count()
                + serverCodings.stream().filter(id -> !expected.contains(id)).count()
                + ackedCodeEdits.entrySet().stream()
                        .filter(e -> versions.get(e.getKey()) != e.getValue().get())
                        .count()
                + ackedAt.keySet().stream().filter(s -> !allSeqs.contains(s)).count();
        long skipped = 0;
        long mismatches = 0;
        for (Member m : team) {
            skipped += allSeqs.stream().filter(s -> !m.seen.contains(s)).count();
            for (long d : documentIds) {
                if (!m.clientIndex.getOrDefault(d, Set.of()).equals(server.getOrDefault(d, Set.of()))) {
                    mismatches++;
                }
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("team.members", (double) members);
        out.put("team.seconds", millis / 1000.0);
        out.put("team.writes", (double) writes.get());
        out.put("team.opsPerSecond", writes.get() / (millis / 1000.0));
        out.put("team.feedEntries", (double) allSeqs.size());
        out.put("team.lostWrites", (double) lost);
        out.put("team.skippedFeedEntries", (double) skipped);
        out.put("team.indexMismatches", (double) mismatches);
        out.put("team.write.p95Ms", p95(writeMs));
        out.put("team.catchUp.p95Ms", p95(catchUpMs));
        out.put("team.freshness.p95Ms", p95(freshnessMs));
        out.put("team.retryRate", writes.get() == 0 ? 0 : retries.get() / (double) writes.get());
        out.put("team.staleRefusals", (double) staleRefusals.get());
        return out;
    }

    private static double p95(ConcurrentLinkedQueue<Double> samples) {
        double[] a = samples.stream().mapToDouble(Double::doubleValue).toArray();
        if (a.length == 0) {
            return 0;
        }
        Arrays.sort(a);
        return Math.round(a[Math.min(a.length - 1, (int) Math.ceil(a.length * 0.95) - 1)] * 10) / 10.0;
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static int exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
