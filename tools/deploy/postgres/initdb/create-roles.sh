#!/usr/bin/env bash
# Runs once, when the postgres container initialises an empty data volume
# (/docker-entrypoint-initdb.d). Creates the two login roles; nothing else gets superuser rights.
#   bastion   owns database `bastion`; each service creates and migrates its own schema in it
#   temporal  may create databases; temporal-schema creates `temporal` and `temporal_visibility`
set -euo pipefail

: "${BASTION_DB_PASSWORD:?BASTION_DB_PASSWORD is not set}"
: "${TEMPORAL_DB_PASSWORD:?TEMPORAL_DB_PASSWORD is not set}"

psql --set ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set bastion_password="$BASTION_DB_PASSWORD" \
  --set temporal_password="$TEMPORAL_DB_PASSWORD" <<'SQL'
CREATE ROLE bastion LOGIN PASSWORD :'bastion_password';
CREATE DATABASE bastion OWNER bastion;
REVOKE ALL ON DATABASE bastion FROM PUBLIC;

CREATE ROLE temporal LOGIN CREATEDB PASSWORD :'temporal_password';
SQL
