package eu.reloop.market.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import eu.reloop.market.StatutoryRights;

/**
 * The buyer's rights under the seller's country's law, with the law named and linked, and that ReLoop's
 * warranty comes in addition: on the product page, at checkout and with each warranty.
 */
final class StatutoryRightsNotice extends Div {

    /** Empty for a seller outside the Nordic countries, which ReLoop does not sell from. */
    static Optional<StatutoryRightsNotice> of(String sellerCountry, String id) {
        return StatutoryRights.inCountry(sellerCountry).map(rights -> new StatutoryRightsNotice(rights, id));
    }

    private StatutoryRightsNotice(StatutoryRights rights, String id) {
        setId(id);
        addClassName("statutory-rights");
        Anchor law = new Anchor(rights.source(), rights.law(), AnchorTarget.BLANK);
        law.getElement().setAttribute("rel", "noopener");
        Paragraph source = new Paragraph(getTranslation("rights.source") + " ");
        source.add(law);
        // Beside the warranty in the stamp's section, at checkout and in a warranty's card: a heading below theirs.
        add(new H3(getTranslation("rights.title")), new Paragraph(getTranslation(rights.messageKey())), new Paragraph(getTranslation("rights.in-addition")),
                source);
    }
}
