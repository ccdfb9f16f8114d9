package eu.reloop.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;

/**
 * An in-app error page, inside the main layout and in the reader's language: a heading, what happened, and a
 * way on. Each subclass names the navigation failure it shows and the HTTP status it answers with.
 */
abstract class ErrorPage<T extends Exception> extends VerticalLayout implements HasErrorParameter<T>, HasDynamicTitle {

    private final String titleKey;
    private final String textKey;
    private final int status;

    ErrorPage(String titleKey, String textKey, int status) {
        this.titleKey = titleKey;
        this.textKey = textKey;
        this.status = status;
        setId("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<T> parameter) {
        removeAll();
        H1 title = new H1(getTranslation(titleKey));
        title.setId("error-title");
        add(title, new Paragraph(getTranslation(textKey)), new RouterLink(getTranslation("error.to-home"),
                LandingView.class));
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
