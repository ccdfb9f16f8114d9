package eu.reloop.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import eu.reloop.benchmark.SearchMix.LocationSearch;
import eu.reloop.directory.SiteTimeZones;

/**
 * The same location search answered by PostgreSQL alone, as well as it can: the cube and earthdistance
 * extensions, a GiST index on {@code ll_to_earth(latitude, longitude)}, the hits nearest first through a
 * KNN index scan ({@code <->}), the total through an index-backed {@code earth_box} plus the exact
 * {@code earth_distance}, and everything a hit shows (kind, names, address, badge, categories, services,
 * open now), in one round trip.
 */
final class PostgresLocationSearch implements AutoCloseable {

    /** earthdistance's {@code earth()}: it computes on a sphere of this radius. */
    private static final double EARTH_RADIUS_POSTGRES_M = 6_378_168;
    /** Elasticsearch's arc distance (and {@code GeoPoint.distanceKm}) use the mean earth radius. */
    private static final double EARTH_RADIUS_ELASTICSEARCH_M = 6_371_008.7714;
    /** Metres on earthdistance's sphere per metre on Elasticsearch's, so both draw the same circle. */
    private static final double SCALE = EARTH_RADIUS_POSTGRES_M / EARTH_RADIUS_ELASTICSEARCH_M;

    private static final String WITHIN_RADIUS = """
            earth_box(ll_to_earth(:lat, :lon), :radius) @> ll_to_earth(s.latitude, s.longitude)
              and earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(s.latitude, s.longitude)) <= :radius
            """;
    private static final String OF_CATEGORY = """
              and exists (select 1 from site_offering f where f.site_id = s.id and f.category_code = :category)
            """;
    /*
     * The hits are the nearest sites, walked in order through the GiST index (KNN) until there are enough,
     * and then cut at the radius: the same as "within the radius, nearest first", without reading every site
     * in the radius. Written with the earth_box condition too, the planner (which guesses box containment
     * to be very selective) reads and sorts all of them instead, which made the whole search about 1.6 times
     * slower here. The total needs them all anyway: the box through the index, then the exact distance.
     */
    private static final String SEARCH = """
            with nearest as (
                select s.id, s.organisation_id, s.name, s.street, s.postcode, s.town, s.country,
                       s.latitude, s.longitude,
                       earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(s.latitude, s.longitude)) as distance
                from site s
                where true %1$s
                order by ll_to_earth(s.latitude, s.longitude) <-> ll_to_earth(:lat, :lon)
                limit :size
            ),
            hits as (
                select * from nearest where distance <= :radius
            )
            select h.*, o.kind, o.legal_name,
                   case when exists (select 1 from certificate c where c.organisation_id = o.id and c.state = 'ACTIVE'
                                     and c.valid_to > cast(:now as timestamptz))
                        then 'CERTIFIED' else 'NOT_CERTIFIED' end as certification,
                   array(select distinct f.category_code from site_offering f where f.site_id = h.id) as categories,
                   array(select distinct f.service from site_offering f where f.site_id = h.id) as services,
                   case when exists (select 1 from site_opening_exception e
                                     where e.site_id = h.id and e.on_date = cast(l.local as date))
                        then exists (select 1 from site_opening_exception e
                                     where e.site_id = h.id and e.on_date = cast(l.local as date)
                                       and cast(l.local as time) >= e.opens and cast(l.local as time) < e.closes)
                        else exists (select 1 from site_weekly_opening w
                                     where w.site_id = h.id and w.day_of_week = extract(isodow from l.local)
                                       and cast(l.local as time) >= w.opens and cast(l.local as time) < w.closes)
                   end as open_now,
                   (select count(*) from site s where %2$s %1$s) as total
            from hits h
            join organisation o on o.id = h.organisation_id
            cross join lateral (select cast(:now as timestamptz) at time zone %3$s as local) l
            order by h.distance, h.id
            """;

    /** One hit as the API would show it; read in full so that PostgreSQL does the same work as the API. */
    record SiteHit(UUID siteId, UUID organisationId, String kind, String name, String siteName, String address,
            double latitude, double longitude, double distanceMetres, String certification, List<String> categories,
            List<String> services, boolean openNow) {
    }

    /** The first hits and how many there are in all (none means none within the radius). */
    record Page(List<SiteHit> hits, long total) {

        SearchAnswer answer() {
            return new SearchAnswer(hits.stream()
                    .map(hit -> new SearchAnswer.Hit(hit.siteId().toString(), hit.distanceMetres())).toList(), total);
        }
    }

    private final Connection connection;
    private final NamedStatement withoutCategory;
    private final NamedStatement withCategory;

    PostgresLocationSearch(Connection connection) throws SQLException {
        this.connection = connection;
        String zone = timeZoneOfCountry();
        this.withoutCategory = new NamedStatement(connection, SEARCH.formatted("", WITHIN_RADIUS, zone));
        this.withCategory = new NamedStatement(connection, SEARCH.formatted(OF_CATEGORY, WITHIN_RADIUS, zone));
    }

