-- test-only migration that fails half-way: the first statements change the project, the last cannot run
CREATE TABLE test_only_half (id BIGINT PRIMARY KEY);
DELETE FROM coding;
ALTER TABLE document ADD COLUMN test_only_broken BOOLEAN;
INSERT INTO no_such_table VALUES (1);
