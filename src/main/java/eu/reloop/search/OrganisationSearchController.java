package eu.reloop.search;

import java.util.Set;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.reloop.directory.ExtraService;
import eu.reloop.directory.HandOver;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/** The public location search, as JSON: the same search the "Find a repairer" view runs. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Find certified repairers, reuse centres and collection points near a place")
class OrganisationSearchController extends SearchApi {

    private final OrganisationSearch search;

    OrganisationSearchController(OrganisationSearch search, Gazetteer gazetteer, Organisations organisations) {
        super(gazetteer, organisations);
        this.search = search;
    }

    @GetMapping("/organisations")
    @Operation(summary = "Sites of organisations near a point or place, nearest first",
            description = "Give either lat and lon, or place (a Nordic town name; place names from GeoNames "
                    + "(www.geonames.org), CC BY 4.0). Each hit has its distance from the origin in km. q finds "
                    + "organisations by their name, their site's name or the name of a device category they offer, in "
                    + "Norwegian, Swedish, Danish, Finnish or English, in any inflected form and with or without "
                    + "diacritics (vaskemaskiner, tvättmaskinerna, Aabenraa).")
    SearchPage<OrganisationHit> organisations(
            @Parameter(description = "Latitude of the origin, WGS 84")
            @RequestParam(required = false) @GeoPoint.Latitude @Nullable Double lat,
            @Parameter(description = "Longitude of the origin, WGS 84")
            @RequestParam(required = false) @GeoPoint.Longitude @Nullable Double lon,
            @Parameter(description = "A town name instead of lat/lon, e.g. Bergen, København, Göteborg")
            @RequestParam(required = false) @Size(max = TextLimits.LABEL) @PrintableText @Nullable String place,
            @Parameter(description = "Search radius in km, 0.1 to 500") @RequestParam(defaultValue = "10") double radiusKm,
            @Parameter(description = "Device category code, e.g. phones, washing-machines")
            @RequestParam(required = false) @Nullable String category,
            @Parameter(description = "Offered service") @RequestParam(required = false) @Nullable OfferedService service,
            @Parameter(description = "Only organisations with a valid certificate") @RequestParam(defaultValue = "true") boolean certifiedOnly,
            @Parameter(description = "Only sites open at this moment, in their own time zone") @RequestParam(defaultValue = "false") boolean openNow,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Hits per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "Only repairers that answer with the European Repair Information Form online "
                    + "(certified repairers)") @RequestParam(defaultValue = "false") boolean repairFormOnline,
            @Parameter(description = "Only repairers whose typical repair takes at most this many days, 1 to 365")
            @RequestParam(required = false) @Nullable Integer maxRepairDays,
            @Parameter(description = "Only repairers that lend a device during the repair")
            @RequestParam(defaultValue = "false") boolean loanDevice,
            @Parameter(description = "Only repairers offering every hand-over option given (repeat the parameter)")
            @RequestParam(required = false) @Nullable Set<HandOver> handOver,
            @Parameter(description = "Only repairers offering every extra service given (repeat the parameter)")
            @RequestParam(required = false) @Nullable Set<ExtraService> extraServices,
            @Parameter(description = "Words to find in the organisation's or site's name, or in the name of a device "
                    + "category it offers, e.g. vaskemaskiner; typos are forgiven, and every word must match")
            // The query names it text; checked here too, so that a refusal names the parameter a client sent.
            @RequestParam(required = false) @Size(max = TextLimits.NAME) @PrintableText @Nullable String q) {
        GeoPoint origin = origin(lat, lon, place);
        requireKnownCategory(category);
        return search.search(new OrganisationQuery(origin, radiusKm, category, service, certifiedOnly, openNow, page, size,
                new RepairFilters(repairFormOnline, maxRepairDays, loanDevice, handOver, extraServices), q));
    }
}
