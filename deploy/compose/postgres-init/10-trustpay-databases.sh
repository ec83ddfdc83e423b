#!/usr/bin/env bash
# Runs once, when the postgres container starts on an empty data volume (docker-entrypoint-initdb.d): one database
# per service, owned by that service's own login role, closed to every other role. Passwords come from the
# environment (.env), never from this file.
set -euo pipefail

create_database() {
  local database="$1" role="$2" password="$3"
  if [ -z "${password}" ]; then
    echo "postgres-init: no password for ${role}; set it in .env (see .env.example)" >&2
    exit 1
  fi
  # psql variables (:"name" quotes an identifier, :'name' a literal), so no value is spliced into SQL text.
  psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER}" --dbname postgres \
    --set=db="${database}" --set=role="${role}" --set=password="${password}" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT ALL ON DATABASE :"db" TO :"role";
SQL
}

create_database trustpay_escrow trustpay_escrow "${ESCROW_DB_PASSWORD:-}"
create_database trustpay_payment trustpay_payment "${PAYMENT_DB_PASSWORD:-}"
create_database trustpay_webhook trustpay_webhook "${WEBHOOK_DB_PASSWORD:-}"
create_database trustpay_notification trustpay_notification "${NOTIFICATION_DB_PASSWORD:-}"
create_database trustpay_reconciliation trustpay_reconciliation "${RECONCILIATION_DB_PASSWORD:-}"
