#!/bin/sh
# The role ReLoop connects as: it owns nothing and is no superuser; ReLoop's migrations, run as POSTGRES_USER,
# grant it what it needs. The postgres image runs this once, when it initialises an empty data volume.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v password="$RELOOP_APP_PASSWORD" <<'SQL'
create role reloop_app login password :'password';
SQL
