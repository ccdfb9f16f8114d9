package eu.reloop.impact.ui;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.identity.Role;
import eu.reloop.impact.FactorVersion;
import eu.reloop.impact.ImpactFactors;
import eu.reloop.impact.ImpactLinks;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.DocumentUpload;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;

/**
 * Admins publish a new factor table: download the one in force as CSV, change it, upload it with a note on what
 * changed and why. New figures use it from then on; recorded figures and kept snapshots keep theirs.
 */
@Route(value = ImpactLinks.FACTORS_ROUTE, layout = MainLayout.class)
@Menu(order = 95, icon = "vaadin:table", title = "menu.impact-factors")
@RolesAllowed(Role.ADMIN_NAME)
class ImpactFactorsView extends VerticalLayout implements HasDynamicTitle {

    private final transient ImpactFactors factors;
    private final Paragraph inForce = new Paragraph();
    private final Span chosen = new Span();
    private byte @Nullable [] table;

    ImpactFactorsView(ImpactFactors factors) {
        this.factors = factors;
        addClassName("impact-factors-admin");
        setMaxWidth("48rem");
        inForce.setId("factors-in-force");
        TextArea note = new TextArea(getTranslation("impact-factors.note"));
        note.setRequired(true);
        note.setMaxLength(TextLimits.REASON);
        note.setWidthFull();
        note.setId("factors-note");
        chosen.setId("factors-file");
        DocumentUpload upload = new DocumentUpload(ImpactFactors.MAX_TABLE_BYTES, new String[] {"text/csv", ".csv"},
                getTranslation("impact-factors.drop"), name -> getTranslation("impact-factors.rejected", name),
                (name, content) -> {
                    table = content;
                    chosen.setText(getTranslation("impact-factors.chosen", name));
                });
        upload.setId("factors-upload");
        Button publish = new Button(getTranslation("impact-factors.publish"), click -> {
            if (table == null) {
                Feedback.error(getTranslation("impact-factors.no-file"));
                return;
            }
            byte[] content = table;
            ConfirmStep.ask(this, "impact-factors.publish", "primary", "confirm-publish", () -> Attempt
                    .get(this, FormFields.of("note", note), () -> factors.publish(content, note.getValue()))
                    .ifPresent(version -> {
                        Feedback.success(getTranslation("impact-factors.published", version));
                        table = null;
                        chosen.setText("");
                        note.clear();
                        showInForce();
                    }));
        });
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.setId("publish-factors");
        add(new H1(getTranslation("impact-factors.title")), inForce,
                new H2(getTranslation("impact-factors.new")), new Paragraph(getTranslation("impact-factors.how")),
                upload, chosen, note, publish);
        showInForce();
    }

    private void showInForce() {
        FactorVersion current = factors.current();
        inForce.removeAll();
        inForce.add(new Span(getTranslation("impact-factors.in-force", current.version(),
                BrowserTime.date(current.publishedAt()), current.publishedBy()) + " "),
                new Anchor(ImpactLinks.factorTable(current.version()), getTranslation("impact-factors.download")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("impact-factors.title");
    }
}
