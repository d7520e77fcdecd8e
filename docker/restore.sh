#!/usr/bin/env bash
# Restore a docker/backup.sh dump into an EMPTY database (it refuses one that has tables), then check every stored
# document against its SHA-256. Start the application on it afterwards (DLDC_DB_URL naming that database).
#   DLDC_DB_HOST=… DLDC_DB_USER=root DLDC_DB_PASSWORD=… DLDC_DB_NAME=dldc_access_restored docker/restore.sh FILE.sql.gz
set -euo pipefail
in=${1:?usage: restore.sh FILE.sql.gz}
db=${DLDC_DB_NAME:-dldc_access}
export MYSQL_PWD=${DLDC_DB_PASSWORD:-}
client=$(command -v mariadb || command -v mysql)
sql() { "$client" --host="${DLDC_DB_HOST:-127.0.0.1}" --port="${DLDC_DB_PORT:-3306}" --user="${DLDC_DB_USER:-dldc}" \
  --default-character-set=utf8mb4 "$@"; }
sql -e "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables=$(sql -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$db'")
if [ "$tables" != "0" ]; then
  echo "database $db is not empty ($tables tables): restore into an empty one" >&2
  exit 1
fi
gunzip -c "$in" | sql "$db"
bad=$(sql -N "$db" -e "SELECT COUNT(*) FROM doc_document WHERE SHA2(content, 256) <> sha256")
docs=$(sql -N "$db" -e "SELECT COUNT(*) FROM doc_document")
if [ "$bad" != "0" ]; then
  echo "restored, but $bad of $docs documents fail their SHA-256" >&2
  exit 2
fi
echo "restored into $db: $docs documents, every SHA-256 verified"
