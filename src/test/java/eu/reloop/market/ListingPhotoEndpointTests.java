package eu.reloop.market;

import static eu.reloop.market.MarketTestSetup.asStaff;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.reloop.TestImages;
import eu.reloop.IntegrationTest;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.market.MarketTestSetup.Centre;

/** The listing photos as anonymous visitors fetch them, against the shared PostgreSQL. */
@IntegrationTest
class ListingPhotoEndpointTests {

    @LocalServerPort
    int port;

    @Autowired
    MarketTestSetup setup;

    @Autowired
    Listings listings;

    @Test
    void anyoneSeesTheBytesOfAPhotoOfAListingOnSaleAndNothingOnceItIsWithdrawn() throws Exception {
        Centre centre = setup.certifiedCentre("Photo Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        Listing listing = setup.listedPhone(centre, "Fairphone 5", "2000", "NOK");
        byte[] png = TestImages.png();
        UUID photo = asStaff(centre, () -> listings.attachPhoto(centre.organisationId(), listing.id(), png));

        HttpResponse<byte[]> onSale = get(listing.id() + "/photos/" + photo);
        assertThat(onSale.statusCode()).isEqualTo(200);
        assertThat(onSale.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(onSale.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(onSale.headers().firstValue("Cache-Control")).hasValueSatisfying(
                caching -> assertThat(caching).contains("private", "max-age=").doesNotContain("no-store"));
        assertThat(onSale.body()).isEqualTo(png);

        asStaff(centre, () -> {
            listings.withdraw(centre.organisationId(), listing.id());
            return null;
        });
        assertThat(get(listing.id() + "/photos/" + photo).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownOrMalformedPhotoIsNotFound() throws Exception {
        Centre centre = setup.certifiedCentre("Photo Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        Listing listing = setup.listedPhone(centre, "Fairphone 5", "2000", "NOK");

        assertThat(get(listing.id() + "/photos/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(get(UUID.randomUUID() + "/photos/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(get("not-a-listing/photos/not-a-photo").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/market/listings/" + path))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
