package eu.reloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.reloop.TestSecurity;
import eu.reloop.TestServices;
import eu.reloop.embedded.LocalPostgres;
import eu.reloop.handin.ErasureCertificates;
import eu.reloop.handin.HandIn;
import eu.reloop.handin.HandInDevice;
import eu.reloop.handin.HandInFlag;
import eu.reloop.handin.HandInFlags;
import eu.reloop.handin.HandInOutcomes;
import eu.reloop.handin.HandInStatus;
import eu.reloop.handin.HandIns;
import eu.reloop.handin.Outcome;
import eu.reloop.identity.Role;
import eu.reloop.identity.UserAccounts;
import eu.reloop.repair.OpenRepairData;
import eu.reloop.repair.OrdsRecord;

/**
 * The first-run default: no database URL, so the application starts its own PostgreSQL in the data
 * folder and loads the demo accounts. (Search points at the shared test node to save a second one.)
 */
@Tag("own-context")
@SpringBootTest
class EmbeddedDefaultTests {

    private static final Path DATA = TestServices.temporaryFolder("embedded-default-");

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry properties) {
        properties.add("reloop.embedded.postgres.data-dir", () -> DATA.resolve("postgres").toString());
        properties.add("reloop.stamp.key-directory", () -> DATA.resolve("keys").toString());
        properties.add("reloop.elasticsearch.url", () -> TestServices.elasticsearch().url().toString());
    }

    @Autowired
    LocalPostgres postgres;

    @Autowired
    UserAccounts accounts;

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HandIns handIns;

    @Autowired
    HandInOutcomes outcomes;

    @Autowired
    HandInFlags flags;

    @Autowired
    ErasureCertificates certificates;

    @Autowired
    OpenRepairData openData;

    @Test
    void startsItsOwnPostgresInTheConfiguredFolder() {
        assertThat(postgres.isRunning()).isTrue();
        assertThat(postgres.dataDirectory()).isEqualTo(DATA.resolve("postgres").toAbsolutePath());
        assertThat(jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single())
                .isGreaterThanOrEqualTo(170000);
    }

    /** The roles a production database has; the demo stamps' key is a file that only its owner reads. */
    @Test
    void connectsAsARoleThatOwnsNothingAndKeepsTheStampKeyInAFile() throws Exception {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(LocalPostgres.RUNTIME);
        assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'stamp_log_entry'").query(String.class)
                .single()).isEqualTo(LocalPostgres.OWNER);
        String keyId = jdbc.sql("select key_id from stamp_signing_key where retired_at is null").query(String.class).single();
        Path file = DATA.resolve("keys").resolve(keyId + ".pem");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void loadsOneDemoAccountPerRole() {
        assertThat(accounts.findByEmail(DemoData.ADMIN_EMAIL).orElseThrow().roles()).containsExactly(Role.ADMIN);
        for (String email : new String[] {"certifier", "centre", "repairer", "consumer"}) {
            assertThat(accounts.findByEmail(email + "@reloop.demo")).as(email).isPresent();
        }
        assertThat(jdbc.sql("""
                select count(*) from organisation_membership m join app_user u on u.id = m.user_id
                where u.email in ('centre@reloop.demo', 'repairer@reloop.demo')""").query(Integer.class).single())
                .as("the centre's, the demo repairer's and the certified workshop's in Oslo").isEqualTo(3);
    }

    /** Something in every repair page at once: the repairer's inbox, the consumer's compare page, the open data. */
    @Test
    void theDemoConsumerHasRepairRequestsInEveryState() {
        assertThat(jdbc.sql("select status from repair_request where consumer_email = 'consumer@reloop.demo'")
                .query(String.class).list()).containsExactlyInAnyOrder("ASKED", "ASKED", "BOOKED", "READY", "COLLECTED",
                        "COLLECTED");
        assertThat(jdbc.sql("select status from repair_offer").query(String.class).list())
                .contains("WAITING", "OFFERED", "DECLINED", "ACCEPTED", "NOT_CHOSEN");
        assertThat(jdbc.sql("""
                select count(*) from repair_offer o join organisation_membership m on m.organisation_id = o.organisation_id
                     join app_user u on u.id = m.user_id
                where u.email = 'repairer@reloop.demo'""").query(Integer.class).single())
                .as("the first Oslo workshop's: declined by the other, compared, booked, ready").isEqualTo(4);
        assertThat(openData.records()).extracting(OrdsRecord::repairStatus)
                .containsExactlyInAnyOrder("Fixed", "End of life", "Fixed");
        assertThat(jdbc.sql("select count(*) from stamp_log_entry where event = 'REPAIRED'").query(Integer.class).single())
                .as("the stamped device's repair").isEqualTo(1);
    }

    @Test
    void everyDemoListingShowsADrawnPictureOfItsKindOfDevice() {
        assertThat(jdbc.sql("select count(*) from listing").query(Integer.class).single()).isGreaterThan(50);
        assertThat(jdbc.sql("""
                select count(*) from listing l
                where not exists (select 1 from listing_photo p where p.listing_id = l.id)""").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select distinct content_type from listing_photo").query(String.class).list())
                .containsExactly("image/jpeg");
        assertThat(jdbc.sql("select max(length(content)) from listing_photo").query(Integer.class).single())
                .isLessThan(60_000);
        // One picture per category, and a different one for each.
        assertThat(jdbc.sql("""
                select count(distinct l.category) = count(distinct md5(p.content))
                from listing l join listing_photo p on p.listing_id = l.id""").query(Boolean.class).single()).isTrue();
    }

    /** The desk, "My hand-ins", the certifiers' flags and the public certificate check all have something to show. */
    @Test
    void theDemoConsumersHandInsAreInEveryStateAndTwoAreFlagged() {
        List<HandIn> mine = TestSecurity.as(DemoHandIns.OWNER, handIns::mine, Role.CONSUMER.authority());
        assertThat(mine).extracting(HandIn::status).contains(HandInStatus.BOOKED, HandInStatus.RECEIVED);
        List<HandInDevice> devices = mine.stream().flatMap(handIn -> handIn.devices().stream()).toList();
        assertThat(devices).extracting(device -> device.outcome() == null ? null : device.outcome().kind())
                .contains(Outcome.Kind.REFURBISHED, Outcome.Kind.RECYCLED, Outcome.Kind.HANDED_OVER, null);
        assertThat(devices).filteredOn(device -> device.certificateCode() != null).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(device -> assertThat(certificates.verify(device.certificateCode()))
                        .hasValueSatisfying(certificate -> assertThat(certificate.signatureValid()).isTrue()));
        assertThat(TestSecurity.as("certifier@reloop.demo", flags::all, Role.CERTIFIER.authority()))
                .extracting(HandInFlag::kind)
                .containsExactlyInAnyOrder(HandInFlag.Kind.OVERDUE, HandInFlag.Kind.UNCONFIRMED_HAND_OVER);
        UUID centre = jdbc.sql("select id from organisation where legal_name like 'Gjenbrukssentralen Grønland%'")
                .query(UUID.class).single();
        assertThat(TestSecurity.as("centre@reloop.demo", () -> outcomes.awaitingConfirmation(centre),
                Role.REUSE_CENTRE.authority())).hasSize(1);
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        int organisations = jdbc.sql("select count(*) from organisation").query(Integer.class).single();

        demoData.run(null);

        assertThat(jdbc.sql("select count(*) from organisation").query(Integer.class).single()).isEqualTo(organisations);
    }
}
