package eu.reloop.stamp;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The offline verifier's address: its files are static resources ({@code META-INF/resources/offline-verify/}), but a
 * folder's address would otherwise reach Vaadin, which shows a view there, not the folder's page.
 */
@Controller
@Hidden
class OfflineVerifierController {

    /** Into the folder, so that the page's relative links and its service worker's scope are the folder. */
    @GetMapping(StampLinks.OFFLINE_VERIFIER)
    String folder() {
        return "redirect:" + StampLinks.offlineVerifier();
    }

    @GetMapping(StampLinks.OFFLINE_VERIFIER + "/")
    String page() {
        return "forward:" + StampLinks.OFFLINE_VERIFIER + "/index.html";
    }
}
