#!/bin/sh
# Creates Temporal's two databases if they are missing and brings their schema to the version the
# admin-tools image (same release as the server) ships. Safe on every start: set-up is skipped
# when done, and updates apply only the steps not yet applied.
# Environment: POSTGRES_SEEDS, DB_PORT, POSTGRES_USER, POSTGRES_PWD (see docker-compose.yml).
set -eu

SCHEMA_DIR=/etc/temporal/schema/postgresql/v12
export SQL_PASSWORD="$POSTGRES_PWD"

sql() {
  temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "${DB_PORT:-5432}" -u "$POSTGRES_USER" "$@"
}

create_database() {
  if output=$(sql --db "$1" create 2>&1); then
    echo "Created database $1"
  else
    case "$output" in
      *"already exists"*) echo "Database $1 exists" ;;
      *) echo "$output" >&2; return 1 ;;
    esac
  fi
}

for pair in temporal:temporal temporal_visibility:visibility; do
  database=${pair%%:*}
  schema=${pair#*:}
  create_database "$database"
  sql --db "$database" setup-schema -v 0.0
  sql --db "$database" update-schema -d "$SCHEMA_DIR/$schema/versioned"
done
echo 'Temporal schema is up to date'
