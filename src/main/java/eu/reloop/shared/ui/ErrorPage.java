package eu.reloop.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** The body of the in-app error pages: a heading, what happened, and a way on. */
abstract class ErrorPage extends VerticalLayout {

    ErrorPage() {
        setId("error-page");
    }

    void show(String titleKey, String explanationKey) {
        removeAll();
        H1 title = new H1(getTranslation(titleKey));
        title.setId("error-title");
        add(title, new Paragraph(getTranslation(explanationKey)), new RouterLink(getTranslation("error.to-home"),
                LandingView.class));
    }
}
