package eu.reloop.stamp;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Signs the status list again after each revocation, and looks hourly whether it is due anyway. */
@Component
class StampStatusListRenewal {

    private final StampStatusList statusList;

    StampStatusListRenewal(StampStatusList statusList) {
        this.statusList = statusList;
    }

    /** After the revocation's commit, so that the list read from the log includes it. */
    @ApplicationModuleListener
    void on(StampRevoked revoked) {
        statusList.renew();
    }

    @Scheduled(fixedDelayString = "1h", initialDelayString = "2m")
    @SchedulerLock(name = "stamp.status-list", lockAtLeastFor = "1h", lockAtMostFor = "1h")
    public void renewWhenOld() {
        statusList.renewWhenOld();
    }
}
