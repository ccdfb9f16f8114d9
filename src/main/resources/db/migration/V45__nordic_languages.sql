-- Every Nordic language of the interface: Finnish names for the device categories, and the language each
-- person chose, so that e-mail and documents sent to them when they are not signed in are in it too.
alter table device_category add column name_fi text;
update device_category set name_fi = case code
    when 'phones' then 'Matkapuhelimet'
    when 'tablets' then 'Tabletit'
    when 'laptops' then 'Kannettavat tietokoneet'
    when 'desktop-computers' then 'Pöytätietokoneet'
    when 'monitors-tvs' then 'Näytöt ja televisiot'
    when 'audio-headphones' then 'Äänentoisto ja kuulokkeet'
    when 'cameras' then 'Kamerat'
    when 'game-consoles' then 'Pelikonsolit'
    when 'printers' then 'Tulostimet'
    when 'wearables' then 'Älykellot ja aktiivisuusrannekkeet'
    when 'washing-machines' then 'Pesukoneet'
    when 'tumble-dryers' then 'Kuivausrummut'
    when 'dishwashers' then 'Astianpesukoneet'
    when 'fridges-freezers' then 'Jääkaapit ja pakastimet'
    when 'ovens-cookers' then 'Uunit ja liedet'
    when 'microwave-ovens' then 'Mikroaaltouunit'
    when 'small-kitchen-appliances' then 'Keittiön pienkoneet'
    when 'vacuum-cleaners' then 'Pölynimurit'
    when 'power-tools' then 'Sähkötyökalut'
    when 'garden-tools' then 'Puutarhatyökalut ja ruohonleikkurit'
    when 'e-bikes-e-scooters' then 'Sähköpyörät ja sähköpotkulaudat'
    when 'lighting' then 'Valaisimet'
    when 'other-electronics' then 'Muu elektroniikka'
end;
alter table device_category alter column name_fi set not null;

alter table app_user add column language text check (language in ('en', 'nb', 'sv', 'da', 'fi'));
comment on column app_user.language is 'The language the person last chose or browsed in while signed in; null until then.';
