package eu.reloop.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where map tiles come from and the credit their provider requires, for every
 * {@code eu.reloop.shared.ui.LeafletMap}. The OpenStreetMap default needs the internet and suits
 * light use only (its tile usage policy); point {@code tile-url} at your own tile server otherwise.
 */
@ConfigurationProperties("reloop.map")
public record MapProperties(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
        @DefaultValue("© <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors")
        String attribution) {
}
