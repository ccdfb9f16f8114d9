-- A hand-in keeps where it was booked (the site's name, address and country then): the directory may rename or remove
-- the site later, and the hand-in module reads no table of the directory's. Without a foreign key, as listings and
-- repair forms keep theirs, so that a site that took hand-ins can still be removed.
alter table handin add column site_name text, add column site_address text, add column site_country text;
update handin h set site_name = s.name, site_address = s.street || ', ' || s.postcode || ' ' || s.town,
                    site_country = s.country
from site s where s.id = h.site_id;
alter table handin alter column site_name set not null, alter column site_address set not null,
                   alter column site_country set not null;
alter table handin drop constraint handin_site_id_fkey;
