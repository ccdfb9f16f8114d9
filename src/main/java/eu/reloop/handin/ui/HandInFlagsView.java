package eu.reloop.handin.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.handin.HandInFlags;
import eu.reloop.handin.HandInLinks;
import eu.reloop.identity.Role;
import eu.reloop.shared.ui.MainLayout;

/** Certifiers see, for every site, the devices whose chain of custody has gone quiet. */
@Route(value = HandInLinks.FLAGS_ROUTE, layout = MainLayout.class)
@Menu(order = 44, icon = "vaadin:flag", title = "menu.hand-in-flags")
@RolesAllowed(Role.CERTIFIER_NAME)
class HandInFlagsView extends VerticalLayout implements HasDynamicTitle {

    HandInFlagsView(HandInFlags flags) {
        addClassName("hand-in-flags");
        setMaxWidth("64rem");
        FlagList list = new FlagList(flags.all(), true);
        list.setId("hand-in-flags");
        add(new H1(getTranslation("handin.flags.title")), new Paragraph(getTranslation("handin.flags.intro")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handin.flags.title");
    }
}
