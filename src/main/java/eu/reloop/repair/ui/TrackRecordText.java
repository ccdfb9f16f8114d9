package eu.reloop.repair.ui;

import com.vaadin.flow.component.Component;

import eu.reloop.repair.RepairerTrackRecord;

/** A repairer's quality figures as a sentence in the reader's language, the same on the compare page and the profile. */
final class TrackRecordText {

    private TrackRecordText() {
    }

    static String of(RepairerTrackRecord record, Component reader) {
        if (!record.any()) {
            return reader.getTranslation("repair.quality.none");
        }
        String text = reader.getTranslation("repair.quality.repairs", record.repairs(),
                record.shareFixed() == null ? 0 : Math.round(100 * record.shareFixed()))
                + " " + reader.getTranslation("repair.quality.complaints", record.complaints(), record.answeredInTime());
        return record.overdue() == 0 ? text : text + " " + reader.getTranslation("repair.quality.overdue", record.overdue());
    }
}
