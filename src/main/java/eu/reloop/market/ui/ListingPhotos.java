package eu.reloop.market.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import eu.reloop.market.Listing;
import eu.reloop.market.Listings;
import eu.reloop.market.MarketLinks;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.DocumentUpload;
import eu.reloop.shared.ui.Feedback;

/**
 * A listing's photos as thumbnails, in the order buyers see them, with an upload and a remove button each
 * while the seller may still change the listing.
 */
class ListingPhotos extends Div {

    private final transient Listings listings;
    private final UUID organisationId;
    private final UUID listingId;
    private final String listingTitle;
    private final boolean editable;
    private final Div thumbnails = new Div();

    ListingPhotos(Listings listings, Listing listing, boolean editable) {
        this.listings = listings;
        this.organisationId = listing.organisationId();
        this.listingId = listing.id();
        this.listingTitle = listing.title();
        this.editable = editable;
        setId("listing-photo-editor");
        addClassName("listing-photo-editor");
        thumbnails.addClassName("photo-thumbnails");
        add(new H2(getTranslation("listing-editor.photos")), thumbnails);
        if (editable) {
            add(upload());
        }
        show(listing.photoIds());
    }

    private void show(List<UUID> photoIds) {
        thumbnails.removeAll();
        if (photoIds.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("listing-editor.no-photos"));
            none.setId("no-photos");
            thumbnails.add(none);
        }
        for (int i = 0; i < photoIds.size(); i++) {
            UUID photoId = photoIds.get(i);
            String name = getTranslation("listing-editor.photo", i + 1, listingTitle);
            Image image = new Image(MarketLinks.listingPhoto(listingId, photoId), name);
            Div thumbnail = new Div(image);
            thumbnail.addClassName("photo-thumbnail");
            if (editable) {
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> ConfirmStep.ask(this,
                        "listing-editor.remove-photo", "error primary", "confirm-remove-photo", () -> remove(photoId)));
                remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                remove.setAriaLabel(getTranslation("listing-editor.remove-photo.label", name));
                remove.setTooltipText(getTranslation("listing-editor.remove-photo.label", name));
                remove.addClassName("remove-photo");
                thumbnail.add(remove);
            }
            thumbnails.add(thumbnail);
        }
    }

    private DocumentUpload upload() {
        DocumentUpload upload = DocumentUpload.forPhotos(Listings.MAX_PHOTO_BYTES, getTranslation("listing-editor.photo-drop"),
                fileName -> getTranslation("listing-editor.photo-rejected", fileName), (fileName, content) -> {
                    if (Attempt.get(this, () -> listings.attachPhoto(organisationId, listingId, content))
                            .isPresent()) {
                        Feedback.success(getTranslation("listing-editor.photo-added", fileName));
                    }
                    refresh();
                });
        upload.setId("listing-photo-upload");
        return upload;
    }

    private void remove(UUID photoId) {
        if (Attempt.run(this, () -> listings.removePhoto(organisationId, listingId, photoId))) {
            Feedback.success(getTranslation("listing-editor.photo-removed"));
        }
        refresh();
    }

    /** The photos as stored now, also after a refusal. */
    private void refresh() {
        listings.listing(listingId).ifPresent(now -> show(now.photoIds()));
    }
}
