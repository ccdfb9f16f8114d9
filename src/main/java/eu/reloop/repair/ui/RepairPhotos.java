package eu.reloop.repair.ui;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import eu.reloop.repair.RepairRequest;
import eu.reloop.repair.RepairRequests;

/** A request's photos as thumbnails, each opening full size; the service checks the reader at each download. */
class RepairPhotos extends Div {

    RepairPhotos(RepairRequests requests, RepairRequest request) {
        addClassName("claim-photos");
        int number = 0;
        for (UUID photoId : request.photoIds()) {
            number++;
            DownloadHandler photo = DownloadHandler.fromInputStream(event -> requests.photo(request.id(), photoId)
                    .map(found -> new DownloadResponse(new ByteArrayInputStream(found.content()), "photo-" + photoId,
                            found.contentType(), found.content().length))
                    .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)));
            Image thumbnail = new Image(photo, getTranslation("repair.photo", number));
            Anchor open = new Anchor(photo, "");
            open.setTarget(AnchorTarget.BLANK);
            open.add(thumbnail);
            add(open);
        }
    }
}
