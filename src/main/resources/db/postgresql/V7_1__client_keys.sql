-- The keys of the members' local caches (issue #20, ADR 0030). A server project's local folder keeps
-- its search index only as AES-256-GCM files; the key is a random 256-bit secret per login, kept
-- here and fetched over TLS when the project opens, so the laptop alone never holds what opens its
-- cache. A login sees, makes and removes only its own row (row-level security, forced on the
-- tables' owner too); the login is the session's, which SET ROLE cannot change.
CREATE TABLE client_key (
    login      TEXT PRIMARY KEY DEFAULT session_user,
    secret     BYTEA NOT NULL CHECK (octet_length(secret) = 32),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
ALTER TABLE client_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE client_key FORCE ROW LEVEL SECURITY;
CREATE POLICY client_key_own ON client_key FOR ALL
    USING (login = session_user) WITH CHECK (login = session_user);
REVOKE ALL ON client_key FROM PUBLIC;

-- Every member keeps a key, viewers too: it protects their copy, not the project's data.
DO $$
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, DELETE ON client_key TO %I, %I, %I',
        caravan_role('owner'), caravan_role('coder'), caravan_role('viewer'));
END $$;
