-- A document's recording (issue 21): the audio or video file played beside its transcript. The path
-- is relative to the project folder when the file lies inside it (media/ for copies), else absolute.
CREATE TABLE document_media (
    document_id     BIGINT        NOT NULL PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    path            VARCHAR(4000) NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    copied          BOOLEAN       NOT NULL,
    attached_at     TIMESTAMP     NOT NULL
);
