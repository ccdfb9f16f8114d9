package eu.reloop.certification.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.CertificationLinks;
import eu.reloop.certification.CertificationReviews;
import eu.reloop.certification.SubmittedApplication;
import eu.reloop.directory.OrganisationNumber;
import eu.reloop.identity.Role;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.MainLayout;

/** The certifier's work queue: submitted applications, oldest first, by kind and country. */
@Route(value = CertificationLinks.REVIEW_QUEUE, layout = MainLayout.class)
@Menu(order = 40, icon = "vaadin:clipboard-check", title = "menu.review-queue")
@RolesAllowed(Role.CERTIFIER_NAME)
class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    /** Select items must not be null; this stands for "any". */
    private static final String ANY = "";

    private final transient CertificationReviews reviews;
    private final Select<String> kind = new Select<>();
    private final Select<String> country = new Select<>();
    private final Grid<SubmittedApplication> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    ReviewQueueView(CertificationReviews reviews) {
        this.reviews = reviews;
        addClassName("review-queue");
        setSizeFull();

        kind.setLabel(getTranslation("review-queue.kind"));
        kind.setItems(ANY, CertificateKind.REPAIRER.name(), CertificateKind.REUSE_CENTRE.name());
        kind.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("review-queue.any")
                : getTranslation("certificate-kind." + value));
        kind.setValue(ANY);
        kind.setId("queue-kind");
        country.setLabel(getTranslation("review-queue.country"));
        country.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(ANY),
                OrganisationNumber.COUNTRIES.stream()).toList());
        country.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("review-queue.any")
                : LocalizedFormats.country(value, getLocale()));
        country.setValue(ANY);
        country.setId("queue-country");
        kind.addValueChangeListener(change -> refresh());
        country.addValueChangeListener(change -> refresh());

        grid.addColumn(application -> BrowserTime.dateTime(application.submittedAt()))
                .setHeader(getTranslation("review-queue.submitted")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SubmittedApplication::organisationName).setHeader(getTranslation("review-queue.organisation"))
                .setFlexGrow(1);
        grid.addColumn(application -> getTranslation("certificate-kind." + application.kind().name()))
                .setHeader(getTranslation("review-queue.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SubmittedApplication::country).setHeader(getTranslation("review-queue.country")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("review-queue-grid");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class,
                ReviewView.parameters(click.getItem().id()))));
        grid.setEmptyStateText(getTranslation("review-queue.empty"));

        empty.setId("queue-size");
        add(new H1(getTranslation("review-queue.title")), new Paragraph(getTranslation("review-queue.intro")),
                new HorizontalLayout(kind, country), empty, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        CertificateKind chosenKind = kind.getValue().isEmpty() ? null : CertificateKind.valueOf(kind.getValue());
        String chosenCountry = country.getValue().isEmpty() ? null : country.getValue();
        // Paged from the database as the grid scrolls: the queue can be long after a campaign.
        grid.setItems(query -> reviews.queue(chosenKind, chosenCountry, query.getOffset(), query.getLimit()).stream(),
                query -> reviews.queueSize(chosenKind, chosenCountry));
        empty.setText(getTranslation("review-queue.size", reviews.queueSize(chosenKind, chosenCountry)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review-queue.title");
    }
}
