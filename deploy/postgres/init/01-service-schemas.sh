#!/usr/bin/env bash
# First start of the compose PostgreSQL only (docker-entrypoint-initdb.d): one login role and one schema per
# service in database `trading` (each service's `postgres` profile connects with currentSchema=<schema>), plus a
# read-only role for Grafana's optional PostgreSQL datasource. Passwords come only from the environment.
set -euo pipefail

create_service() {
  local role="$1" schema="$2" password="$3"
  [[ -n "$password" ]] || { echo "missing password for $role" >&2; exit 1; }
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname trading \
       -v role="$role" -v schema="$schema" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE SCHEMA IF NOT EXISTS :"schema" AUTHORIZATION :"role";
REVOKE ALL ON SCHEMA public FROM :"role";
ALTER ROLE :"role" SET search_path = :"schema";
SQL
}

create_service market_data_service marketdata "${TS_DB_PASSWORD_MARKET_DATA:-}"
create_service bot_service         bot        "${TS_DB_PASSWORD_BOT:-}"
create_service risk_service        risk       "${TS_DB_PASSWORD_RISK:-}"
create_service execution_service   execution  "${TS_DB_PASSWORD_EXECUTION:-}"
create_service portfolio_service   portfolio  "${TS_DB_PASSWORD_PORTFOLIO:-}"

# Grafana: read-only on every service schema (tables of recent events).
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname trading \
     -v password="${TS_DB_PASSWORD_GRAFANA:?}" <<'SQL'
CREATE ROLE grafana_reader LOGIN PASSWORD :'password';
GRANT CONNECT ON DATABASE trading TO grafana_reader;
DO $$
DECLARE s text;
BEGIN
  FOREACH s IN ARRAY ARRAY['marketdata', 'bot', 'risk', 'execution', 'portfolio'] LOOP
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO grafana_reader', s);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO grafana_reader', s);
  END LOOP;
END $$;
SQL
