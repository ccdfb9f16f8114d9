package eu.reloop.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;

/** Asks the browser where the user is; the browser asks the user for permission first. */
public final class BrowserGeolocation {

    // Resolves, never rejects: a refusal or a timeout is an answer the caller handles, not a failure.
    private static final String CURRENT_POSITION = """
            return new Promise((resolve) => {
                if (!navigator.geolocation) {
                    resolve({error: 'unsupported'});
                    return;
                }
                navigator.geolocation.getCurrentPosition(
                    p => resolve({lat: p.coords.latitude, lon: p.coords.longitude}),
                    e => resolve({error: e.message || 'denied'}),
                    {timeout: 10000});
            })""";

    private BrowserGeolocation() {
    }

    /**
     * Requests the current position through {@code owner}, which must be attached.
     *
     * @param onPosition receives latitude and longitude
     * @param onError    receives the browser's reason: "unsupported", a denial or a timeout message
     */
    public static void request(Component owner, SerializableBiConsumer<Double, Double> onPosition,
            SerializableConsumer<String> onError) {
        owner.getElement().executeJs(CURRENT_POSITION).then(result -> {
            if (result.hasNonNull("lat") && result.hasNonNull("lon")) {
                onPosition.accept(result.get("lat").asDouble(), result.get("lon").asDouble());
            } else {
                onError.accept(result.path("error").asString("unknown"));
            }
        }, onError);
    }
}
