package eu.reloop.stamp.ui;

import com.vaadin.flow.component.html.Anchor;

import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampLinks;

/** A link to the public page of an issued stamp, where buyers check it too. */
class VerifyLink extends Anchor {

    VerifyLink(String code) {
        super(StampLinks.verify(code), "");
        setText(getTranslation("stamp.verify-link", StampCode.parse(code).map(StampCode::display).orElse(code)));
        addClassName("stamp-verify-link");
    }
}
