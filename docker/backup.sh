#!/usr/bin/env bash
# Backup of dldc-access: everything it keeps is in its MariaDB database (the documents too, with their SHA-256),
# so one consistent dump is the whole backup; the organization file and the configuration are the installation's.
#   DLDC_DB_HOST=127.0.0.1 DLDC_DB_PORT=3306 DLDC_DB_USER=dldc DLDC_DB_PASSWORD=… DLDC_DB_NAME=dldc_access \
#     docker/backup.sh /backups/dldc-$(date +%F).sql.gz
# --single-transaction reads one snapshot without locking (InnoDB), so the nodes keep running meanwhile.
set -euo pipefail
out=${1:?usage: backup.sh FILE.sql.gz}
export MYSQL_PWD=${DLDC_DB_PASSWORD:-}
dump=$(command -v mariadb-dump || command -v mysqldump)
"$dump" --host="${DLDC_DB_HOST:-127.0.0.1}" --port="${DLDC_DB_PORT:-3306}" --user="${DLDC_DB_USER:-dldc}" \
  --single-transaction --quick --hex-blob --routines --triggers --default-character-set=utf8mb4 \
  "${DLDC_DB_NAME:-dldc_access}" | gzip > "$out.partial"
mv "$out.partial" "$out"
echo "backup written: $out ($(stat -c %s "$out") bytes)"
