/**
 * The quality-stamp registry: stamps with typo-safe codes, signed with the registry's Ed25519 keys so
 * that anyone holding the published public keys can verify them offline, and a tamper-evident log of
 * every stamp event (a hash chain, summarised as a Merkle tree in the manner of RFC 9162).
 */
@NullMarked
@ApplicationModule(displayName = "Stamp")
package eu.reloop.stamp;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
