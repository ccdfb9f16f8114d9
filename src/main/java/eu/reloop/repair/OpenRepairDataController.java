package eu.reloop.repair;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import eu.reloop.impact.ImpactLinks;
import eu.reloop.impact.OpenData;
import eu.reloop.shared.CsvExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The repairs recorded through ReLoop, as open data in the Open Repair Data Standard's fields. */
@RestController
@RequestMapping(ImpactLinks.OPEN_DATA_API)
@Tag(name = "Open repair data", description = "Repair outcomes in the fields of the Open Repair Data Standard "
        + "(ORDS 0.2), under CC BY 4.0: no personal data, and no repairer named")
class OpenRepairDataController {

    private static final String LICENCE_LINK = "<" + OpenData.LICENCE_URL + ">; rel=\"license\"";

    private final OpenRepairData data;

    OpenRepairDataController(OpenRepairData data) {
        this.data = data;
    }

    @GetMapping(value = "/repairs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every repair with a recorded outcome, oldest first, as JSON",
            description = "Each record has ORDS's fields: the device's category (ReLoop's code and ORDS's name), brand, "
                    + "age in years since purchase, the problem as the repairer described it, the repair status (Fixed, "
                    + "Repairable, End of life), the barrier when not fixed, the date and the repairer's country "
                    + "(ISO 3166 alpha-3). Licensed CC BY 4.0; credit \"" + OpenRepairData.ATTRIBUTION + "\".")
    @ApiResponse(responseCode = "200", description = "The data set with its licence")
    ResponseEntity<Dataset> json() {
        return ResponseEntity.ok().header(HttpHeaders.LINK, LICENCE_LINK)
                .body(new Dataset(OpenData.LICENCE_URL, OpenRepairData.ATTRIBUTION, data.records()));
    }

    @GetMapping(value = {"/repairs", "/repairs.csv"}, produces = "text/csv")
    @Operation(summary = "The same repairs as CSV (RFC 4180) with ORDS's header line",
            description = "Asked for with Accept: text/csv, or at /api/v1/open-data/repairs.csv. Licensed CC BY 4.0 "
                    + "(the Link header names the licence).")
    @ApiResponse(responseCode = "200", description = "The data set as CSV", content = @Content(mediaType = "text/csv"))
    ResponseEntity<String> csv() {
        return ResponseEntity.ok().contentType(CsvExport.MEDIA_TYPE).header(HttpHeaders.LINK, LICENCE_LINK)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"reloop-repairs.csv\"").body(CsvExport.write(data.records(), OrdsRecord.class, List.of()));
    }

    /** The data set as JSON: its licence, the credit it asks for, and the records. */
    record Dataset(String licence, String attribution, List<OrdsRecord> records) {
    }
}
