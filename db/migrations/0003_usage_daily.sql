CREATE TABLE "usage_daily" (
	"org_id" uuid NOT NULL,
	"day" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"model" text NOT NULL,
	"api_key_id" uuid NOT NULL,
	"requests" integer DEFAULT 0 NOT NULL,
	"errors" integer DEFAULT 0 NOT NULL,
	"blocked" integer DEFAULT 0 NOT NULL,
	"unpriced" integer DEFAULT 0 NOT NULL,
	"tokens_in" bigint DEFAULT 0 NOT NULL,
	"tokens_out" bigint DEFAULT 0 NOT NULL,
	"tokens_cached" bigint DEFAULT 0 NOT NULL,
	"cost_usd" double precision DEFAULT 0 NOT NULL,
	"latency_ms_sum" double precision DEFAULT 0 NOT NULL,
	"overhead_ms_sum" double precision DEFAULT 0 NOT NULL,
	"latency_buckets" integer[] NOT NULL,
	CONSTRAINT "usage_daily_org_id_day_provider_model_api_key_id_pk" PRIMARY KEY("org_id","day","provider","model","api_key_id")
);
--> statement-breakpoint
-- Existing deployments: fill the daily table from the hourly rollups already written.
INSERT INTO "usage_daily" ("org_id", "day", "provider", "model", "api_key_id", "requests", "errors", "blocked", "unpriced", "tokens_in", "tokens_out", "tokens_cached", "cost_usd", "latency_ms_sum", "overhead_ms_sum", "latency_buckets")
SELECT "org_id", date_trunc('day', "hour" at time zone 'UTC') at time zone 'UTC', "provider", "model", "api_key_id",
  sum("requests")::int, sum("errors")::int, sum("blocked")::int, sum("unpriced")::int, sum("tokens_in"), sum("tokens_out"), sum("tokens_cached"),
  sum("cost_usd"), sum("latency_ms_sum"), sum("overhead_ms_sum"),
  array[sum(latency_buckets[1])::int, sum(latency_buckets[2])::int, sum(latency_buckets[3])::int, sum(latency_buckets[4])::int, sum(latency_buckets[5])::int, sum(latency_buckets[6])::int, sum(latency_buckets[7])::int, sum(latency_buckets[8])::int, sum(latency_buckets[9])::int, sum(latency_buckets[10])::int, sum(latency_buckets[11])::int, sum(latency_buckets[12])::int, sum(latency_buckets[13])::int]
FROM "usage_hourly"
GROUP BY 1, 2, 3, 4, 5;
