package eu.reloop.impact.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;

import eu.reloop.directory.ui.ProfileSection;
import eu.reloop.impact.ImpactFigures;
import eu.reloop.impact.ImpactRow;
import eu.reloop.shared.Translations;

/** An organisation's totals on its profile: what its sales, repairs and recycling saved. */
@Component
class ImpactProfileSection implements ProfileSection {

    private final ImpactFigures figures;

    ImpactProfileSection(ImpactFigures figures) {
        this.figures = figures;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> of(UUID organisationId) {
        List<ImpactRow> rows = figures.ofOrganisation(organisationId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div();
        ImpactSummary summary = new ImpactSummary(rows,
                Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Translations.ENGLISH));
        summary.setId("profile-impact");
        section.add(new H2(section.getTranslation("impact.profile.title")), summary,
                new RouterLink(section.getTranslation("impact.method-link"), HowWeCountView.class));
        section.addClassName("profile-impact");
        return Optional.of(section);
    }
}
