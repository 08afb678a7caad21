-- Where each town of the gazetteer lies, for the public map: latitude and longitude in degrees (WGS 84) of the
-- town's centre, rounded to a hundredth of a degree (about a kilometre; the map draws dots, not streets).
-- Regions and countries have no point: an incident known only to its region is counted on the region's tile.
-- Source: the towns' centre coordinates as GeoNames (geonames.org, CC BY 4.0) gives them, rounded here.
-- PlaceCoordinatesTest checks that every Kazakh town lies within Kazakhstan's Natural Earth outline (the map's)
-- and that the towns lie where the country's geography puts them relative to each other.
alter table place
    add column latitude  numeric(5, 2) check (latitude between -90 and 90),
    add column longitude numeric(5, 2) check (longitude between -180 and 180),
    add constraint place_point_whole check ((latitude is null) = (longitude is null)),
    add constraint place_point_of_a_town check (latitude is null or kind in ('city_of_republican_significance',
                                                                          'city', 'town', 'village'));

update place p set latitude = v.lat, longitude = v.lon
from (values
    -- cities of republican significance
    ('kz-astana', 51.18, 71.45),
    ('kz-almaty', 43.26, 76.93),
    ('kz-shymkent', 42.32, 69.59),
    -- regional centres
    ('kz-semey', 50.42, 80.25),
    ('kz-kokshetau', 53.28, 69.39),
    ('kz-aktobe', 50.28, 57.21),
    ('kz-konaev', 43.87, 77.07),
    ('kz-atyrau', 47.12, 51.88),
    ('kz-oskemen', 49.97, 82.61),
    ('kz-taraz', 42.90, 71.37),
    ('kz-taldykorgan', 45.02, 78.37),
    ('kz-karaganda', 49.80, 73.10),
    ('kz-kostanay', 53.21, 63.62),
    ('kz-kyzylorda', 44.85, 65.51),
    ('kz-aktau', 43.65, 51.17),
    ('kz-petropavl', 54.87, 69.15),
    ('kz-pavlodar', 52.29, 76.97),
    ('kz-turkistan', 43.30, 68.25),
    ('kz-zhezkazgan', 47.78, 67.77),
    ('kz-oral', 51.23, 51.37),
    -- other towns
    ('kz-temirtau', 50.05, 72.96),
    -- foreign cities the seeds mention
    ('ua-kyiv', 50.45, 30.52),
    ('pl-warsaw', 52.23, 21.01),
    ('ru-moscow', 55.76, 37.62),
    ('uz-tashkent', 41.30, 69.24)
) as v(code, lat, lon)
where p.code = v.code;
