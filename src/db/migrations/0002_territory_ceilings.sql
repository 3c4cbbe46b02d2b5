CREATE TABLE "communes" (
	"insee_code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_search" text NOT NULL,
	"kind" text NOT NULL,
	"parent_insee_code" text,
	"department_code" text NOT NULL,
	"region_code" text NOT NULL,
	"postcodes" text[] DEFAULT '{}'::text[] NOT NULL,
	"population" integer,
	"latitude" double precision,
	"longitude" double precision,
	"position_source" text,
	"ceiling_zone" smallint NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('french'::regconfig, name_search)) STORED NOT NULL,
	CONSTRAINT "communes_ceiling_zone_check" CHECK ("communes"."ceiling_zone" between 1 and 3),
	CONSTRAINT "communes_position_check" CHECK (("communes"."latitude" is null) = ("communes"."longitude" is null) and ("communes"."latitude" is null) = ("communes"."position_source" is null))
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"seat_insee_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "income_ceiling_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"financing" text NOT NULL,
	"zone" smallint NOT NULL,
	"category" smallint NOT NULL,
	"old_amount" integer,
	"new_amount" integer NOT NULL,
	"comment" text,
	"actor_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "income_ceilings" (
	"year" integer NOT NULL,
	"financing" text NOT NULL,
	"zone" smallint NOT NULL,
	"category" smallint NOT NULL,
	"amount" integer NOT NULL,
	"source" text NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "income_ceilings_pkey" PRIMARY KEY("year","financing","zone","category"),
	CONSTRAINT "income_ceilings_zone_check" CHECK ("income_ceilings"."zone" between 1 and 3),
	CONSTRAINT "income_ceilings_category_check" CHECK ("income_ceilings"."category" between 0 and 6),
	CONSTRAINT "income_ceilings_amount_check" CHECK ("income_ceilings"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_department_code_departments_code_fk" FOREIGN KEY ("department_code") REFERENCES "public"."departments"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_ceiling_changes" ADD CONSTRAINT "income_ceiling_changes_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_ceilings" ADD CONSTRAINT "income_ceilings_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communes_name_search_idx" ON "communes" USING btree ("name_search" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "communes_postcodes_idx" ON "communes" USING gin ("postcodes");--> statement-breakpoint
CREATE INDEX "communes_department_idx" ON "communes" USING btree ("department_code");--> statement-breakpoint
CREATE INDEX "communes_position_idx" ON "communes" USING btree ("latitude","longitude");--> statement-breakpoint
CREATE INDEX "communes_search_vector_idx" ON "communes" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "departments_region_idx" ON "departments" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "income_ceiling_changes_created_idx" ON "income_ceiling_changes" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "income_ceiling_changes_key_idx" ON "income_ceiling_changes" USING btree ("year","financing","zone","category");