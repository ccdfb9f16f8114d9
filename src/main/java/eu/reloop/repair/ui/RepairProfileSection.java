package eu.reloop.repair.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import eu.reloop.directory.ui.ProfileSection;
import eu.reloop.repair.OpenRepairData;
import eu.reloop.repair.RepairerTrackRecord;

/** A repairer's public quality figures on its profile, once it has recorded a repair through ReLoop. */
@Component
class RepairProfileSection implements ProfileSection {

    private final OpenRepairData openData;

    RepairProfileSection(OpenRepairData openData) {
        this.openData = openData;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> of(UUID organisationId) {
        RepairerTrackRecord record = openData.trackRecords(List.of(organisationId)).get(organisationId);
        if (!record.any()) {
            return Optional.empty();
        }
        Div section = new Div();
        Paragraph text = new Paragraph(TrackRecordText.of(record, section));
        text.setId("profile-repair-quality");
        section.add(new H2(section.getTranslation("repair.quality.title")), text);
        section.addClassName("profile-repair-quality");
        return Optional.of(section);
    }
}
