package eu.reloop.shared;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body ({@code reloop.body-limits.*}).
 *
 * @param api what a client may send to {@code /api/**}
 * @param pages every other request: page interactions and uploads (uploads keep their own, lower, limits)
 * @param paths exact paths with a limit of their own
 */
@ConfigurationProperties("reloop.body-limits")
public record BodyLimitProperties(@DefaultValue("64KB") DataSize api, @DefaultValue("16MB") DataSize pages,
        @DefaultValue Map<String, DataSize> paths) {

    long limitOf(String path) {
        DataSize own = paths.get(path);
        return (own != null ? own : RequestPath.isApi(path) ? api : pages).toBytes();
    }
}
