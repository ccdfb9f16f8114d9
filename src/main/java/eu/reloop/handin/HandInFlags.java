package eu.reloop.handin;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import eu.reloop.directory.Organisation;
import eu.reloop.directory.OrganisationProfile;
import eu.reloop.directory.Organisations;
import eu.reloop.notification.Notifications;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Where the chain of custody has gone quiet: a device received and neither erased nor moved on within
 * {@code reloop.handin.overdue-after}, a hand-over not confirmed within {@code reloop.handin.confirm-within}. Sites
 * see their own flags and are told of each once; certifiers see every site's.
 */
@Service
public class HandInFlags {

    private static final Logger log = LoggerFactory.getLogger(HandInFlags.class);

    private final HandInRepository repository;
    private final HandInProperties properties;
    private final Notifications notifications;
    private final Organisations organisations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    HandInFlags(HandInRepository repository, HandInProperties properties, Notifications notifications,
            Organisations organisations, TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.notifications = notifications;
        this.organisations = organisations;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(HandInDesk.STAFF + " or hasRole('CERTIFIER')")
    public List<HandInFlag> flagsOf(UUID organisationId) {
        return flags(organisationId);
    }

    /** Every site's flags, by organisation: the certifiers' overview. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CERTIFIER')")
    public List<HandInFlag> all() {
        return flags(null);
    }

    @Scheduled(fixedDelayString = "${reloop.handin.flag-check-interval:1h}", initialDelayString = "${reloop.handin.flag-check-interval:1h}")
    @SchedulerLock(name = "handin.flags", lockAtLeastFor = "${reloop.handin.flag-check-interval:1h}",
            lockAtMostFor = "${reloop.handin.flag-check-interval:1h}")
    public void scheduledCheck() {
        tellSites();
    }

    /**
     * Tells each site of its flags it has not been told of yet, each flag in a transaction of its own: one whose
     * notice fails stays untold, for the next check, and the others are told all the same. Returns how many it told.
     */
    public int tellSites() {
        int told = 0;
        for (HandInFlag flag : flags(null)) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> tell(flag)))) {
                    told++;
                }
            } catch (RuntimeException failed) {
                log.warn("Site of {} not told of its {} flag; the next check tries again", flag.code(), flag.kind(), failed);
            }
        }
        return told;
    }

    private boolean tell(HandInFlag flag) {
        if (!repository.markNotified(flag, clock.instant())) {
            return false;
        }
        notifications.notifyOrganisation(flag.organisationId(), "handin.notice.flag." + flag.kind().name(),
                List.of(flag.device(), flag.code().display(), flag.siteName(),
                        flag.receiverName() == null ? "" : flag.receiverName()), HandInLinks.desk());
        return true;
    }

    /** The flags with their organisations' names from the directory, by organisation name and then oldest first. */
    private List<HandInFlag> flags(@Nullable UUID organisationId) {
        Instant now = clock.instant();
        List<HandInRepository.QuietDevice> quiet = repository.flags(organisationId, now.minus(properties.overdueAfter()),
                now.minus(properties.confirmWithin()));
        if (quiet.isEmpty()) {
            return List.of();
        }
        Set<UUID> named = new HashSet<>();
        quiet.forEach(device -> {
            named.add(device.organisationId());
            if (device.receiverId() != null) {
                named.add(device.receiverId());
            }
        });
        Map<UUID, String> names = organisations.profiles(named).stream().map(OrganisationProfile::organisation)
                .collect(Collectors.toMap(Organisation::id, organisation -> organisation.details().legalName()));
        return quiet.stream().map(device -> device.flag(names::get))
                .sorted(Comparator.comparing(HandInFlag::organisationName).thenComparing(HandInFlag::since))
                .toList();
    }
}
