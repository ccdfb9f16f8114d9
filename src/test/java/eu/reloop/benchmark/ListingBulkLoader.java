package eu.reloop.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import eu.reloop.market.Listings;

/**
 * Writes generated listings straight into the market tables with COPY, each with the rows its foreign keys
 * need: a stamp application, a stamp (one real signing key, which signs the stamp log's head, but fake
 * signatures on the stamps: nothing verifies them here) and the
 * listing, at a site of a certified organisation of the loaded directory, so that every listing is
 * searchable. Rows are generated while they stream, so a million of them need little memory. Repeatable
 * from the seed; everything is dated before the reindex starts.
 */
final class ListingBulkLoader {

    /** How much went in, for the report. */
    record Loaded(int listings, int sellerSites, long rows) {
    }

    /** A site of a certified organisation: where listings are. */
    private record SellerSite(UUID siteId, UUID organisationId, String currency) {
    }

    /** An item the generator lists: category, brand, model, price range in euros, whether it has a battery. */
    private record Item(String category, String brand, String model, int minEuros, int maxEuros, boolean battery) {
    }

    private static final List<Item> CATALOGUE = List.of(
            new Item("phones", "Apple", "iPhone 13", 300, 600, true),
            new Item("phones", "Apple", "iPhone 14 Pro", 500, 900, true),
            new Item("phones", "Samsung", "Galaxy S22", 250, 500, true),
            new Item("phones", "Fairphone", "5", 300, 450, true),
            new Item("phones", "Google", "Pixel 7", 200, 400, true),
            new Item("tablets", "Apple", "iPad Air", 300, 600, true),
            new Item("tablets", "Samsung", "Galaxy Tab S8", 250, 500, true),
            new Item("laptops", "Lenovo", "ThinkPad T14", 350, 800, true),
            new Item("laptops", "Apple", "MacBook Air M1", 500, 900, true),
            new Item("laptops", "Dell", "Latitude 7420", 300, 700, true),
            new Item("washing-machines", "Miele", "WWD 320", 400, 900, false),
            new Item("washing-machines", "Bosch", "Serie 6", 250, 600, false),
            new Item("fridges-freezers", "Electrolux", "LNT7ME34X", 300, 700, false),
            new Item("game-consoles", "Sony", "PlayStation 5", 300, 450, false),
            new Item("audio-headphones", "Sony", "WH-1000XM4", 120, 250, true),
            new Item("cameras", "Canon", "EOS R6", 900, 1600, true));
    private static final String[] GRADES = {"PREMIUM", "EXCELLENT", "GOOD", "FAIR"};
    private static final String[] VARIANTS = {"128 GB", "256 GB", "black", "white", "silver", "with charger", ""};
    private static final int CHUNK_ROWS = 10_000;

    private ListingBulkLoader() {
    }

    /** The device categories the generated listings are in. */
    static List<String> categories() {
        return CATALOGUE.stream().map(Item::category).distinct().sorted().toList();
    }

