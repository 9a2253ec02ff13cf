-- Identity values are reserved 100,000 at a time instead of H2's 32 (ADR 0037). Each time a
-- reserved block runs out, H2 records the sequence by committing its system session, and that
-- commit writes every unsaved page of the open transaction to the file: importing 1,000
-- interviews (500,000 turns) wrote 15,600 chunks that way, half of the file it left behind. A
-- clean close records the value actually reached, so only a crash leaves a gap in the ids.
ALTER TABLE document ALTER COLUMN id SET CACHE 100000;
ALTER TABLE text_unit ALTER COLUMN id SET CACHE 100000;
ALTER TABLE code ALTER COLUMN id SET CACHE 100000;
ALTER TABLE coder ALTER COLUMN id SET CACHE 100000;
ALTER TABLE coding ALTER COLUMN id SET CACHE 100000;
ALTER TABLE memo ALTER COLUMN id SET CACHE 100000;
ALTER TABLE case_record ALTER COLUMN id SET CACHE 100000;
ALTER TABLE attribute ALTER COLUMN id SET CACHE 100000;
ALTER TABLE attribute_value ALTER COLUMN id SET CACHE 100000;
ALTER TABLE change_log ALTER COLUMN seq SET CACHE 100000;
ALTER TABLE pseudonym ALTER COLUMN id SET CACHE 100000;
ALTER TABLE document_revision ALTER COLUMN id SET CACHE 100000;
