package eu.reloop.notification.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.identity.Role;
import eu.reloop.notification.Notifications;
import eu.reloop.notification.OutboundMail;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.MainLayout;

/**
 * Every e-mail ReLoop wrote, newest first, with what became of it. Without an SMTP server (the embedded
 * default) this is where the mail is: recorded, not lost. A click on a row shows the text.
 */
@Route(value = "admin/mail", layout = MainLayout.class)
@Menu(order = 92, icon = "vaadin:envelopes", title = "menu.mail")
@RolesAllowed(Role.ADMIN_NAME)
class MailOutboxView extends VerticalLayout implements HasDynamicTitle {

    MailOutboxView(Notifications notifications) {
        addClassName("mail-outbox");
        setSizeFull();
        Grid<OutboundMail> grid = new Grid<>();
        grid.addColumn(mail -> BrowserTime.dateTime(mail.createdAt())).setHeader(getTranslation("mail.created"))
                .setAutoWidth(true);
        grid.addColumn(OutboundMail::recipient).setHeader(getTranslation("mail.recipient")).setAutoWidth(true);
        grid.addColumn(OutboundMail::subject).setHeader(getTranslation("mail.subject")).setFlexGrow(1);
        grid.addColumn(mail -> getTranslation("mail.status." + mail.status().name()))
                .setHeader(getTranslation("mail.status")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(mail -> {
            Pre body = new Pre(mail.body() + (mail.error() == null ? "" : "\n\n" + mail.error()));
            body.addClassName("mail-body");
            return body;
        }));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("mail.empty"));
        grid.setItems(query -> notifications.recentMail(query.getOffset(), query.getLimit()).stream(),
                query -> notifications.mailCount());
        grid.setId("mail-grid");
        add(new H1(getTranslation("mail.title")), new Paragraph(getTranslation("mail.intro")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.title");
    }
}
