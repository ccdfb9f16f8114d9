package eu.reloop.stamp;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import eu.reloop.shared.RefusedException;

/** What about the item itself, not its report, keeps it from a stamp: a live stamp already, or a report of its loss. */
@Component
class ItemBlockers {

    private final StampRepository repository;
    private final LostItems lostItems;

    ItemBlockers(StampRepository repository, LostItems lostItems) {
        this.repository = repository;
        this.lostItems = lostItems;
    }

    List<RefusedException.Reason> of(ItemIdentity item) {
        List<RefusedException.Reason> blockers = new ArrayList<>();
        repository.liveStampFor(item).ifPresent(code ->
                blockers.add(new RefusedException.Reason("serialNumber", "stamp.block.stamped-already", List.of(code.display()))));
        lostItems.reportOn(item).ifPresent(report ->
                blockers.add(InspectionReport.blocker("serialNumber", "stamp.block.reported-lost")));
        return blockers;
    }
}