    /** The extensions and the index the search needs; the extensions ship with the embedded binaries. */
    static void createIndex(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists cube");
            statement.execute("create extension if not exists earthdistance");
            statement.execute("create index if not exists site_by_earth_location on site using gist "
                    + "(ll_to_earth(latitude, longitude))");
            statement.execute("analyze site");
        }
    }

    /**
     * Switches JIT compilation off for this session when the server has it: it costs more than it saves on
     * queries this short. Returns what the report says about it.
     */
    String disableJit() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet available = statement.executeQuery("select pg_jit_available()")) {
            available.next();
            if (!available.getBoolean(1)) {
                return "JIT not available in this build";
            }
            statement.execute("set jit = off");
            return "JIT switched off for the session";
        }
    }

    /** The hits, read in full, and the total. */
    Page search(LocationSearch search, Instant now) throws SQLException {
        PreparedStatement statement = bind(search, now);
        List<SiteHit> hits = new ArrayList<>(SearchMix.HITS);
        long total = 0;
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                hits.add(new SiteHit(rows.getObject("id", UUID.class), rows.getObject("organisation_id", UUID.class),
                        rows.getString("kind"), rows.getString("legal_name"), rows.getString("name"),
                        rows.getString("street") + ", " + rows.getString("postcode") + " " + rows.getString("town"),
                        rows.getDouble("latitude"), rows.getDouble("longitude"),
                        rows.getDouble("distance") / SCALE, rows.getString("certification"),
                        strings(rows.getArray("categories")), strings(rows.getArray("services")),
                        rows.getBoolean("open_now")));
                total = rows.getLong("total");
            }
        }
        return new Page(hits, total);
    }

    /**
     * PostgreSQL's plan for one search, to show whether the index answers both the radius and the order.
     * With {@code indexOrderOnly}, sorting is switched off for the moment, which shows whether the KNN
     * ordering can be used at all when the planner prefers another plan.
     */
    String plan(LocationSearch search, Instant now, boolean indexOrderOnly) throws SQLException {
        try (Statement settings = connection.createStatement()) {
            if (indexOrderOnly) {
                settings.execute("set enable_sort = off");
                settings.execute("set enable_bitmapscan = off");
            }
            try {
                return plan(search, now);
            } finally {
                settings.execute("reset enable_sort");
                settings.execute("reset enable_bitmapscan");
            }
        }
    }

    /** Whether a plan walks the GiST index nearest first. */
    static boolean ordersByKnn(String plan) {
        return plan.lines().anyMatch(line -> line.contains("Order By:") && line.contains("<->"));
    }

    private String plan(LocationSearch search, Instant now) throws SQLException {
        NamedStatement named = search.hasCategory() ? withCategory : withoutCategory;
        try (NamedStatement explain = new NamedStatement(connection, "explain (costs off) " + named.sql)) {
            explain.bind(search, now);
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = explain.statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        }
    }

    private PreparedStatement bind(LocationSearch search, Instant now) throws SQLException {
        NamedStatement named = search.hasCategory() ? withCategory : withoutCategory;
        named.bind(search, now);
        return named.statement;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** The site's time zone from its country, as the directory keeps opening hours. */
    private static String timeZoneOfCountry() {
        return List.of("NO", "DK", "SE", "FI", "IS").stream()
                .map(country -> "when '" + country + "' then '" + SiteTimeZones.of(country).getId() + "'")
                .collect(Collectors.joining(" ", "(case h.country ", " end)"));
    }

    @Override
    public void close() throws SQLException {
        withoutCategory.close();
        withCategory.close();
    }

    /** A prepared statement written with {@code :name} parameters, each of which may appear several times. */
    private static final class NamedStatement implements AutoCloseable {

        private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-z]+)");

        private final String sql;
        private final List<String> names = new ArrayList<>();
        private final PreparedStatement statement;

        NamedStatement(Connection connection, String sql) throws SQLException {
            this.sql = sql;
            Matcher matcher = PARAMETER.matcher(sql);
            StringBuilder positional = new StringBuilder();
            while (matcher.find()) {
                names.add(matcher.group(1));
                matcher.appendReplacement(positional, "?");
            }
            matcher.appendTail(positional);
            this.statement = connection.prepareStatement(positional.toString());
        }

        void bind(LocationSearch search, Instant now) throws SQLException {
            Map<String, Object> values = new java.util.HashMap<>(Map.of(
                    "lat", search.origin().latitude(),
                    "lon", search.origin().longitude(),
                    "radius", search.radiusKm() * 1000 * SCALE,
                    "size", SearchMix.HITS,
                    "now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
            if (search.hasCategory()) {
                values.put("category", search.category());
            }
            for (int i = 0; i < names.size(); i++) {
                Object value = values.get(names.get(i));
                if (value == null) {
                    throw new IllegalStateException("No value for :" + names.get(i));
                }
                statement.setObject(i + 1, value);
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}
