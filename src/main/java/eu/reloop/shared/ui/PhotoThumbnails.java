package eu.reloop.shared.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import eu.reloop.shared.Photo;

/**
 * Uploaded photos as thumbnails, each opening full size. Each download reads the photo again through
 * {@code read}, whose service checks the reader then; a photo it no longer gives is a 404.
 */
public class PhotoThumbnails extends Div {

    /** @param altKey the alternative text of each photo, taking its number from 1 */
    public PhotoThumbnails(List<UUID> photoIds, SerializableFunction<UUID, Optional<Photo>> read, String altKey) {
        int number = 0;
        for (UUID photoId : photoIds) {
            number++;
            DownloadHandler photo = DownloadHandler.fromInputStream(event -> read.apply(photoId)
                    .map(found -> new DownloadResponse(new ByteArrayInputStream(found.content()), "photo-" + photoId,
                            found.contentType(), found.content().length))
                    .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)));
            Image thumbnail = new Image(photo, getTranslation(altKey, number));
            Anchor open = new Anchor(photo, "");
            open.setTarget(AnchorTarget.BLANK);
            open.add(thumbnail);
            add(open);
        }
    }
}
