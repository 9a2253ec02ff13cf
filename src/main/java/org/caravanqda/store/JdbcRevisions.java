package org.caravanqda.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caravanqda.app.port.RevisionRepository;
import org.caravanqda.model.DocumentRevision;
import org.caravanqda.model.OrphanCoding;

/** document_revision and orphan_coding (V4). */
final class JdbcRevisions implements RevisionRepository {
    private static final String REVISION =
            "SELECT id, document_id, replaced_at, coder, source_file, old_text, old_hash, placements"
                    + " FROM document_revision";
    private static final String ORPHAN = "SELECT o.id, o.guid, o.document_id, o.code_id, r.name AS coder,"
            + " o.revision_id, o.old_start, o.old_end, o.old_text, o.created_at, o.memo"
            + " FROM orphan_coding o JOIN coder r ON r.id = o.coder_id";
    private final Sql sql;

    JdbcRevisions(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insert(DocumentRevision r) {
        return sql.insert(
                "INSERT INTO document_revision (document_id, replaced_at, coder, source_file, old_text, old_hash,"
                        + " placements) VALUES (?, ?, ?, ?, ?, ?, ?)",
                r.documentId(),
                r.replacedAt(),
                r.coder(),
                r.sourceFile(),
                r.oldText(),
                r.oldHash(),
                placements(r.placements()));
    }

    @Override
    public List<DocumentRevision> of(long documentId) {
        return sql.list(REVISION + " WHERE document_id = ? ORDER BY id DESC", JdbcRevisions::revision, documentId);
    }

    @Override
    public Optional<DocumentRevision> byId(long id) {
        return sql.one(REVISION + " WHERE id = ?", JdbcRevisions::revision, id);
    }

    @Override
    public void insertOrphan(OrphanCoding o) {
        long coderId = sql.one("SELECT id FROM coder WHERE name = ?", rs -> rs.getLong(1), o.coder())
                .orElseThrow(() -> new IllegalStateException("coder not stored: " + o.coder()));
        sql.update(
                "INSERT INTO orphan_coding (id, guid, document_id, code_id, coder_id, revision_id, old_start,"
                        + " old_end, old_text, created_at, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                o.id(),
                o.guid(),
                o.documentId(),
                o.codeId(),
                coderId,
                o.revisionId(),
                o.oldStart(),
                o.oldEnd(),
                o.oldText(),
                o.createdAt(),
                o.memo());
    }

    @Override
    public List<OrphanCoding> orphans(Long documentId) {
        String order = " ORDER BY o.document_id, o.revision_id, o.old_start, o.old_end, o.id";
        return documentId == null
                ? sql.list(ORPHAN + order, JdbcRevisions::orphan)
                : sql.list(ORPHAN + " WHERE o.document_id = ?" + order, JdbcRevisions::orphan, documentId);
    }

    @Override
    public Optional<OrphanCoding> orphan(long id) {
        return sql.one(ORPHAN + " WHERE o.id = ?", JdbcRevisions::orphan, id);
    }

    @Override
    public boolean deleteOrphan(long id) {
        return sql.update("DELETE FROM orphan_coding WHERE id = ?", id) == 1;
    }

    /** One line per coding: "id start end". */
    private static String placements(List<DocumentRevision.Placement> placements) {
        StringBuilder b = new StringBuilder();
        for (DocumentRevision.Placement p : placements) {
            b.append(p.codingId())
                    .append(' ')
                    .append(p.start())
                    .append(' ')
                    .append(p.end())
                    .append('\n');
        }
        return b.toString();
    }

    /** The lines {@link #placements(List)} wrote; a line that is not three numbers is passed over. */
    private static List<DocumentRevision.Placement> placements(String text) {
        List<DocumentRevision.Placement> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length != 3) {
                continue;
            }
            try {
                int start = Integer.parseInt(f[1]);
                int end = Integer.parseInt(f[2]);
                if (start >= 0 && end > start) {
                    out.add(new DocumentRevision.Placement(Long.parseLong(f[0]), start, end));
                }
            } catch (NumberFormatException e) {
                // not written by Caravan: no placement
            }
        }
        return out;
    }

    private static DocumentRevision revision(ResultSet rs) throws SQLException {
        return new DocumentRevision(
                rs.getLong("id"),
                rs.getLong("document_id"),
                Sql.instant(rs, "replaced_at"),
                rs.getString("coder"),
                rs.getString("source_file"),
                rs.getString("old_text"),
                rs.getString("old_hash"),
                placements(rs.getString("placements")));
    }

    private static OrphanCoding orphan(ResultSet rs) throws SQLException {
        return new OrphanCoding(
                rs.getLong("id"),
                rs.getString("guid"),
                rs.getLong("document_id"),
                rs.getLong("code_id"),
                rs.getString("coder"),
                rs.getLong("revision_id"),
                rs.getInt("old_start"),
                rs.getInt("old_end"),
                rs.getString("old_text"),
                Sql.instant(rs, "created_at"),
                rs.getString("memo"));
    }
}
