-- test-only migration: a newer schema for SchemaBackupTest (never on the main classpath)
CREATE TABLE test_only_extra (id BIGINT PRIMARY KEY, note VARCHAR(100));
ALTER TABLE document ADD COLUMN test_only_flag BOOLEAN DEFAULT FALSE;
