package eu.reloop.stamp;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public stamp verification as JSON: what the /verify page shows, and the stamp's place in the log. */
@RestController
@RequestMapping("/api/v1/stamps")
@Tag(name = "Stamps", description = "Verify a quality stamp by its code")
class StampController {

    private static final String NOT_IN_REGISTRY =
            "No stamp with this code is in the ReLoop registry. A stamp that is not here is not genuine.";

    private static final String TREE_SIZE = "The size of the signed tree head to prove against; the log as it is now when left out";

    private final Stamps stamps;

    StampController(Stamps stamps) {
        this.stamps = stamps;
    }

    @GetMapping("/{code}")
    @Operation(summary = "A stamp with its live status, the item, its inspection summary and history")
    @ApiResponse(responseCode = "200", description = "The stamp (valid or revoked)")
    @ApiResponse(responseCode = "400", description = "Not a stamp code, or a code with a typo")
    @ApiResponse(responseCode = "404", description = "No stamp with this code")
    StampVerification stamp(@Parameter(description = "Stamp code, e.g. 7K3M-9QXD-Q; case and hyphens do not matter")
            @PathVariable String code) {
        return stamps.verify(readable(code)).orElseThrow(() -> new UnknownRecordException(NOT_IN_REGISTRY));
    }

    @GetMapping("/{code}/photo")
    @Operation(summary = "The photo of the item the stamp shows",
            description = "Its SHA-256 is the photoHash of the stamp's signed statement and of its issue entry in the log.")
    @ApiResponse(responseCode = "200", description = "The photo, JPEG or PNG",
            content = {@Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png")})
    @ApiResponse(responseCode = "404", description = "No stamp with this code, or a stamp issued before photos were required")
    ResponseEntity<byte[]> photo(@PathVariable String code) {
        StampApplication.PhotoContent photo = stamps.photo(readable(code))
                .orElseThrow(() -> new UnknownRecordException("No photo for this stamp code"));
        // The bytes never change (their hash is signed), so any cache may keep them.
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()).body(photo.content());
    }

    @GetMapping("/{code}/proof")
    @Operation(summary = "Proof that the stamp's issue is in the stamp log (RFC 9162 inclusion proof, SHA-256)",
            description = "Check it against the root of a signed tree head of the same size (/api/v1/stamp-log/head, "
                    + "or one you kept, from /api/v1/stamp-log/heads).")
    @ApiResponse(responseCode = "400", description = "A bad code, or a tree size that does not hold the issue")
    StampLog.InclusionProof proof(@PathVariable String code, @Parameter(description = TREE_SIZE)
            @RequestParam(required = false) @Min(1) @Nullable Long treeSize) {
        return proofs(code, treeSize).stream().filter(proof -> proof.event() == StampEvent.ISSUED).findFirst()
                .map(Stamps.EventProof::proof)
                .orElseThrow(() -> RefusedException.onField("treeSize", "stamp.api.issue-not-in-tree"));
    }

    @GetMapping("/{code}/proofs")
    @Operation(summary = "Proofs that each of the stamp's events (issue, sale, return, claim, revocation) is in the log",
            description = "Oldest first; events after the given tree size are left out.")
    List<Stamps.EventProof> proofs(@PathVariable String code, @Parameter(description = TREE_SIZE)
            @RequestParam(required = false) @Min(1) @Nullable Long treeSize) {
        return stamps.eventProofs(readable(code), treeSize).orElseThrow(() -> new UnknownRecordException(NOT_IN_REGISTRY));
    }

    private static StampCode readable(String typed) {
        return new StampCode(StampCode.FORMAT.readOrRefuse(typed, "code", "stamp.api.typo", "stamp.api.malformed"));
    }
}
