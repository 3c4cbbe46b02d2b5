CREATE TABLE "candidacies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"applicant_user_id" uuid,
	"file_id" uuid,
	"status" text DEFAULT 'applied' NOT NULL,
	"stage" text DEFAULT 'applied' NOT NULL,
	"sequence" bigserial NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	"inputs" jsonb NOT NULL,
	"rule_version" integer NOT NULL,
	"score" integer NOT NULL,
	"reasons" jsonb NOT NULL,
	"closing_rank" integer,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"review_reason" text,
	"review_comment" text,
	"dossier" jsonb,
	"lease_signed_on" date,
	"move_in_on" date,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidacy_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"candidacy_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"reason" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidacy_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"candidacy_id" uuid NOT NULL,
	"side" text NOT NULL,
	"author_user_id" uuid,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"document_category" text,
	"document_due_on" date,
	"visit_slots" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"chosen_slot" timestamp with time zone,
	"reply_to_id" bigint,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidacy_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidacy_id" uuid NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commission_decisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"commission_id" uuid NOT NULL,
	"candidacy_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"rank" integer,
	"condition_document" text,
	"condition_deadline" date,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commission_decisions_inadmissible_reason" CHECK ("commission_decisions"."decision" <> 'inadmissible' or "commission_decisions"."reason" in ('income_above_ceiling', 'irregular_residence'))
);
--> statement-breakpoint
CREATE TABLE "commissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"meeting_date" date NOT NULL,
	"examined_count" integer NOT NULL,
	"available_count" integer NOT NULL,
	"justification" text,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_round_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"round_no" integer NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"deadline" date NOT NULL,
	"reference_date" date NOT NULL,
	"candidacy_count" integer DEFAULT 0 NOT NULL,
	"revision" bigint DEFAULT 0 NOT NULL,
	"closed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"concluded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offer_rounds_count_check" CHECK ("offer_rounds"."candidacy_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ranking_rules" (
	"version" integer PRIMARY KEY NOT NULL,
	"params" jsonb NOT NULL,
	"comment" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ranking_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"rule_version" integer NOT NULL,
	"rule_params" jsonb NOT NULL,
	"reference_date" date NOT NULL,
	"entries" jsonb NOT NULL,
	"digest" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_round_id_offer_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."offer_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_applicant_user_id_users_id_fk" FOREIGN KEY ("applicant_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_file_id_applicant_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."applicant_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidacy_history" ADD CONSTRAINT "candidacy_history_candidacy_id_candidacies_id_fk" FOREIGN KEY ("candidacy_id") REFERENCES "public"."candidacies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidacy_messages" ADD CONSTRAINT "candidacy_messages_candidacy_id_candidacies_id_fk" FOREIGN KEY ("candidacy_id") REFERENCES "public"."candidacies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidacy_messages" ADD CONSTRAINT "candidacy_messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidacy_visits" ADD CONSTRAINT "candidacy_visits_candidacy_id_candidacies_id_fk" FOREIGN KEY ("candidacy_id") REFERENCES "public"."candidacies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_decisions" ADD CONSTRAINT "commission_decisions_commission_id_commissions_id_fk" FOREIGN KEY ("commission_id") REFERENCES "public"."commissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_decisions" ADD CONSTRAINT "commission_decisions_candidacy_id_candidacies_id_fk" FOREIGN KEY ("candidacy_id") REFERENCES "public"."candidacies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissions" ADD CONSTRAINT "commissions_round_id_offer_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."offer_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_round_history" ADD CONSTRAINT "offer_round_history_round_id_offer_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."offer_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_rounds" ADD CONSTRAINT "offer_rounds_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ranking_rules" ADD CONSTRAINT "ranking_rules_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ranking_snapshots" ADD CONSTRAINT "ranking_snapshots_round_id_offer_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."offer_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "candidacies_one_active_per_applicant" ON "candidacies" USING btree ("applicant_user_id") WHERE status in ('applied', 'retained', 'validated', 'sent', 'visited', 'attributed', 'ranked', 'conditional', 'lease_signed');--> statement-breakpoint
CREATE UNIQUE INDEX "candidacies_sequence_key" ON "candidacies" USING btree ("sequence");--> statement-breakpoint
CREATE INDEX "candidacies_live_rank_idx" ON "candidacies" USING btree ("round_id","score" DESC NULLS LAST,"applied_at","sequence") WHERE status = 'applied';--> statement-breakpoint
CREATE INDEX "candidacies_round_status_idx" ON "candidacies" USING btree ("round_id","status");--> statement-breakpoint
CREATE INDEX "candidacies_applicant_idx" ON "candidacies" USING btree ("applicant_user_id","applied_at");--> statement-breakpoint
CREATE INDEX "candidacies_file_idx" ON "candidacies" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "candidacy_history_candidacy_idx" ON "candidacy_history" USING btree ("candidacy_id","id");--> statement-breakpoint
CREATE INDEX "candidacy_messages_candidacy_idx" ON "candidacy_messages" USING btree ("candidacy_id","id");--> statement-breakpoint
CREATE INDEX "candidacy_visits_candidacy_idx" ON "candidacy_visits" USING btree ("candidacy_id","scheduled_at");--> statement-breakpoint
CREATE UNIQUE INDEX "commission_decisions_candidacy_key" ON "commission_decisions" USING btree ("candidacy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commissions_round_key" ON "commissions" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "offer_round_history_round_idx" ON "offer_round_history" USING btree ("round_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "offer_rounds_offer_round_key" ON "offer_rounds" USING btree ("offer_id","round_no");--> statement-breakpoint
CREATE UNIQUE INDEX "offer_rounds_one_current_key" ON "offer_rounds" USING btree ("offer_id") WHERE status <> 'republished';--> statement-breakpoint
CREATE INDEX "offer_rounds_status_deadline_idx" ON "offer_rounds" USING btree ("status","deadline");--> statement-breakpoint
CREATE UNIQUE INDEX "ranking_snapshots_round_key" ON "ranking_snapshots" USING btree ("round_id");