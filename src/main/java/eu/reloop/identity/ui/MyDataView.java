package eu.reloop.identity.ui;

import java.io.ByteArrayInputStream;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import eu.reloop.identity.IdentityLinks;
import eu.reloop.identity.YourData;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;

/** A signed-in person's own data: download all of it, or delete the account. */
@Route(value = IdentityLinks.MY_DATA, layout = MainLayout.class)
@Menu(order = 18, icon = "vaadin:user-card", title = "menu.my-data")
@PermitAll
class MyDataView extends VerticalLayout implements HasDynamicTitle {

    static final String EXPORT_FILE = "reloop-my-data.json";

    MyDataView(YourData yourData, AuthenticationContext authentication) {
        // The handler runs in the download's own request, as the person who is signed in.
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] export = yourData.export();
            return new DownloadResponse(new ByteArrayInputStream(export), EXPORT_FILE, "application/json", export.length);
        }), getTranslation("mydata.download"));
        download.setTarget(AnchorTarget.BLANK);
        download.setId("my-data-download");

        EmailField email = new EmailField(getTranslation("mydata.delete.email"));
        email.setMaxLength(TextLimits.EMAIL);
        email.setWidth("min(30rem, 100%)");
        email.setId("my-data-delete-email");
        Button delete = new Button(getTranslation("mydata.delete.button"), click -> ConfirmStep.ask(this,
                "mydata.confirm-delete", "error primary", "confirm-delete-account", () -> {
                    if (Attempt.run(this, FormFields.of("email", email), () -> yourData.deleteAccount(email.getValue()))) {
                        authentication.logout();
                    }
                }));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setId("my-data-delete");

        add(new H1(getTranslation("mydata.title")), new Paragraph(getTranslation("mydata.intro")), download,
                new H2(getTranslation("mydata.delete.title")), new Paragraph(getTranslation("mydata.delete.intro")),
                email, delete);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mydata.title");
    }
}
