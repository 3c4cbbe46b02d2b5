-- IF NOT EXISTS: the migrator creates this schema first to hold its own journal table (__registration_migrations).
CREATE SCHEMA IF NOT EXISTS "registration";
--> statement-breakpoint
CREATE TABLE "registration"."access_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"unique_number" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "registration"."applications" (
	"unique_number" text PRIMARY KEY NOT NULL,
	"applicant_email" text NOT NULL,
	"birth_date" date NOT NULL,
	"status" text NOT NULL,
	"document" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration"."dev_mailbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration"."documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unique_number" text NOT NULL,
	"person" text NOT NULL,
	"category" text NOT NULL,
	"period" text,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"status" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration"."import_codes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unique_number" text NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "registration"."number_counters" (
	"territory" text PRIMARY KEY NOT NULL,
	"last_value" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "registration"."access_tokens" ADD CONSTRAINT "access_tokens_unique_number_applications_unique_number_fk" FOREIGN KEY ("unique_number") REFERENCES "registration"."applications"("unique_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration"."documents" ADD CONSTRAINT "documents_unique_number_applications_unique_number_fk" FOREIGN KEY ("unique_number") REFERENCES "registration"."applications"("unique_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration"."import_codes" ADD CONSTRAINT "import_codes_unique_number_applications_unique_number_fk" FOREIGN KEY ("unique_number") REFERENCES "registration"."applications"("unique_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_email_idx" ON "registration"."applications" USING btree ("applicant_email");--> statement-breakpoint
CREATE INDEX "applications_status_idx" ON "registration"."applications" USING btree ("status");--> statement-breakpoint
CREATE INDEX "documents_unique_number_idx" ON "registration"."documents" USING btree ("unique_number","uploaded_at");--> statement-breakpoint
CREATE INDEX "import_codes_number_idx" ON "registration"."import_codes" USING btree ("unique_number","created_at");