-- Team projects on PostgreSQL (issue #20, ADR 0026): only what H2 lacks. Runs after the portable
-- V6 (classpath:db/migration) in the same Flyway run, which lists both locations for a server project.
-- The user that migrates owns the tables and needs CREATEROLE (it makes the project's three roles).

-- 1. The change feed that never skips. change_log.seq is handed out when a row is inserted, not when
-- its transaction commits, so a reader that stops at the highest seq it saw can miss a lower seq that
-- commits later. Each entry keeps the id of the transaction that wrote it; readers stop at the oldest
-- transaction still running (pg_snapshot_xmin), before which everything has committed or never will.
ALTER TABLE change_log ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX change_log_txid ON change_log (txid, seq);

-- The coder who wrote an entry is the server's login, not what the client says: an entry written by
-- a member's login names that member's coder.
CREATE FUNCTION caravan_change_log_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    mine VARCHAR(200);
BEGIN
    SELECT name INTO mine FROM coder WHERE login = session_user;
    IF mine IS NOT NULL THEN
        NEW.coder := mine;
    END IF;
    NEW.txid := pg_current_xact_id();
    RETURN NEW;
END $$;
CREATE TRIGGER change_log_stamp BEFORE INSERT ON change_log
    FOR EACH ROW EXECUTE FUNCTION caravan_change_log_stamp();

-- A hint for live clients (LISTEN caravan_changes): delivered only after commit; the log is the truth.
CREATE FUNCTION caravan_change_log_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('caravan_changes', NEW.seq::text);
    RETURN NULL;
END $$;
CREATE TRIGGER change_log_notify AFTER INSERT ON change_log
    FOR EACH ROW EXECUTE FUNCTION caravan_change_log_notify();

-- 2. The audit trail is append-only: no UPDATE, DELETE or TRUNCATE grant for anyone, and a trigger
-- that refuses them even to the tables' owner.
REVOKE UPDATE, DELETE, TRUNCATE ON change_log FROM PUBLIC;
CREATE FUNCTION caravan_change_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the change log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log
    FOR EACH ROW EXECUTE FUNCTION caravan_change_log_append_only();
CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON change_log
    FOR EACH STATEMENT EXECUTE FUNCTION caravan_change_log_append_only();

-- 3. Roles. Three group roles per project (database), named after it so two projects on one server
-- keep their members apart: <database>_owner, <database>_coder, <database>_viewer. Members are login
-- roles granted one of them (TeamAdmin); coder.login maps a login to its coder row.
CREATE FUNCTION caravan_role(kind TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT current_database() || '_' || kind
$$;

-- The coder row of the login running the statement (null for a login that is no member).
CREATE FUNCTION caravan_my_coder() RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT id FROM coder WHERE login = current_user
$$;

DO $$
DECLARE
    owner_role  TEXT := caravan_role('owner');
    coder_role  TEXT := caravan_role('coder');
    viewer_role TEXT := caravan_role('viewer');
    r TEXT;
BEGIN
    IF length(owner_role) > 63 THEN
        RAISE EXCEPTION 'the database name % is too long for its role names (at most 56 characters)', current_database();
    END IF;
    FOREACH r IN ARRAY ARRAY[owner_role, coder_role, viewer_role] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I, %I, %I',
        current_database(), owner_role, coder_role, viewer_role);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I, %I, %I', owner_role, coder_role, viewer_role);

    -- viewer: reads everything
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I, %I, %I', owner_role, coder_role, viewer_role);
    -- coder: their own codings and memos (row-level security below), and the audit trail's appends
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON coding, memo TO %I', coder_role);
    EXECUTE format('GRANT INSERT ON change_log TO %I, %I', coder_role, owner_role);
    -- owner: documents, the codebook, pseudonyms, attributes, cases, members' coder rows
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON document, text_unit, code, coder, coding, memo, case_record,'
        ' case_document, attribute, attribute_value, pseudonym, document_revision, orphan_coding, document_media,'
        ' project TO %I', owner_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I, %I', owner_role, coder_role);
    -- tables a later migration adds are readable by every member; writes are granted there
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %I, %I, %I',
        owner_role, coder_role, viewer_role);

    -- Row-level security: every member reads every row; a coder writes only rows of their own coder
    -- row (coding in another's name is refused); the owner writes all. The tables' owner (the login
    -- that created the project) is not subject to it.
    EXECUTE 'ALTER TABLE coding ENABLE ROW LEVEL SECURITY';
    EXECUTE 'ALTER TABLE memo ENABLE ROW LEVEL SECURITY';
    EXECUTE 'CREATE POLICY coding_read ON coding FOR SELECT USING (true)';
    EXECUTE 'CREATE POLICY memo_read ON memo FOR SELECT USING (true)';
    EXECUTE format('CREATE POLICY coding_own ON coding FOR ALL TO %I'
        ' USING (coder_id = caravan_my_coder()) WITH CHECK (coder_id = caravan_my_coder())', coder_role);
    EXECUTE format('CREATE POLICY memo_own ON memo FOR ALL TO %I'
        ' USING (coder_id = caravan_my_coder()) WITH CHECK (coder_id = caravan_my_coder())', coder_role);
    EXECUTE format('CREATE POLICY coding_owner ON coding FOR ALL TO %I USING (true) WITH CHECK (true)', owner_role);
    EXECUTE format('CREATE POLICY memo_owner ON memo FOR ALL TO %I USING (true) WITH CHECK (true)', owner_role);

    -- 4. A transaction left idle holds the feed's horizon back and its locks: end it after a minute;
    -- a write that waits for a lock more than 5 s is refused (retryable) instead of hanging.
    EXECUTE format('ALTER DATABASE %I SET lock_timeout = %L', current_database(), '5s');
    EXECUTE format('ALTER DATABASE %I SET idle_in_transaction_session_timeout = %L', current_database(), '60s');
END $$;
