package eu.reloop.stamp.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.StampApplication;
import eu.reloop.stamp.StampApplications;

/** The photos attached to an application, each a download link; the service checks the reader at each download. */
class PhotoList extends Div {

    private final transient StampApplications applications;
    private final UUID organisationId;

    PhotoList(StampApplications applications, UUID organisationId) {
        this.applications = applications;
        this.organisationId = organisationId;
        setId("stamp-photos");
    }

    void show(List<StampApplication.Photo> photos) {
        removeAll();
        if (photos.isEmpty()) {
            add(new Paragraph(getTranslation("stamp.photos.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        photos.forEach(photo -> list.add(new ListItem(new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                StampApplication.PhotoContent content = applications.photo(organisationId, photo.id());
                return new DownloadResponse(new ByteArrayInputStream(content.content()), content.fileName(),
                        content.contentType(), content.content().length);
            } catch (AccessDeniedException | UnknownRecordException refused) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        }), AttachmentType.DOWNLOAD, photo.fileName()))));
        add(list);
    }
}
