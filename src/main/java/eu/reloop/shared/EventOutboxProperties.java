package eu.reloop.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the event publication registry (the outbox through which committed changes reach search, mail and
 * payments) is kept.
 *
 * @param retryInterval how often publications whose listener failed (search or mail was down) are tried again
 * @param keepCompleted how long a completed publication stays in the registry before it is deleted
 * @param cleanupInterval how often completed publications past {@code keepCompleted} are deleted
 */
@ConfigurationProperties("reloop.events")
public record EventOutboxProperties(@DefaultValue("30s") Duration retryInterval,
                                    @DefaultValue("7d") Duration keepCompleted,
                                    @DefaultValue("1h") Duration cleanupInterval) {
}
