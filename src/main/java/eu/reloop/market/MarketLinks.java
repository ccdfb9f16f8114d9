package eu.reloop.market;

import java.util.UUID;

/**
 * The market's pages: each route template once, for the views' {@code @Route}, and a method per page for
 * whoever links to one (e-mails, notices, other pages), so that a renamed route cannot leave a link behind.
 * Links are paths from the site's root.
 */
public final class MarketLinks {

    public static final String LISTING_ID = "listingId";
    public static final String ORDER_ID = "orderId";
    public static final String WARRANTY_ID = "warrantyId";
    public static final String ORGANISATION_ID = "organisationId";
    public static final String PHOTO_ID = "photoId";

    public static final String LISTING = "listings/:" + LISTING_ID;
    public static final String RESERVE = "listings/:" + LISTING_ID + "/reserve";
    public static final String CHECKOUT = "checkout/:" + ORDER_ID;
    /** The buyer's orders, or one of them. */
    public static final String ORDERS = "orders/:" + ORDER_ID + "?";
    public static final String RETURN = "orders/:" + ORDER_ID + "/return";
    public static final String WARRANTIES = "warranties";
    public static final String CLAIM = "warranties/:" + WARRANTY_ID + "/claim";
    public static final String MY_LISTINGS = "market/listings";
    public static final String EDIT_LISTING = "market/listings/:" + LISTING_ID + "/edit";
    public static final String NEW_LISTING = "market/listings/new/:" + ORGANISATION_ID;
    public static final String SELLER_ORDERS = "market/orders";
    /** One of the centre's orders: for now the list they are in. */
    public static final String SELLER_ORDER = "market/orders/:" + ORDER_ID;
    public static final String AFTER_SALE = "market/after-sale";
    public static final String CLAIM_RATES = "review/claims";
    /** Served by the photo controller, not a view. */
    public static final String LISTING_PHOTO = "/market/listings/{" + LISTING_ID + "}/photos/{" + PHOTO_ID + "}";

    private MarketLinks() {
    }

    public static String listing(UUID listingId) {
        return path(LISTING, LISTING_ID, listingId);
    }

    public static String checkout(UUID orderId) {
        return path(CHECKOUT, ORDER_ID, orderId);
    }

    /** The buyer's order. */
    public static String order(UUID orderId) {
        return path(ORDERS, ORDER_ID + "?", orderId);
    }

    /** The buyer's orders. */
    public static String orders() {
        return "/" + ORDERS.replace("/:" + ORDER_ID + "?", "");
    }

    public static String orderReturn(UUID orderId) {
        return path(RETURN, ORDER_ID, orderId);
    }

    public static String warranties() {
        return "/" + WARRANTIES;
    }

    public static String claim(UUID warrantyId) {
        return path(CLAIM, WARRANTY_ID, warrantyId);
    }

    public static String editListing(UUID listingId) {
        return path(EDIT_LISTING, LISTING_ID, listingId);
    }

    public static String newListing(UUID organisationId) {
        return path(NEW_LISTING, ORGANISATION_ID, organisationId);
    }

    /** The seller's side of an order. */
    public static String sellerOrder(UUID orderId) {
        return path(SELLER_ORDER, ORDER_ID, orderId);
    }

    public static String afterSale() {
        return "/" + AFTER_SALE;
    }

    public static String listingPhoto(UUID listingId, UUID photoId) {
        return LISTING_PHOTO.replace("{" + LISTING_ID + "}", listingId.toString())
                .replace("{" + PHOTO_ID + "}", photoId.toString());
    }

    /** The route with its parameter filled in, from the site's root. */
    private static String path(String route, String parameter, UUID value) {
        return "/" + route.replace(":" + parameter, value.toString());
    }
}
