-- Territory search and the checks drizzle-kit does not express for the territory and ceilings tables.
-- unaccent is available to queries on names typed with or without accents (PGlite loads the contrib).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_kind_check" CHECK ("kind" IN ('commune', 'arrondissement'));
--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_position_source_check" CHECK ("position_source" IN ('city_database', 'postcode_neighbours', 'department_seat'));
--> statement-breakpoint
ALTER TABLE "income_ceilings" ADD CONSTRAINT "income_ceilings_financing_check" CHECK ("financing" IN ('PLAI', 'PLUS', 'PLS', 'PLI'));
--> statement-breakpoint
ALTER TABLE "income_ceiling_changes" ADD CONSTRAINT "income_ceiling_changes_financing_check" CHECK ("financing" IN ('PLAI', 'PLUS', 'PLS', 'PLI'));
