package eu.reloop.market.ui;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import eu.reloop.market.WarrantyClaim;
import eu.reloop.market.WarrantyClaims;

/** A claim's photos as thumbnails, each opening full size; the service checks the reader at each download. */
class ClaimPhotos extends Div {

    ClaimPhotos(WarrantyClaims claims, WarrantyClaim claim) {
        addClassName("claim-photos");
        int number = 0;
        for (UUID photoId : claim.photoIds()) {
            number++;
            DownloadHandler photo = DownloadHandler.fromInputStream(event -> claims.photo(claim.id(), photoId)
                    .map(found -> new DownloadResponse(new ByteArrayInputStream(found.content()), "photo-" + photoId,
                            found.contentType(), found.content().length))
                    .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)));
            Image thumbnail = new Image(photo, getTranslation("claim.photo", number));
            Anchor open = new Anchor(photo, "");
            open.setTarget(AnchorTarget.BLANK);
            open.add(thumbnail);
            add(open);
        }
    }
}
