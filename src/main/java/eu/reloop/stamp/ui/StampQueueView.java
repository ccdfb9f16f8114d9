package eu.reloop.stamp.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.directory.Organisations;
import eu.reloop.identity.Role;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.stamp.StampApplication;
import eu.reloop.stamp.StampLinks;
import eu.reloop.stamp.StampReviews;

/** The certifier's stamp queue: submitted applications, oldest first, with the centre's certificate as it stands now. */
@Route(value = StampLinks.REVIEW_QUEUE_ROUTE, layout = MainLayout.class)
@Menu(order = 42, icon = "vaadin:check-square-o", title = "menu.stamp-queue")
@RolesAllowed(Role.CERTIFIER_NAME)
class StampQueueView extends VerticalLayout implements HasDynamicTitle {

    StampQueueView(StampReviews reviews, Organisations organisations) {
        addClassName("stamp-queue");
        setSizeFull();
        CategoryNames categories = new CategoryNames(organisations, getLocale());
        Grid<StampApplication> grid = new Grid<>();
        grid.addColumn(application -> application.submittedAt() == null ? ""
                : BrowserTime.dateTime(application.submittedAt()))
                .setHeader(getTranslation("stamp-queue.submitted")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StampApplication::organisationName).setHeader(getTranslation("stamp-queue.centre")).setFlexGrow(1);
        grid.addColumn(application -> ItemSummary.label(application.report().item()))
                .setHeader(getTranslation("stamp-queue.item")).setFlexGrow(1);
        grid.addColumn(application -> categories.of(application.report().item().category()))
                .setHeader(getTranslation("stamp.item.category")).setAutoWidth(true).setFlexGrow(0);
        // Live, not as at submission: a certificate may have lapsed while the application waited.
        grid.addComponentColumn(application -> new CentreCertification(reviews.centreCertifiedFor(application)))
                .setHeader(getTranslation("stamp-queue.certificate")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("stamp-queue-grid");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(StampReviewView.class,
                StampReviewView.parameters(click.getItem().id()))));
        grid.setEmptyStateText(getTranslation("stamp-queue.empty"));
        // Paged from the database as the grid scrolls: the queue can be long.
        grid.setItems(query -> reviews.queue(query.getOffset(), query.getLimit()).stream(), query -> reviews.queueSize());
        Paragraph size = new Paragraph(getTranslation("stamp-queue.size", reviews.queueSize()));
        size.setId("stamp-queue-size");
        add(new H1(getTranslation("stamp-queue.title")), new Paragraph(getTranslation("stamp-queue.intro")), size, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stamp-queue.title");
    }
}
