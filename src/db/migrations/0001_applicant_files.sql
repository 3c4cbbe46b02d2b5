CREATE SEQUENCE "public"."platform_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100001 CACHE 1;--> statement-breakpoint
CREATE TABLE "applicant_file_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"file_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"reason" text,
	"comment" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applicant_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"unique_number" text NOT NULL,
	"platform_number" text NOT NULL,
	"personal_code" text NOT NULL,
	"registration_token" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"identity_mismatch" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'incomplete' NOT NULL,
	"attach_to" text,
	"employer_siret" text,
	"employer_name" text,
	"company_id" uuid,
	"staff_number" text,
	"hired_at" date,
	"permanent_temp_contract" boolean,
	"consent" text,
	"company_step_done_at" timestamp with time zone,
	"confirmed_documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"documents_confirmed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"validated_at" timestamp with time zone,
	"refused_by" text,
	"refusal_reason" text,
	"refusal_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pending_imports" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"unique_number" text NOT NULL,
	"masked_email" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "is_temp_agency" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "validation_required" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "requires_staff_number" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "requires_hiring_date" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "allowed_consents" jsonb DEFAULT '["anonymous","limited","full"]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "birth_date" date;--> statement-breakpoint
ALTER TABLE "applicant_file_history" ADD CONSTRAINT "applicant_file_history_file_id_applicant_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."applicant_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applicant_files" ADD CONSTRAINT "applicant_files_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applicant_files" ADD CONSTRAINT "applicant_files_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_imports" ADD CONSTRAINT "pending_imports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applicant_file_history_file_idx" ON "applicant_file_history" USING btree ("file_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "applicant_files_unique_number_key" ON "applicant_files" USING btree ("unique_number");--> statement-breakpoint
CREATE UNIQUE INDEX "applicant_files_user_id_key" ON "applicant_files" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applicant_files_platform_number_key" ON "applicant_files" USING btree ("platform_number");--> statement-breakpoint
CREATE INDEX "applicant_files_status_idx" ON "applicant_files" USING btree ("status");--> statement-breakpoint
CREATE INDEX "applicant_files_company_status_idx" ON "applicant_files" USING btree ("company_id","status");