-- A repair of an item that carries a quality stamp: the stamp's code (as stored, without hyphens), given by the
-- consumer when asking, so that the recorded outcome goes into the stamp's log. No foreign key: the repair module
-- reads no table of the stamp registry's, and the registry checks the code when the request is made.
alter table repair_request add column stamp_code text;
