package eu.reloop.handin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.notification.Notifications;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Where the chain of custody has gone quiet: a device received and neither erased nor moved on within
 * {@code reloop.handin.overdue-after}, a hand-over not confirmed within {@code reloop.handin.confirm-within}. Sites
 * see their own flags and are told of each once; certifiers see every site's.
 */
@Service
public class HandInFlags {

    private final HandInRepository repository;
    private final HandInProperties properties;
    private final Notifications notifications;
    private final Clock clock;

    HandInFlags(HandInRepository repository, HandInProperties properties, Notifications notifications, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.notifications = notifications;
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

    /** Tells each site of its flags it has not been told of yet; returns how many it told. */
    @Transactional
    public int tellSites() {
        Instant now = clock.instant();
        int told = 0;
        for (HandInFlag flag : flags(null)) {
            if (repository.markNotified(flag, now)) {
                notifications.notifyOrganisation(flag.organisationId(), "handin.notice.flag." + flag.kind().name(),
                        List.of(flag.device(), flag.code().display(), flag.siteName(),
                                flag.receiverName() == null ? "" : flag.receiverName()), HandInLinks.desk());
                told++;
            }
        }
        return told;
    }

    private List<HandInFlag> flags(@Nullable UUID organisationId) {
        Instant now = clock.instant();
        return repository.flags(organisationId, now.minus(properties.overdueAfter()), now.minus(properties.confirmWithin()));
    }
}
