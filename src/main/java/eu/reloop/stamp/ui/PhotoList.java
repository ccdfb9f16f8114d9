package eu.reloop.stamp.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import eu.reloop.stamp.StampApplication;

/** The photos attached to an application, by file name. */
class PhotoList extends Div {

    PhotoList() {
        setId("stamp-photos");
    }

    void show(List<StampApplication.Photo> photos) {
        removeAll();
        if (photos.isEmpty()) {
            add(new Paragraph(getTranslation("stamp.photos.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        photos.forEach(photo -> list.add(new ListItem(photo.fileName())));
        add(list);
    }
}
