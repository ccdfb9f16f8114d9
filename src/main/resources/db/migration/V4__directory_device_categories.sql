-- Directory: the kinds of devices sites offer services for, named in every language of the directory.
-- Positions leave gaps of ten so a category can be slotted in later without renumbering the others.
create table device_category (
    code     text primary key check (code ~ '^[a-z0-9-]+$'),
    name_en  text not null,
    name_nb  text not null,
    name_da  text not null,
    name_sv  text not null,
    position int not null unique
);

insert into device_category (code, name_en, name_nb, name_da, name_sv, position) values
    ('phones',                   'Phones',                       'Mobiltelefoner',                    'Mobiltelefoner',                 'Mobiltelefoner',                     10),
    ('tablets',                  'Tablets',                      'Nettbrett',                         'Tablets',                        'Surfplattor',                        20),
    ('laptops',                  'Laptops',                      'Bærbare PC-er',                     'Bærbare computere',              'Bärbara datorer',                    30),
    ('desktop-computers',        'Desktop computers',            'Stasjonære PC-er',                  'Stationære computere',           'Stationära datorer',                 40),
    ('monitors-tvs',             'Monitors and TVs',             'Skjermer og TV-er',                 'Skærme og fjernsyn',             'Bildskärmar och tv-apparater',       50),
    ('audio-headphones',         'Audio and headphones',         'Lyd og hodetelefoner',              'Lyd og hovedtelefoner',          'Ljud och hörlurar',                  60),
    ('cameras',                  'Cameras',                      'Kameraer',                          'Kameraer',                       'Kameror',                            70),
    ('game-consoles',            'Game consoles',                'Spillkonsoller',                    'Spillekonsoller',                'Spelkonsoler',                       80),
    ('printers',                 'Printers',                     'Skrivere',                          'Printere',                       'Skrivare',                           90),
    ('wearables',                'Smartwatches and wearables',   'Smartklokker og aktivitetsarmbånd', 'Smarture og aktivitetsarmbånd',  'Smartklockor och aktivitetsarmband', 100),
    ('washing-machines',         'Washing machines',             'Vaskemaskiner',                     'Vaskemaskiner',                  'Tvättmaskiner',                      110),
    ('tumble-dryers',            'Tumble dryers',                'Tørketromler',                      'Tørretumblere',                  'Torktumlare',                        120),
    ('dishwashers',              'Dishwashers',                  'Oppvaskmaskiner',                   'Opvaskemaskiner',                'Diskmaskiner',                       130),
    ('fridges-freezers',         'Fridges and freezers',         'Kjøleskap og frysere',              'Køleskabe og frysere',           'Kylskåp och frysar',                 140),
    ('ovens-cookers',            'Ovens and cookers',            'Stekeovner og komfyrer',            'Ovne og komfurer',               'Ugnar och spisar',                   150),
    ('microwave-ovens',          'Microwave ovens',              'Mikrobølgeovner',                   'Mikrobølgeovne',                 'Mikrovågsugnar',                     160),
    ('small-kitchen-appliances', 'Small kitchen appliances',     'Små kjøkkenapparater',              'Små køkkenmaskiner',             'Små köksapparater',                  170),
    ('vacuum-cleaners',          'Vacuum cleaners',              'Støvsugere',                        'Støvsugere',                     'Dammsugare',                         180),
    ('power-tools',              'Power tools',                  'Elektroverktøy',                    'El-værktøj',                     'Elverktyg',                          190),
    ('garden-tools',             'Garden tools and lawn mowers', 'Hageredskaper og gressklippere',    'Haveredskaber og plæneklippere', 'Trädgårdsredskap och gräsklippare',  200),
    ('e-bikes-e-scooters',       'E-bikes and e-scooters',       'Elsykler og elsparkesykler',        'Elcykler og elløbehjul',         'Elcyklar och elsparkcyklar',         210),
    ('lighting',                 'Lighting',                     'Belysning',                         'Belysning',                      'Belysning',                          220),
    ('other-electronics',        'Other electronics',            'Annen elektronikk',                 'Anden elektronik',               'Övrig elektronik',                   230);
