package eu.reloop.market;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import eu.reloop.shared.Ids;

/**
 * A listing's photos as plain images, for the product page, the search results and the seller's own pages.
 * Whoever may see the listing may see its photos (anyone while it is on sale, its seller always); anything
 * else, a malformed id included, is simply not found.
 */
@Controller
class ListingPhotoController {

    static final String PATH = MarketLinks.LISTING_PHOTO;
    /** Short, and private: a withdrawn listing's photos should stop showing soon, and shared caches never see a seller's. */
    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate();

    private final Listings listings;

    ListingPhotoController(Listings listings) {
        this.listings = listings;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> photo(@PathVariable String listingId, @PathVariable String photoId) {
        return Ids.parse(listingId).flatMap(listing -> Ids.parse(photoId).flatMap(photo -> listings.photo(listing, photo)))
                .map(photo -> ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                        .cacheControl(CACHING).header("X-Content-Type-Options", "nosniff").body(photo.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

}
