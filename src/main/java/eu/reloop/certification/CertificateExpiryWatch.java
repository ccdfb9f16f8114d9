package eu.reloop.certification;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Looks for certificates that run out soon or ran out, on a schedule ({@code reloop.certification.expiry-check-interval}). */
@Component
class CertificateExpiryWatch {

    private final Certificates certificates;

    CertificateExpiryWatch(Certificates certificates) {
        this.certificates = certificates;
    }

    @Scheduled(fixedDelayString = "${reloop.certification.expiry-check-interval:1h}", initialDelayString = "1m")
    @SchedulerLock(name = "certification.expiry-watch", lockAtLeastFor = "${reloop.certification.expiry-check-interval:1h}",
            lockAtMostFor = "${reloop.certification.expiry-check-interval:1h}")
    public void check() {
        certificates.watchExpiry();
    }
}
