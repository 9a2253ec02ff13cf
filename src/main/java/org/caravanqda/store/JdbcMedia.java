package org.caravanqda.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.caravanqda.app.port.MediaRepository;
import org.caravanqda.model.MediaLink;

final class JdbcMedia implements MediaRepository {
    private static final String SELECT = "SELECT document_id, path, kind, copied, attached_at FROM document_media";
    private final Sql sql;

    JdbcMedia(Sql sql) {
        this.sql = sql;
    }

    private static MediaLink row(ResultSet rs) throws SQLException {
        MediaLink.Kind kind;
        try {
            kind = MediaLink.Kind.valueOf(rs.getString(3));
        } catch (IllegalArgumentException e) {
            kind = MediaLink.Kind.AUDIO; // a kind a newer Caravan wrote: played as sound
        }
        return new MediaLink(rs.getLong(1), rs.getString(2), kind, rs.getBoolean(4), Sql.instant(rs, "attached_at"));
    }

    @Override
    public Optional<MediaLink> of(long documentId) {
        return sql.one(SELECT + " WHERE document_id = ?", JdbcMedia::row, documentId);
    }

    @Override
    public List<MediaLink> all() {
        return sql.list(SELECT + " ORDER BY document_id", JdbcMedia::row);
    }

    @Override
    public void put(MediaLink link) {
        sql.update("DELETE FROM document_media WHERE document_id = ?", link.documentId());
        sql.update(
                "INSERT INTO document_media (document_id, path, kind, copied, attached_at) VALUES (?, ?, ?, ?, ?)",
                link.documentId(),
                link.path(),
                link.kind().name(),
                link.copied(),
                link.attachedAt());
    }

    @Override
    public boolean remove(long documentId) {
        return sql.update("DELETE FROM document_media WHERE document_id = ?", documentId) > 0;
    }
}