    /** Inserts {@code count} listings and analyses the tables. */
    static Loaded load(Connection connection, int count, long seed, Instant writtenAt) throws SQLException {
        List<SellerSite> sites = sellerSites(connection);
        if (sites.isEmpty()) {
            throw new IllegalStateException("No certified organisation's site to list at");
        }
        Random random = new Random(seed);
        Instant written = writtenAt.truncatedTo(ChronoUnit.MILLIS);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            insertSigningKey(connection);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long rows = 1;
            // One table at a time (COPY allows one at a time per connection), each regenerated from the seed.
            for (String table : List.of("stamp_application", "stamp", "listing")) {
                random.setSeed(seed);
                CopyIn in = copy.copyIn("copy " + columns(table) + " from stdin with (format csv)");
                CsvRows chunk = new CsvRows();
                for (int i = 0; i < count; i++) {
                    row(table, chunk, i, random, sites, written);
                    if (chunk.rows() == CHUNK_ROWS || i + 1 == count) {
                        byte[] bytes = chunk.text().getBytes(StandardCharsets.UTF_8);
                        in.writeToCopy(bytes, 0, bytes.length);
                        chunk.clear();
                    }
                }
                rows += in.endCopy();
            }
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("analyze stamp_application, stamp, listing");
            return new Loaded(count, sites.size(), rows);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String columns(String table) {
        return switch (table) {
            case "stamp_application" -> "stamp_application (id, organisation_id, status, category, report, stamp_code, "
                    + "created_at, updated_at, submitted_at)";
            case "stamp" -> "stamp (code, application_id, organisation_id, category, brand, model, serial_number, grade, "
                    + "report, issued_at, certifier, signed_payload, signature, key_id)";
            default -> "listing (id, organisation_id, stamp_code, category, brand, model, grade, battery_health, site_id, "
                    + "title, description, currency, price, pickup, shipping_price, status, listed_at, updated_at)";
        };
    }

    /** One row of the table for listing {@code i}; the same draws in the same order for every table. */
    private static void row(String table, CsvRows out, int i, Random random, List<SellerSite> sites,
            Instant written) {
        SellerSite site = sites.get(random.nextInt(sites.size()));
        Item item = CATALOGUE.get(random.nextInt(CATALOGUE.size()));
        String grade = GRADES[random.nextInt(GRADES.length)];
        Integer battery = item.battery() ? 80 + random.nextInt(21) : null;
        String variant = VARIANTS[random.nextInt(VARIANTS.length)];
        int euros = item.minEuros() + random.nextInt(item.maxEuros() - item.minEuros() + 1);
        Instant listedAt = written.minusSeconds(random.nextInt(90 * 24 * 3600));
        String code = String.format(Locale.ROOT, "BM%08d", i);
        UUID applicationId = new UUID(0x5A5A_0000_0000_4000L, 0x8000_0000_0000_0000L | i);
        switch (table) {
            case "stamp_application" -> out.row(applicationId, site.organisationId(), "APPROVED", item.category(), "{}",
                    code, listedAt, listedAt, listedAt);
            case "stamp" -> out.row(code, applicationId, site.organisationId(), item.category(), item.brand(),
                    item.model(), "SN" + i, grade, "{}", listedAt, "Benchmark certifier", "{}", "-", "benchmark");
            default -> out.row(new UUID(0x1157_0000_0000_4000L, 0x8000_0000_0000_0000L | i), site.organisationId(),
                    code, item.category(), item.brand(), item.model(), grade, battery, site.siteId(),
                    (item.brand() + " " + item.model() + " " + variant).strip(),
                    "Refurbished " + item.model() + ", checked and stamped. Grade " + grade.toLowerCase(Locale.ROOT) + ".",
                    site.currency(), price(euros, site.currency()), true, null, "ON_SALE", listedAt, listedAt);
        }
    }

    /** The price in the site's currency, rounded the way shops round it. */
    private static String price(int euros, String currency) {
        int amount = switch (currency) {
            case "NOK", "SEK" -> euros * 11 / 10 * 10 - 1;
            case "DKK" -> euros * 75 / 100 * 10 - 5;
            default -> euros;
        };
        return amount + ".00";
    }

    /** Sites of organisations whose certificate is in force, with their country's currency. */
    private static List<SellerSite> sellerSites(Connection connection) throws SQLException {
        List<SellerSite> sites = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select s.id, s.organisation_id, s.country from site s
                        where exists (select 1 from certificate c where c.organisation_id = s.organisation_id
                                      and c.state = 'ACTIVE' and c.valid_from <= now() and c.valid_to > now())
                        order by s.id""")) {
            while (rows.next()) {
                sites.add(new SellerSite(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        Listings.currencyOf(rows.getString(3).strip())));
            }
        }
        return sites;
    }

    /**
     * A real public key, retired: the stamps only refer to it, and the stamp log signs its head with a key of its
     * own, made in the key folder on the first head asked for.
     */
    private static void insertSigningKey(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into stamp_signing_key "
                + "(key_id, public_key, created_at, retired_at) values ('benchmark', ?, now(), now())")) {
            insert.setBytes(1, KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
            insert.executeUpdate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot make Ed25519 keys", e);
        }
    }
}
