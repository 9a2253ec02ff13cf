package org.caravanqda.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.bench.port.LikeBaseline;
import org.caravanqda.bench.port.LikeBaselines;

/**
 * The baseline `caravan bench` measures search against: coded text stored beside each coding
 * (as QualCoder's code_text.seltext) and scanned with LIKE, in the project's own H2 database.
 */
public final class H2LikeBaselines implements LikeBaselines {
    @Override
    public LikeBaseline on(ProjectStore store) {
        H2ProjectStore h2 = (H2ProjectStore) store;
        return new LikeBaseline() {
            @Override
            public void create() {
                h2.withConnection(c -> {
                    c.createStatement().execute("DROP TABLE IF EXISTS bench_segment");
                    c.createStatement()
                            .execute("CREATE TABLE bench_segment (coding_id BIGINT PRIMARY KEY, document_id BIGINT,"
                                    + " code_id BIGINT, text VARCHAR(1000000))");
                    return null;
                });
            }

            @Override
            public void add(List<Row> rows) {
                h2.withConnection(c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_segment VALUES (?, ?, ?, ?)")) {
                        int n = 0;
                        for (Row r : rows) {
                            Sql.bind(ps, r.codingId(), r.documentId(), r.codeId(), r.text());
                            ps.addBatch();
                            if (++n % 2000 == 0) {
                                ps.executeBatch();
                            }
                        }
                        ps.executeBatch();
                    }
                    return null;
                });
            }

            @Override
            public long count(String fragment, Set<Long> codeIds, Set<Long> documentIds) {
                return h2.withConnection(c -> {
                    String sql = "SELECT COUNT(*) FROM bench_segment WHERE LOWER(text) LIKE ?" + in("code_id", codeIds)
                            + in("document_id", documentIds);
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, "%" + fragment.toLowerCase(java.util.Locale.ROOT) + "%");
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }
                });
            }
        };
    }

    private static String in(String column, Set<Long> ids) {
        return ids == null
                ? ""
                : " AND " + column + " IN (" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    }
}
