-- A warranty runs in whole days of the seller's country: its time zone is fixed at the sale, with the
-- warranty, instead of being looked up through the order, the listing and the site each time it is shown.
-- A warranty whose site is gone counts in UTC, as the lookup did.
alter table warranty add column time_zone text;

update warranty w set time_zone = coalesce((
        select case s.country
                when 'NO' then 'Europe/Oslo'
                when 'DK' then 'Europe/Copenhagen'
                when 'SE' then 'Europe/Stockholm'
                when 'FI' then 'Europe/Helsinki'
                when 'IS' then 'Atlantic/Reykjavik' end
        from market_order o join listing l on l.id = o.listing_id join site s on s.id = l.site_id
        where o.id = w.order_id), 'UTC');

alter table warranty alter column time_zone set not null;
