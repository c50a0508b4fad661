ALTER TABLE `cycles` ADD `nominees_announce_at` text;--> statement-breakpoint
CREATE INDEX `scores_sheet_value_idx` ON `scores` (`sheet_id`,`value`,`cannot_assess`);--> statement-breakpoint
CREATE INDEX `scores_sheet_updated_idx` ON `scores` (`sheet_id`,`updated_at`);--> statement-breakpoint
-- The audit log is append-only: the database itself refuses to change or remove an entry.
-- (Someone with the file can drop these triggers; the hash chain and `npm run audit:verify` catch that.)
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
