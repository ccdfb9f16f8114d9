package eu.reloop.handin.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import eu.reloop.handin.HandInFlag;
import eu.reloop.shared.ui.BrowserTime;

/** Flags as a list, each saying what went quiet, where and since when; or that there are none. */
class FlagList extends Div {

    FlagList(List<HandInFlag> flags, boolean withOrganisation) {
        if (flags.isEmpty()) {
            add(new Paragraph(getTranslation("handin.flags.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (HandInFlag flag : flags) {
            ListItem item = new ListItem(getTranslation("handin.flag." + flag.kind().name(), flag.device(),
                    flag.code().display(), (withOrganisation ? flag.organisationName() + ", " : "") + flag.siteName(),
                    BrowserTime.date(flag.since()), flag.receiverName() == null ? "" : flag.receiverName()));
            item.addClassName("hand-in-flag");
            list.add(item);
        }
        add(list);
    }
}
