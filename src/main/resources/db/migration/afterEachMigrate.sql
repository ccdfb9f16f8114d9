-- Flyway runs this after every migration, inside its lock. A table with an append-only trigger (its function is
-- named ..._is_append_only) is append-only for the application's role too: the default privileges of V37 give the
-- role of every new table read and write, and this takes back what the trigger refuses, so that whoever holds the
-- application's role cannot change such a table, trigger or no trigger. Nothing to do while the application
-- connects as the owner.
do $$
declare
    runtime text := '${runtime-role}';
    append_only regclass;
begin
    if runtime = '' or runtime = current_user then
        return;
    end if;
    for append_only in select distinct t.tgrelid::regclass from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                       where p.proname like '%\_is\_append\_only' and not t.tgisinternal loop
        execute format('revoke update, delete, truncate on %s from %I', append_only, runtime);
    end loop;
end
$$;
