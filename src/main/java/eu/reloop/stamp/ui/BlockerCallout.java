package eu.reloop.stamp.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import eu.reloop.shared.RefusedException;

/** What keeps an item from a stamp, every reason at once, so that the centre can fix them in one go. */
class BlockerCallout extends Div {

    BlockerCallout(String id) {
        addClassNames("callout", "error", "stamp-blockers");
        setId(id);
        setVisible(false);
    }

    /** Shows the reasons, translated, under the heading; hides the callout when there are none. */
    void show(String headingKey, List<RefusedException.Reason> reasons) {
        removeAll();
        UnorderedList list = new UnorderedList();
        reasons.forEach(reason -> list.add(new ListItem(getTranslation(reason.messageKey(), reason.arguments().toArray()))));
        add(new Paragraph(getTranslation(headingKey)), list);
        setVisible(!reasons.isEmpty());
    }
}
