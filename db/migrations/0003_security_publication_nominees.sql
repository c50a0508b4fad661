CREATE TABLE `password_resets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `password_resets_token_hash_unique` ON `password_resets` (`token_hash`);--> statement-breakpoint
CREATE INDEX `password_resets_user_idx` ON `password_resets` (`user_id`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`expire` integer
);
--> statement-breakpoint
CREATE TABLE `award_archive` (
	`year` integer PRIMARY KEY NOT NULL,
	`kommunkod` text,
	`winner_name` text NOT NULL,
	`motivation` text,
	`finalists` text,
	`updated_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`kommunkod`) REFERENCES `municipalities`(`kommunkod`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `users` ADD `totp_enabled_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `recovery_codes` text;--> statement-breakpoint
ALTER TABLE `users` ADD `password_changed_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `locale` text DEFAULT 'sv' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `erased_at` text;--> statement-breakpoint
ALTER TABLE `nominations` ADD `nomination_reason` text;--> statement-breakpoint
ALTER TABLE `nominations` ADD `screening_run_id` integer;--> statement-breakpoint
ALTER TABLE `nominations` ADD `responded_at` text;