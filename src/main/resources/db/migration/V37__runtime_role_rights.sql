-- The application connects as a role of its own (spring.datasource.username, the placeholder runtime-role) that
-- owns nothing; the role running this migration owns every table. The runtime role may read and write what the
-- application needs, including tables later migrations create (the default privileges below, set by the owner),
-- but only append to the append-only tables (afterEachMigrate.sql takes back the rest after every migration):
-- without UPDATE, DELETE and TRUNCATE rights, and as it owns none of them, it can neither change their rows nor
-- disable their triggers. Not being a superuser, it cannot set session_replication_role either. When the
-- application connects as the owner itself, nothing changes here.
do $$
declare
    runtime text := '${runtime-role}';
begin
    if runtime = '' or runtime = current_user then
        raise notice 'The application connects as the owner of the schema: no rights to grant';
        return;
    end if;
    execute format('grant select, insert, update, delete on all tables in schema public to %I', runtime);
    execute format('grant usage, select on all sequences in schema public to %I', runtime);
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', runtime);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', runtime);
    -- Keys are never deleted and their public key never changes; rotation only retires the active one.
    execute format('revoke update, delete on stamp_signing_key from %I', runtime);
    execute format('grant update (retired_at) on stamp_signing_key to %I', runtime);
    -- Only migrations write the migration history.
    execute format('revoke insert, update, delete on %I from %I', '${flyway:table}', runtime);
end
$$;
