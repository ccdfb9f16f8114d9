package eu.reloop.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import eu.reloop.demo.DirectoryGenerator.GeneratedOrganisation;
import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.OpeningException;
import eu.reloop.directory.Offering;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.SiteDetails;
import eu.reloop.directory.WeeklyOpening;

/**
 * Writes generated organisations straight into the directory tables with PostgreSQL's COPY, in one
 * transaction. Registering 50,000 organisations through the directory service would take many minutes
 * and publish an event per change; the benchmark indexes everything afterwards with one full reindex.
 */
final class DirectoryBulkLoader {

    /** How much went in, for the report. */
    record Loaded(int organisations, int sites, long rows) {
    }

    private DirectoryBulkLoader() {
    }

    /**
     * Inserts {@code directory} and analyses the tables. Ids come from {@code seed}, so a run is repeatable;
     * every row is dated {@code writtenAt}, before the reindex starts, so the reindex does not write them twice.
     */
    static Loaded load(Connection connection, List<GeneratedOrganisation> directory, long seed, Instant writtenAt)
            throws SQLException, IOException {
        Random ids = new Random(seed);
        CsvRows organisations = new CsvRows();
        CsvRows sites = new CsvRows();
        CsvRows weekly = new CsvRows();
        CsvRows exceptions = new CsvRows();
        CsvRows offerings = new CsvRows();
        CsvRows certificates = new CsvRows();
        Instant siteCreated = writtenAt.truncatedTo(ChronoUnit.MILLIS);
        for (GeneratedOrganisation generated : directory) {
            UUID organisationId = uuid(ids);
            var details = generated.details();
            organisations.row(organisationId, generated.kind().name(), details.legalName(), details.country(),
                    details.organisationNumber(), details.description(), details.website(), details.phone(),
                    details.email(), array(details.languages()), writtenAt, writtenAt);
            certificate(certificates, organisationId, generated, writtenAt);
            for (SiteDetails site : generated.sites()) {
                UUID siteId = uuid(ids);
                // Distinct creation times keep the directory's "sites in the order they were added" stable.
                siteCreated = siteCreated.plusNanos(1_000);
                sites.row(siteId, organisationId, site.name(), site.address().street(), site.address().postcode(),
                        site.address().town(), site.address().country(), site.location().latitude(),
                        site.location().longitude(), siteCreated);
                for (WeeklyOpening opening : site.hours().weekly()) {
                    weekly.row(siteId, opening.day().getValue(), opening.opens(), opening.closes());
                }
                for (OpeningException exception : site.hours().exceptions()) {
                    exceptions.row(siteId, exception.date(), exception.opens(), exception.closes(), exception.note());
                }
                for (Offering offering : site.offerings()) {
                    offerings.row(siteId, offering.categoryCode(), offering.service().name());
                }
            }
        }

        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long rows = copy(copy, organisations, "organisation (id, kind, legal_name, country, organisation_number, "
                    + "description, website, phone, email, languages, created_at, updated_at)")
                    + copy(copy, sites, "site (id, organisation_id, name, street, postcode, town, country, latitude, "
                    + "longitude, created_at)")
                    + copy(copy, weekly, "site_weekly_opening (site_id, day_of_week, opens, closes)")
                    + copy(copy, exceptions, "site_opening_exception (site_id, on_date, opens, closes, note)")
                    + copy(copy, offerings, "site_offering (site_id, category_code, service)")
                    + copy(copy, certificates, "certificate (number, organisation_id, kind, categories, services, "
                    + "valid_from, valid_to, certifier, state)");
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("analyze organisation, site, site_weekly_opening, site_opening_exception, site_offering, "
                        + "certificate");
            }
            return new Loaded(organisations.rows(), sites.rows(), rows);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * The certificate the generated status calls for, as the demo data gives it: in force, suspended or
     * run out; collection points and uncertified organisations get none.
     */
    private static void certificate(CsvRows certificates, UUID organisationId, GeneratedOrganisation generated,
            Instant writtenAt) {
        CertificationStatus status = generated.certification();
        if (generated.kind() == OrganisationKind.COLLECTION_POINT || status == CertificationStatus.NOT_CERTIFIED) {
            return;
        }
        Instant from = writtenAt.minus(status == CertificationStatus.EXPIRED ? 1200 : 400, ChronoUnit.DAYS);
        Set<String> categories = new TreeSet<>();
        Set<String> services = new TreeSet<>();
        generated.sites().forEach(site -> site.offerings().forEach(offering -> {
            categories.add(offering.categoryCode());
            services.add(offering.service().name());
        }));
        certificates.row("RLC-2025-%06d".formatted(certificates.rows() + 1), organisationId, generated.kind().name(),
                array(categories), array(services), from, from.plus(1095, ChronoUnit.DAYS), "Benchmark certifier",
                status == CertificationStatus.SUSPENDED ? "SUSPENDED" : "ACTIVE");
    }

    /** A PostgreSQL array literal. */
    private static String array(Collection<String> values) {
        return "{" + String.join(",", values.stream().sorted().toList()) + "}";
    }

    private static long copy(CopyManager copy, CsvRows csv, String table) throws SQLException, IOException {
        return copy.copyIn("copy " + table + " from stdin with (format csv)", new StringReader(csv.text()));
    }

    /** A random (version 4) UUID drawn from the seeded generator. */
    private static UUID uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
