package eu.reloop.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search behaviour.
 *
 * @param retryInterval how often index updates that failed (search was down) are tried again, and how
 *                      old a failed update must be before it is
 */
@ConfigurationProperties("reloop.search")
public record SearchProperties(@DefaultValue("30s") Duration retryInterval) {
}
