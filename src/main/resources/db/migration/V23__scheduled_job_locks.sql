-- ShedLock's table: one row per scheduled job, held by the instance running it until lock_until.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
