-- A listing's title is a name like any other (TextLimits.NAME, 200 characters), no longer 120; the
-- table keeps the rule as a last guard.
alter table listing drop constraint listing_title_check;
alter table listing add constraint listing_title_check check (length(title) between 3 and 200);
