-- A completed event publication never goes back to another status. Spring Modulith 2.1.1 claims a publication
-- for resubmission with "status != 'RESUBMITTED'", and marks one failed with "status != 'FAILED'": an instance
-- holding a list read a moment earlier can so claim, or fail, a publication that another instance has just
-- completed, and its listener runs a second time (spring-modulith #1935, fixed in 2.1.2). Skipping such an
-- update here makes the claim find no row, so the stale instance leaves the publication alone.
create function event_publication_keep_completed() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'COMPLETED' and new.status is distinct from 'COMPLETED' then
        return null;
    end if;
    return new;
end
$$;

create trigger event_publication_completed_stays_completed
    before update on event_publication
    for each row execute function event_publication_keep_completed();
