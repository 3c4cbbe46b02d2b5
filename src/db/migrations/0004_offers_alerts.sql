CREATE TABLE "eligibility_profiles" (
	"file_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"key_mask" integer NOT NULL,
	"typology_min" smallint NOT NULL,
	"typology_max" smallint NOT NULL,
	"max_total_cents" integer NOT NULL,
	"valid_until" date NOT NULL,
	"basis" text NOT NULL,
	"file_updated_at" timestamp with time zone NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"offer_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_job_cursors" (
	"name" text PRIMARY KEY NOT NULL,
	"position" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"uploaded_bytes" integer NOT NULL,
	"full_bytes" "bytea" NOT NULL,
	"gallery_bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"landlord_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"street" text NOT NULL,
	"postcode" text NOT NULL,
	"commune_insee" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"position_source" text NOT NULL,
	"typology" text NOT NULL,
	"kind" text NOT NULL,
	"surface_m2" double precision NOT NULL,
	"floor" smallint,
	"has_lift" boolean DEFAULT false NOT NULL,
	"rent_cents" integer NOT NULL,
	"charges_cents" integer NOT NULL,
	"financing" text NOT NULL,
	"pmr_adapted" boolean DEFAULT false NOT NULL,
	"energy_class" text NOT NULL,
	"ges_class" text NOT NULL,
	"heating" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"available_on" date NOT NULL,
	"application_deadline" date NOT NULL,
	"showcase" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"department_code" text NOT NULL,
	"region_code" text NOT NULL,
	"ceiling_zone" smallint NOT NULL,
	"eligibility_key" smallint,
	"typology_rank" smallint GENERATED ALWAYS AS ((substr(typology, 2))::smallint) STORED NOT NULL,
	"total_cents" integer GENERATED ALWAYS AS (rent_cents + charges_cents) STORED NOT NULL,
	"candidacy_count" integer DEFAULT 0 NOT NULL,
	"eligible_applicants" integer DEFAULT 0 NOT NULL,
	"eligible_counted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_money_check" CHECK ("offers"."rent_cents" >= 0 and "offers"."charges_cents" >= 0),
	CONSTRAINT "offers_surface_check" CHECK ("offers"."surface_m2" > 0),
	CONSTRAINT "offers_counts_check" CHECK ("offers"."candidacy_count" >= 0 and "offers"."eligible_applicants" >= 0)
);
--> statement-breakpoint
CREATE TABLE "alert_matches" (
	"alert_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"matched_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "alert_matches_pkey" PRIMARY KEY("alert_id","offer_id")
);
--> statement-breakpoint
CREATE TABLE "search_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"filters" jsonb NOT NULL,
	"center_latitude" double precision,
	"center_longitude" double precision,
	"center_communes" text[],
	"frequency" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "eligibility_profiles" ADD CONSTRAINT "eligibility_profiles_file_id_applicant_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."applicant_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_history" ADD CONSTRAINT "offer_history_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_history" ADD CONSTRAINT "offer_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_photos" ADD CONSTRAINT "offer_photos_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_landlord_id_landlords_id_fk" FOREIGN KEY ("landlord_id") REFERENCES "public"."landlords"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_commune_insee_communes_insee_code_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_matches" ADD CONSTRAINT "alert_matches_alert_id_search_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."search_alerts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_matches" ADD CONSTRAINT "alert_matches_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_alerts" ADD CONSTRAINT "search_alerts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eligibility_profiles_user_idx" ON "eligibility_profiles" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "eligibility_profiles_match_idx" ON "eligibility_profiles" USING btree ("typology_min","typology_max","max_total_cents");--> statement-breakpoint
CREATE INDEX "eligibility_profiles_valid_idx" ON "eligibility_profiles" USING btree ("valid_until");--> statement-breakpoint
CREATE INDEX "offer_history_offer_idx" ON "offer_history" USING btree ("offer_id","id");--> statement-breakpoint
CREATE INDEX "offer_photos_offer_idx" ON "offer_photos" USING btree ("offer_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_landlord_reference_key" ON "offers" USING btree ("landlord_id",lower("reference"));--> statement-breakpoint
CREATE INDEX "offers_landlord_idx" ON "offers" USING btree ("landlord_id","updated_at");--> statement-breakpoint
CREATE INDEX "offers_eligible_idx" ON "offers" USING btree ("eligibility_key","typology_rank","total_cents") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "offers_position_idx" ON "offers" USING btree ("latitude","longitude") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "offers_deadline_idx" ON "offers" USING btree ("application_deadline","id") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "offers_commune_idx" ON "offers" USING btree ("commune_insee") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "offers_showcase_region_idx" ON "offers" USING btree ("region_code","application_deadline") WHERE status = 'published' and showcase;--> statement-breakpoint
CREATE INDEX "offers_showcase_department_idx" ON "offers" USING btree ("department_code","application_deadline") WHERE status = 'published' and showcase;--> statement-breakpoint
CREATE INDEX "offers_showcase_deadline_idx" ON "offers" USING btree ("application_deadline","id") WHERE status = 'published' and showcase;--> statement-breakpoint
CREATE INDEX "alert_matches_pending_idx" ON "alert_matches" USING btree ("alert_id") WHERE sent_at is null;--> statement-breakpoint
CREATE INDEX "search_alerts_user_idx" ON "search_alerts" USING btree ("user_id");