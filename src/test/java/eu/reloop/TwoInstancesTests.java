package eu.reloop;

import static eu.reloop.directory.DirectoryFixtures.details;
import static eu.reloop.directory.DirectoryFixtures.north;
import static eu.reloop.directory.DirectoryFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.certification.Scope;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.Role;
import eu.reloop.market.Checkout;
import eu.reloop.market.Listing;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.payment.FakeStripe;
import eu.reloop.search.CuttableProxy;
import eu.reloop.search.OrganisationHit;
import eu.reloop.search.OrganisationQuery;
import eu.reloop.search.OrganisationSearch;
import eu.reloop.shared.RefusedException;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Two instances of ReLoop (two application contexts on their own ports) on one PostgreSQL and one
 * Elasticsearch, as the Kubernetes manifests run three or more: what one instance does, the other must not
 * undo or do again.
 */
@Tag("own-context")
class TwoInstancesTests {

    private static final CuttableProxy SEARCH = new CuttableProxy(TestServices.elasticsearch().url());
    private static final Duration RETRY_INTERVAL = Duration.ofSeconds(1);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;

    @BeforeAll
    static void startTwoInstances() {
        one = start();
        two = start();
    }

    @AfterAll
    static void stopThem() {
        Stream.of(two, one).filter(context -> context != null).forEach(ConfigurableApplicationContext::close);
        SEARCH.close();
    }

