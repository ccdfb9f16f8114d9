package eu.reloop.repair.ui;

import eu.reloop.repair.RepairRequest;
import eu.reloop.repair.RepairRequests;
import eu.reloop.shared.ui.PhotoThumbnails;

/** A request's photos as thumbnails, in the look of a claim's; the service checks the reader at each download. */
class RepairPhotos extends PhotoThumbnails {

    RepairPhotos(RepairRequests requests, RepairRequest request) {
        super(request.photoIds(), photoId -> requests.photo(request.id(), photoId), "repair.photo");
        addClassName("claim-photos");
    }
}
