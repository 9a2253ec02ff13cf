-- Time stamps with their time zone (issue 20): a server project is written by clients in several
-- zones, and a plain TIMESTAMP keeps the wall-clock time without saying where. Existing H2 values
-- were written in the zone of the machine that ran Caravan, which is the session's zone here, so
-- the conversion keeps each instant. Portable SQL: runs on H2 and PostgreSQL.
ALTER TABLE project ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE document ALTER COLUMN imported_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE coding ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE memo ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE memo ALTER COLUMN updated_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE change_log ALTER COLUMN at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pseudonym ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE document_revision ALTER COLUMN replaced_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE orphan_coding ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE document_media ALTER COLUMN attached_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;

-- A document's length in UTF-16 units, the unit of every offset, computed by Caravan: PostgreSQL's
-- LENGTH counts code points (an emoji is 1, not 2), so offsets never come from SQL. On H2 LENGTH
-- counts UTF-16 units, so the existing rows are filled correctly here.
ALTER TABLE document ADD COLUMN text_length INT;
UPDATE document SET text_length = LENGTH(text);
ALTER TABLE document ALTER COLUMN text_length SET NOT NULL;
