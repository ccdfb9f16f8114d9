package eu.reloop.stamp.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** What keeps an item from a stamp, every reason at once, so that the centre can fix them in one go. */
class BlockerCallout extends Div {

    BlockerCallout(String id) {
        addClassNames("callout", "error", "stamp-blockers");
        setId(id);
        setVisible(false);
    }

    /** Shows the translated messages under the heading; hides the callout when there are none. */
    void show(String headingKey, List<String> messageKeys) {
        removeAll();
        UnorderedList list = new UnorderedList();
        StampFeedback.messages(this, messageKeys).forEach(message -> list.add(new ListItem(message)));
        add(new Paragraph(getTranslation(headingKey)), list);
        setVisible(!messageKeys.isEmpty());
    }
}
