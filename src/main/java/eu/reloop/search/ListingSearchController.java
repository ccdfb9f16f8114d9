package eu.reloop.search;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.reloop.directory.Organisations;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.market.Listings;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.Quoted;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.stamp.Grade;

/** The public search for refurbished products, as JSON: the same search the "Buy refurbished" view runs. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search")
class ListingSearchController extends SearchApi {

    private final ListingSearch search;

    ListingSearchController(ListingSearch search, Gazetteer gazetteer, Organisations organisations) {
        super(gazetteer, organisations);
        this.search = search;
    }

    @GetMapping("/listings")
    @Operation(summary = "Stamped products for sale near a point or place, with facet counts",
            description = "Give either lat and lon, or place (a Nordic town name; place names from GeoNames "
                    + "(www.geonames.org), CC BY 4.0). Only products of sellers certified at this moment are found; "
                    + "a product a checkout holds is found with reserved true. Prices compare within one currency: "
                    + "currency, or by default that of the country the origin is in (NOK, DKK, SEK; EUR in Finland "
                    + "and elsewhere); with a price range, products priced in other currencies are left out, and "
                    + "sorted by price they come last. The facets count category, brand and grade values over the "
                    + "search without that facet's own filter. Each hit has its distance from the origin in km. "
                    + "total counts every match when facets are asked for; without them it counts up to "
                    + ListingSearch.COUNTED_UP_TO + ", and totalExact false says there are at least that many.")
    ListingResults listings(
            @Parameter(description = "Latitude of the origin, WGS 84")
            @RequestParam(required = false) @GeoPoint.Latitude @Nullable Double lat,
            @Parameter(description = "Longitude of the origin, WGS 84")
            @RequestParam(required = false) @GeoPoint.Longitude @Nullable Double lon,
            @Parameter(description = "A town name instead of lat/lon, e.g. Bergen, København, Göteborg")
            @RequestParam(required = false) @Size(max = TextLimits.LABEL) @PrintableText @Nullable String place,
            @Parameter(description = "Search radius in km, 1 to 200") @RequestParam(defaultValue = "25") double radiusKm,
            @Parameter(description = "Device category code, e.g. phones, laptops")
            @RequestParam(required = false) @Nullable String category,
            @Parameter(description = "Brand, exactly as the facet names it, e.g. Apple")
            @RequestParam(required = false) @Nullable String brand,
            @Parameter(description = "Cosmetic grade; repeat for several")
            // A blank grade arrives as null.
            @RequestParam(required = false) @Nullable Set<@NotNull(message = "{eu.reloop.search.grade.blank}") Grade> grade,
            @Parameter(description = "Lowest price, in the currency, e.g. 1500; 0 to " + ListingQuery.MAX_PRICE
                    + ", at most two decimals")
            @RequestParam(required = false) @Nullable BigDecimal minPrice,
            @Parameter(description = "Highest price, in the currency; at least minPrice")
            @RequestParam(required = false) @Nullable BigDecimal maxPrice,
            @Parameter(description = "NOK, DKK, SEK or EUR; by default the currency of the origin's country")
            @RequestParam(required = false) @Nullable String currency,
            @Parameter(description = "Lowest battery health in %, 0 to 100")
            @RequestParam(required = false) @Nullable Integer minBatteryHealth,
            @Parameter(description = "Words to find in title, brand, model, description or the name of the device "
                    + "category, e.g. vaskemaskiner; typos are forgiven, inflected forms and spellings with or without "
                    + "diacritics of Norwegian, Swedish, Danish and Finnish words are found, and every word must match")
            // The query names it text; checked here too, so that a refusal names the parameter a client sent.
            @RequestParam(required = false) @Size(max = TextLimits.NAME) @PrintableText @Nullable String q,
            @Parameter(description = "Order of the hits") @RequestParam(defaultValue = "DISTANCE") ListingSort sort,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Hits per page, 1 to 50") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "Whether to count category, brand and grade values (facets); false answers "
                    + "faster when they are not shown, and counts matches up to " + ListingSearch.COUNTED_UP_TO)
            @RequestParam(defaultValue = "true") boolean facets) {
        GeoPoint origin = origin(lat, lon, place);
        requireKnownCategory(category);
        if (currency != null && !Listings.CURRENCIES.contains(currency)) {
            throw RefusedException.onField("currency", "search.api.unknown-currency", Quoted.value(currency),
                    String.join(", ", Listings.CURRENCIES.stream().sorted().toList()));
        }
        return search.search(new ListingQuery(origin, radiusKm, category, brand, grade == null ? Set.of() : grade,
                minPrice, maxPrice, currency, minBatteryHealth, q, sort, page, size, facets));
    }
}
