package eu.reloop.handin.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.handin.ErasureCertificates;
import eu.reloop.handin.HandIn;
import eu.reloop.handin.HandInLinks;
import eu.reloop.handin.HandIns;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.stamp.CustodyLog;

/** The signed-in person's hand-ins, latest first, each with what has become of its devices and their certificates. */
@Route(value = HandInLinks.MINE_ROUTE, layout = MainLayout.class)
@Menu(order = 16.5, icon = "vaadin:recycle", title = "menu.my-hand-ins")
@PermitAll
class MyHandInsView extends VerticalLayout implements HasDynamicTitle {

    MyHandInsView(HandIns handIns, ErasureCertificates certificates) {
        addClassName("my-hand-ins");
        setMaxWidth("56rem");
        Anchor book = new Anchor(HandInLinks.book(), getTranslation("handin.mine.book"));
        book.getElement().setAttribute("router-link", true);
        book.setId("book-another");
        add(new H1(getTranslation("handin.mine.title")), new Paragraph(getTranslation("handin.mine.intro")), book);
        List<HandIn> mine = handIns.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("handin.mine.empty"));
            empty.setId("my-hand-ins-empty");
            add(empty);
        }
        List<DeviceCategory> taxonomy = handIns.categories();
        Map<UUID, List<CustodyLog.Step>> custody = handIns.custodyOf(mine.stream().map(HandIn::id).toList());
        mine.forEach(handIn -> add(new HandInCard(handIn, taxonomy, custody, certificates, true)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handin.mine.title");
    }
}
