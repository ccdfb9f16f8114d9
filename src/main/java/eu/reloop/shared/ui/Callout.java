package eu.reloop.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** A boxed message on a page (not a passing notification): tone {@code success}, {@code error} or {@code contrast}. */
public final class Callout {

    private Callout() {
    }

    public static Div of(String id, String tone, String text) {
        Div callout = new Div(new Paragraph(text));
        callout.addClassNames("callout", tone);
        callout.setId(id);
        return callout;
    }
}
