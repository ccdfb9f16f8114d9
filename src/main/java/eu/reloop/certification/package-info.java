/**
 * The approval scheme: organisations apply for certification as a repairer or a reuse centre with a
 * criteria checklist and evidence, certifiers decide, and the certificates they issue are the only
 * source of an organisation's public standing. Every decision is kept in an append-only audit trail.
 */
@NullMarked
@ApplicationModule(displayName = "Certification")
package eu.reloop.certification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