    @Test
    void buyersOnBothInstancesRaceForOneItemAndExactlyOneGetsIt() throws Exception {
        MarketTestSetup market = two.getBean(MarketTestSetup.class);
        Centre centre = market.certifiedCentre("Two Instances Reuse " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        Listing listing = market.listedPhone(centre, "Fairphone 4, 128 GB", "2500", "NOK");
        List<String> buyers = IntStream.range(0, 20).mapToObj(i -> market.consumer()).toList();

        CyclicBarrier together = new CyclicBarrier(buyers.size());
        List<Optional<UUID>> orders = new ArrayList<>();
        try (var racers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Optional<UUID>>> runs = IntStream.range(0, buyers.size()).mapToObj(i -> racers.submit(() -> {
                Checkout checkout = (i % 2 == 0 ? one : two).getBean(Checkout.class);
                together.await();
                try {
                    return Optional.of(as(buyers.get(i), Role.CONSUMER, () -> checkout.reserve(listing.id())));
                } catch (RefusedException taken) {
                    return Optional.<UUID>empty();
                }
            })).toList();
            for (Future<Optional<UUID>> run : runs) {
                orders.add(run.get());
            }
        }

        assertThat(orders.stream().flatMap(Optional::stream)).hasSize(1);
        assertThat(jdbc().sql("select count(*) from market_order where listing_id = :listing")
                .param("listing", listing.id()).query(Integer.class).single()).isEqualTo(1);
    }

    /** Both instances look for expiring certificates at the same moment; the centre gets one reminder. */
    @Test
    void aCertificateNearItsEndIsRemindedByOneMailThoughBothInstancesLook() throws Exception {
        Staffed centre = two.getBean(CertificationTestSetup.class)
                .organisationWithStaff("Two Instances Repair " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        LocalDate end = LocalDate.now().plusDays(50);
        as("test-admin", Role.ADMIN, () -> one.getBean(Certificates.class).importCertificate(centre.organisationId(),
                CertificateKind.REPAIRER, new Scope(Set.of("phones"), Set.of(OfferedService.REPAIR)),
                end.minusYears(3), end, "Test Certifier"));

        CyclicBarrier together = new CyclicBarrier(2);
        try (var instances = Executors.newFixedThreadPool(2)) {
            List<Future<Object>> runs = Stream.of(one, two).map(instance -> instances.submit(() -> {
                together.await();
                instance.getBean(Certificates.class).watchExpiry();
                return null;
            })).toList();
            for (Future<Object> run : runs) {
                run.get();
            }
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(centre.email()) > 0);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(centre.email()) == 1);
    }

    @Test
    void editsOnBothInstancesWhileSearchIsCutOffAreAllSearchableOnceItReturns() {
        GeoPoint origin = DirectoryFixtures.remoteOrigin();
        SEARCH.cut();
        List<UUID> registered;
        try {
            registered = List.of(register(one, "Registered on one during the outage", north(origin, 1)),
                    register(two, "Registered on two during the outage", north(origin, 2)),
                    register(one, "Also on one during the outage", north(origin, 3)),
                    register(two, "Also on two during the outage", north(origin, 4)));
        } finally {
            SEARCH.restore();
        }

        OrganisationQuery nearby = new OrganisationQuery(origin, 10, null, null, false, false, 0, 20);
        for (ConfigurableApplicationContext instance : List.of(one, two)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    instance.getBean(OrganisationSearch.class).search(nearby).hits())
                    .extracting(OrganisationHit::organisationId).containsExactlyElementsOf(registered));
        }
    }

    /**
     * The race of spring-modulith #1935: instance two reads the failed publications, instance one resubmits and
     * completes all of them, and only then does two go on to claim what it read. Each is handled once.
     */
    @Test
    void failedPublicationsResubmittedByBothInstancesAreEachHandledOnceAndNoneIsLeft() throws Exception {
        List<UUID> events = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID()).toList();
        holdTheResubmissionJob();
        try {
            Probe.failing.set(true);
            TransactionTemplate transactions = one.getBean(TransactionTemplate.class);
            events.forEach(id -> transactions.executeWithoutResult(status -> one.publishEvent(new ProbeEvent(id))));
            await().atMost(Duration.ofSeconds(10)).until(() -> probePublications("FAILED") == events.size());
            Probe.failing.set(false);

            CountDownLatch twoHasRead = new CountDownLatch(1);
            CountDownLatch oneHasCompleted = new CountDownLatch(1);
            AtomicBoolean firstLook = new AtomicBoolean(true);
            try (var instanceTwo = Executors.newSingleThreadExecutor()) {
                Future<?> late = instanceTwo.submit(() -> two.getBean(FailedEventPublications.class).resubmit(
                        onlyProbes().withFilter(publication -> isProbe(publication)
                                && (!firstLook.getAndSet(false) || pause(twoHasRead, oneHasCompleted)))));
                assertThat(twoHasRead.await(10, TimeUnit.SECONDS)).isTrue();

                one.getBean(FailedEventPublications.class).resubmit(onlyProbes());
                await().atMost(Duration.ofSeconds(10)).until(() -> probePublications("COMPLETED") == events.size());
                oneHasCompleted.countDown();
                late.get(10, TimeUnit.SECONDS);
            }

            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() ->
                    events.stream().allMatch(id -> Probe.handled(id) == 1));
            assertThat(probePublications("COMPLETED")).isEqualTo(events.size());
        } finally {
            releaseTheResubmissionJob();
        }
    }

    @Test
    void aScheduledJobRunsOncePerPeriodAcrossBothInstances() throws InterruptedException {
        Instant from = Instant.now();
        Thread.sleep(Duration.ofSeconds(6));

        List<Instant> runs = Probe.LOCKS_TAKEN.stream()
                .filter(taken -> taken.job().equals("events.resubmit-failed") && taken.at().isAfter(from))
                .map(LockTaken::at).sorted().toList();
        assertThat(runs).hasSizeBetween(4, 7);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(Duration.between(runs.get(i - 1), runs.get(i)))
                    .as("time between two runs").isGreaterThan(RETRY_INTERVAL.minusMillis(100));
        }
    }

    /** Every job is locked for its whole period (not only while it runs), or two instances would each run it once per period. */
    @Test
    void everyScheduledJobHoldsItsLockForItsPeriod() {
        List<Method> jobs = Arrays.stream(one.getBeanDefinitionNames())
                .map(name -> one.getBeanFactory().getType(name))
                .filter(type -> type != null)
                .flatMap(type -> Arrays.stream(ClassUtils.getUserClass(type).getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(Scheduled.class) && method.getDeclaringClass().getName().startsWith("eu.reloop"))
                .toList();
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(4);
        for (Method job : jobs) {
            SchedulerLock lock = job.getAnnotation(SchedulerLock.class);
            assertThat(lock).as(job + " is locked").isNotNull();
            String period = job.getAnnotation(Scheduled.class).fixedDelayString();
            assertThat(lock.lockAtLeastFor()).as(job + " holds its lock for its period").isEqualTo(period);
            assertThat(lock.lockAtMostFor()).as(job + " lets go after its period").isEqualTo(period);
        }
    }

    private static ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--reloop.elasticsearch.url=" + SEARCH.url(),
                "--spring.mail.host=" + SMTP.getSmtp().getBindTo(),
                "--spring.mail.port=" + SMTP.getSmtp().getPort(),
                "--reloop.events.retry-interval=" + RETRY_INTERVAL.toSeconds() + "s"));
        TestServices.databaseProperties().forEach(property -> arguments.add("--" + property));
        FakeStripe.properties().forEach(property -> arguments.add("--" + property));
        return new SpringApplicationBuilder(ReLoopApplication.class, Probe.class).run(arguments.toArray(String[]::new));
    }

    /**
     * Runs work as the given user on either instance. Vaadin gives each application its own holder of the signed-in
     * user (a thread-local of its own, which replicas in their own JVMs do not share anyway), so the user is set in both.
     */
    private static <T> T as(String email, Role role, Supplier<T> work) {
        List<SecurityContextHolderStrategy> holders = Stream.of(one, two)
                .map(instance -> instance.getBean(SecurityContextHolderStrategy.class)).toList();
        TestingAuthenticationToken user = new TestingAuthenticationToken(email, null, role.authority());
        user.setAuthenticated(true);
        for (SecurityContextHolderStrategy holder : holders) {
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(user);
            holder.setContext(context);
        }
        try {
            return work.get();
        } finally {
            holders.forEach(SecurityContextHolderStrategy::clearContext);
        }
    }

    private static JdbcClient jdbc() {
        return one.getBean(JdbcClient.class);
    }

    private static UUID register(ConfigurableApplicationContext instance, String name, GeoPoint location) {
        Organisations organisations = instance.getBean(Organisations.class);
        return as("test-admin", Role.ADMIN, () -> {
            UUID id = organisations.register(OrganisationKind.REPAIRER, details(name));
            organisations.addSite(id, site(name, location, Set.of()));
            return id;
        });
    }

    private static long mailsTo(String recipient) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> sentTo(message, recipient)).count();
    }

    private static boolean sentTo(Message message, String recipient) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(address -> address.toString().contains(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int probePublications(String status) {
        return jdbc().sql("select count(*) from event_publication where event_type = :type and status = :status")
                .param("type", ProbeEvent.class.getName()).param("status", status).query(Integer.class).single();
    }

    private static ResubmissionOptions onlyProbes() {
        return ResubmissionOptions.defaults().withFilter(TwoInstancesTests::isProbe);
    }

    private static boolean isProbe(EventPublication publication) {
        return publication.getEvent() instanceof ProbeEvent;
    }

    private static boolean pause(CountDownLatch signal, CountDownLatch until) {
        signal.countDown();
        try {
            return until.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Keeps the scheduled resubmission of both instances out of the way, as another instance holding its lock would. */
    private static void holdTheResubmissionJob() {
        jdbc().sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('events.resubmit-failed', now() + interval '5 minutes', now(), 'the test')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""")
                .update();
    }

    private static void releaseTheResubmissionJob() {
        // Released as ShedLock releases it: the row stays, as ShedLock remembers which rows it has made.
        jdbc().sql("update shedlock set lock_until = now() where name = 'events.resubmit-failed'").update();
    }

    record ProbeEvent(UUID id) {
    }

    record LockTaken(String job, Instant at) {
    }

    /** A listener that fails while told to and counts what it handled, and a record of the job locks both instances took. */
    @Configuration(proxyBeanMethods = false)
    static class Probe {

        static final AtomicBoolean failing = new AtomicBoolean();
        static final Map<UUID, AtomicInteger> HANDLED = new ConcurrentHashMap<>();
        static final List<LockTaken> LOCKS_TAKEN = new CopyOnWriteArrayList<>();

        static int handled(UUID event) {
            AtomicInteger count = HANDLED.get(event);
            return count == null ? 0 : count.get();
        }

        @Bean
        ProbeListener probeListener() {
            return new ProbeListener();
        }

        @Bean
        static BeanPostProcessor lockRecorder() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof LockProvider provider)) {
                        return bean;
                    }
                    return (LockProvider) configuration -> record(provider.lock(configuration), configuration);
                }
            };
        }

        private static Optional<SimpleLock> record(Optional<SimpleLock> lock, LockConfiguration configuration) {
            lock.ifPresent(taken -> LOCKS_TAKEN.add(new LockTaken(configuration.getName(), Instant.now())));
            return lock;
        }
    }

    static class ProbeListener {

        @ApplicationModuleListener
        void on(ProbeEvent event) {
            if (Probe.failing.get()) {
                throw new IllegalStateException("failing as the test asked");
            }
            Probe.HANDLED.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        }
    }
}
