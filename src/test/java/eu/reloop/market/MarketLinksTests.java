package eu.reloop.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class MarketLinksTests {

    private static final UUID ID = UUID.fromString("0b4f3d1e-8c2a-4f6b-9d7e-1a2b3c4d5e6f");
    private static final UUID PHOTO = UUID.fromString("9e8d7c6b-5a49-4838-a726-15f4e3d2c1b0");

    @Test
    void eachLinkIsItsRouteFilledInAsAPathFromTheSiteRoot() {
        assertThat(MarketLinks.listing(ID)).isEqualTo("/listings/" + ID);
        assertThat(MarketLinks.checkout(ID)).isEqualTo("/checkout/" + ID);
        assertThat(MarketLinks.order(ID)).isEqualTo("/orders/" + ID);
        assertThat(MarketLinks.orders()).isEqualTo("/orders");
        assertThat(MarketLinks.orderReturn(ID)).isEqualTo("/orders/" + ID + "/return");
        assertThat(MarketLinks.warranties()).isEqualTo("/warranties");
        assertThat(MarketLinks.claim(ID)).isEqualTo("/warranties/" + ID + "/claim");
        assertThat(MarketLinks.editListing(ID)).isEqualTo("/market/listings/" + ID + "/edit");
        assertThat(MarketLinks.newListing(ID)).isEqualTo("/market/listings/new/" + ID);
        assertThat(MarketLinks.sellerOrder(ID)).isEqualTo("/market/orders/" + ID);
        assertThat(MarketLinks.afterSale()).isEqualTo("/market/after-sale");
        assertThat(MarketLinks.listingPhoto(ID, PHOTO)).isEqualTo("/market/listings/" + ID + "/photos/" + PHOTO);
    }
}
