package eu.reloop.stamp;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where {@link KeyFileSigner} keeps the registry's private keys ({@code reloop.stamp.key-directory}). */
@ConfigurationProperties("reloop.stamp")
record StampProperties(@DefaultValue("data/keys") Path keyDirectory) {
}
