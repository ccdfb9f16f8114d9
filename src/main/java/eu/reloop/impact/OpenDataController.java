package eu.reloop.impact;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import eu.reloop.shared.CsvExport;
import eu.reloop.shared.UnknownRecordException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The open-data exports as JSON or CSV, live or as kept on a day, and a DCAT-AP style catalogue of them. */
@RestController
@RequestMapping(ImpactLinks.OPEN_DATA_API)
@Tag(name = "Open data", description = "Impact figures and stamp counts, CC BY 4.0, no personal data")
class OpenDataController {

    private static final String DAY = "A day (UTC, YYYY-MM-DD) whose kept snapshot to return; the live figures when left out";
    private static final String FORMAT = "json (the default) or csv";

    /** The two forms an export comes in. */
    enum Format {
        json, csv
    }

    private final OpenData openData;
    private final ImpactFactors impactFactors;
    OpenDataController(OpenData openData, ImpactFactors impactFactors) {
        this.openData = openData;
        this.impactFactors = impactFactors;
    }

    @GetMapping("/impact")
    @Operation(summary = "CO2e and waste avoided by reuse and repair, and materials recycled, by month, town, kind and category",
            description = "Rows carry the factor version they were computed with; see /impact/method for the method.")
    @ApiResponse(responseCode = "200", description = "The export, JSON or CSV (comment lines start with #)")
    @ApiResponse(responseCode = "400", description = "An unknown format or a malformed day")
    @ApiResponse(responseCode = "404", description = "No snapshot was kept on that day")
    ResponseEntity<?> impact(@Parameter(description = FORMAT) @RequestParam(defaultValue = "json") Format format,
            @Parameter(description = DAY) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable LocalDate day) {
        return export(OpenData.Dataset.IMPACT, format, day);
    }

    @GetMapping("/stamps")
    @Operation(summary = "Quality stamps issued, by month, region, category and grade")
    @ApiResponse(responseCode = "200", description = "The export, JSON or CSV (comment lines start with #)")
    @ApiResponse(responseCode = "400", description = "An unknown format or a malformed day")
    @ApiResponse(responseCode = "404", description = "No snapshot was kept on that day")
    ResponseEntity<?> stamps(@Parameter(description = FORMAT) @RequestParam(defaultValue = "json") Format format,
            @Parameter(description = DAY) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable LocalDate day) {
        return export(OpenData.Dataset.STAMPS, format, day);
    }

    @GetMapping("/impact-factors/{version}")
    @Operation(summary = "A published version of the impact factors, as CSV",
            description = "One row per device category: production CO2e, typical weight, displacement, source and year.")
    @ApiResponse(responseCode = "404", description = "No such version")
    ResponseEntity<String> factors(@PathVariable int version) {
        return ResponseEntity.ok().contentType(CsvExport.MEDIA_TYPE).header(HttpHeaders.CONTENT_DISPOSITION,
                "inline; filename=\"reloop-impact-factors-v" + version + ".csv\"").body(impactFactors.csv(version));
    }

    @GetMapping(value = "", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The catalogue of the exports, in the manner of DCAT-AP (JSON-LD)")
    Map<String, Object> catalogue() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path(ImpactLinks.OPEN_DATA_API + "/").toUriString();
        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@context", Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/"));
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dct:title", "ReLoop open data");
        catalogue.put("dct:publisher", OpenData.PUBLISHER);
        catalogue.put("dcat:dataset", openData.exports().stream().map(dataset -> Map.of(
                "@type", "dcat:Dataset",
                "dct:identifier", dataset.path(),
                "dct:title", dataset.title(),
                "dct:license", OpenData.LICENCE_URL,
                "dct:publisher", OpenData.PUBLISHER,
                "dct:accrualPeriodicity", "http://publications.europa.eu/resource/authority/frequency/DAILY",
                "dcat:distribution", List.of(
                        Map.of("@type", "dcat:Distribution", "dcat:mediaType", "application/json",
                                "dcat:accessURL", base + dataset.path()),
                        Map.of("@type", "dcat:Distribution", "dcat:mediaType", "text/csv",
                                "dcat:accessURL", base + dataset.csvPath())))).toList());
        return catalogue;
    }

    private ResponseEntity<?> export(OpenData.Dataset dataset, Format format, @Nullable LocalDate day) {
        OpenDataset<?> export = day == null ? openData.live(dataset) : openData.snapshot(dataset, day)
                .orElseThrow(() -> new UnknownRecordException("No snapshot of " + dataset.path() + " was kept on " + day));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(HttpHeaders.LINK, "<" + OpenData.LICENCE_URL + ">; rel=\"license\"");
        return format == Format.csv
                ? response.contentType(CsvExport.MEDIA_TYPE).header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"reloop-"
                        + dataset.path() + (day == null ? "" : "-" + day) + ".csv\"").body(OpenData.csv(export, dataset))
                : response.contentType(MediaType.APPLICATION_JSON).body(export);
    }
}
