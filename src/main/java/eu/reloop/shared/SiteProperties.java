package eu.reloop.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where users reach ReLoop ({@code reloop.site.public-url}), for links that leave the application: in
 * e-mails and in the QR codes printed on stamp labels.
 */
@ConfigurationProperties("reloop.site")
public record SiteProperties(@DefaultValue("http://localhost:8080") String publicUrl) {

    /** An absolute address for a path of the application, such as {@code /verify/7K3M9QXDQ}. */
    public String link(String path) {
        return publicUrl.replaceAll("/+$", "") + path;
    }
}
