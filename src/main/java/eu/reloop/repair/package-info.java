/**
 * Repairs asked for through ReLoop, as Directive (EU) 2024/1799 has them: a consumer asks up to three certified
 * repairers about a faulty device; each answers with a European Repair Information Form (Article 4, Annex I),
 * binding for 30 days, or declines; the consumer compares the forms with stamped refurbished alternatives and
 * accepts one, which books a hand-over; the repair is carried to collection and its outcome recorded in the
 * terms of the Open Repair Data Standard, which the open-data export publishes without personal data.
 */
@NullMarked
@ApplicationModule(displayName = "Repair", allowedDependencies = {"shared", "shared::ui", "directory", "directory::ui", "geo", "geo::ui",
        "certification", "identity", "notification", "market", "search", "impact", "stamp"})
package eu.reloop.repair;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
