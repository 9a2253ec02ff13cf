-- Memos on documents, codes and the project, edited and removed from the window and the CLI
-- (issue 15): when a memo was last changed, and the lookup of a target's memos.
ALTER TABLE memo ADD COLUMN updated_at TIMESTAMP;
CREATE INDEX memo_target ON memo(target_kind, target_id);
