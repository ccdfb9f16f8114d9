package eu.reloop.shared.ui;

import java.util.Set;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * "Scan with camera": films with the device's camera, asked for only when the button is pressed, until a QR code
 * shows, and hands its text to {@code onScanned}. Where there is no camera, or the person refuses it, it says so and
 * the typed field stays the way in. The reading is {@code qr-scan/reloop-qr-scan.js}, served as a static resource
 * as Leaflet is: the browser's BarcodeDetector where it has one, else jsQR.
 */
@JavaScript("context://qr-scan/reloop-qr-scan.js")
public class QrScanner extends Div {

    /** Why the camera could not read, as the script names it; each has its message {@code qr-scan.<name>}. */
    private static final Set<String> FAILURES = Set.of("unsupported", "no-camera", "refused", "failed");

    private final Button toggle;
    private final Element video = new Element("video");
    private final Div problem = new Div();
    private boolean scanning;

    /** @param idPrefix the ids of the button ({@code scan}), the video ({@code camera}) and the message ({@code scan-problem}) start with it */
    public QrScanner(String idPrefix, SerializableConsumer<String> onScanned) {
        toggle = new Button(getTranslation("qr-scan.start"), VaadinIcon.CAMERA.create(), click -> toggle());
        toggle.setId(idPrefix + "scan");
        video.setAttribute("id", idPrefix + "camera");
        video.setAttribute("hidden", true);
        video.getStyle().set("display", "block").set("width", "min(100%, 24rem)");
        problem.setId(idPrefix + "scan-problem");
        problem.addClassNames("callout", "error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(toggle);
        getElement().appendChild(video);
        add(problem);
        getElement().addEventListener("qr-scanned", event -> {
            stopped();
            onScanned.accept(event.getEventData().get("event.detail").asString());
        }).addEventData("event.detail");
        getElement().addEventListener("qr-scan-failed", event -> {
            stopped();
            String reason = event.getEventData().get("event.detail").asString();
            problem.setText(getTranslation("qr-scan." + (FAILURES.contains(reason) ? reason : "failed")));
            problem.setVisible(true);
        }).addEventData("event.detail");
    }

    private void toggle() {
        if (scanning) {
            getElement().executeJs("this.$stopScan && this.$stopScan()");
            stopped();
            return;
        }
        scanning = true;
        toggle.setText(getTranslation("qr-scan.stop"));
        problem.setVisible(false);
        getElement().executeJs("""
                const host = this;
                host.$stopScan = window.reloopQrScan.scan($0,
                    text => host.dispatchEvent(new CustomEvent('qr-scanned', {detail: text})),
                    reason => host.dispatchEvent(new CustomEvent('qr-scan-failed', {detail: reason})));""", video);
    }

    private void stopped() {
        scanning = false;
        toggle.setText(getTranslation("qr-scan.start"));
    }

    /** The script lets the camera go once its video has left the page. */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        stopped();
    }
}
