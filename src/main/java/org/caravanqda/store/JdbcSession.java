package org.caravanqda.store;

import java.sql.Connection;
import org.caravanqda.app.port.AttributeRepository;
import org.caravanqda.app.port.CaseRepository;
import org.caravanqda.app.port.ChangeLog;
import org.caravanqda.app.port.CodeRepository;
import org.caravanqda.app.port.CoderRepository;
import org.caravanqda.app.port.CodingRepository;
import org.caravanqda.app.port.DocumentRepository;
import org.caravanqda.app.port.MediaRepository;
import org.caravanqda.app.port.MemoRepository;
import org.caravanqda.app.port.ProjectInfo;
import org.caravanqda.app.port.PseudonymRepository;
import org.caravanqda.app.port.StoreSession;

/** The repositories of one connection (one transaction). */
final class JdbcSession implements StoreSession {
    private final Connection connection;
    private final Sql sql;

    JdbcSession(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
    }

    Connection connection() {
        return connection;
    }

    @Override
    public ProjectInfo project() {
        return sql.one(
                        "SELECT name, language, created_at, created_by FROM project WHERE id = 1",
                        rs -> new ProjectInfo(
                                rs.getString(1), rs.getString(2), Sql.instant(rs, "created_at"), rs.getString(4)))
                .orElseThrow(() -> new IllegalStateException("project row missing"));
    }

    @Override
    public DocumentRepository documents() {
        return new JdbcDocuments(sql);
    }

    @Override
    public CodeRepository codes() {
        return new JdbcCodes(sql);
    }

    @Override
    public CoderRepository coders() {
        return new JdbcCoders(sql);
    }

    @Override
    public CodingRepository codings() {
        return new JdbcCodings(sql);
    }

    @Override
    public AttributeRepository attributes() {
        return new JdbcAttributes(sql);
    }

    @Override
    public ChangeLog changeLog() {
        return new JdbcChangeLog(sql);
    }

    @Override
    public MemoRepository memos() {
        return new JdbcMemos(sql);
    }

    @Override
    public CaseRepository cases() {
        return new JdbcCases(sql);
    }

    @Override
    public PseudonymRepository pseudonyms() {
        return new JdbcPseudonyms(sql);
    }

    @Override
    public org.caravanqda.app.port.RevisionRepository revisions() {
        return new JdbcRevisions(sql);
    }

    @Override
    public MediaRepository media() {
        return new JdbcMedia(sql);
    }

    @Override
    public org.caravanqda.app.port.Versions versions() {
        return new JdbcVersions(sql);
    }
}
