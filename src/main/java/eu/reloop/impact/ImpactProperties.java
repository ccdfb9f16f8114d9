package eu.reloop.impact;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reloop.impact.secondary-material-target}: the share of collected mass the impact page draws its reference line
 * at, 20 % by default (the Danish region's aim for secondary raw materials).
 */
@ConfigurationProperties("reloop.impact")
record ImpactProperties(@DefaultValue("0.20") BigDecimal secondaryMaterialTarget) {
}
