-- Full-text search over the extracted page texts (SQLite FTS5, external content).
-- unicode61 keeps å, ä and ö as their own letters (Swedish), and folds case.
CREATE VIRTUAL TABLE `document_pages_fts` USING fts5(`text`, content='document_pages', content_rowid='id', tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE TRIGGER `document_pages_fts_ai` AFTER INSERT ON `document_pages` BEGIN
  INSERT INTO `document_pages_fts`(rowid, `text`) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `document_pages_fts_ad` AFTER DELETE ON `document_pages` BEGIN
  INSERT INTO `document_pages_fts`(`document_pages_fts`, rowid, `text`) VALUES ('delete', old.id, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `document_pages_fts_au` AFTER UPDATE ON `document_pages` BEGIN
  INSERT INTO `document_pages_fts`(`document_pages_fts`, rowid, `text`) VALUES ('delete', old.id, old.text);
  INSERT INTO `document_pages_fts`(rowid, `text`) VALUES (new.id, new.text);
END;
--> statement-breakpoint
INSERT INTO `document_pages_fts`(`document_pages_fts`) VALUES ('rebuild');
