DROP INDEX "offers_deadline_idx";--> statement-breakpoint
DROP INDEX "offers_eligible_idx";--> statement-breakpoint
DROP INDEX "offers_showcase_region_idx";--> statement-breakpoint
DROP INDEX "offers_showcase_department_idx";--> statement-breakpoint
CREATE INDEX "offers_eligible_idx" ON "offers" USING btree ("eligibility_key","typology_rank","total_cents","application_deadline","id","latitude","longitude","commune_insee","kind","pmr_adapted","surface_m2","available_on","published_at") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "offers_showcase_region_idx" ON "offers" USING btree ("region_code","application_deadline","id") WHERE status = 'published' and showcase;--> statement-breakpoint
CREATE INDEX "offers_showcase_department_idx" ON "offers" USING btree ("department_code","application_deadline","id") WHERE status = 'published' and showcase;