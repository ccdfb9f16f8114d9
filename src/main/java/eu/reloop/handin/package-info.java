/**
 * Hand-ins of old devices: a person books a drop-off at a site that erases data, the site receives the devices
 * by the hand-in's code and erases (or destroys) each one that holds data, and the owner gets an erasure
 * certificate signed with the registry's key, which anyone can check by its code without learning whose it was.
 */
@NullMarked
@ApplicationModule(displayName = "Hand-in", allowedDependencies = {"shared", "shared :: ui", "directory", "identity", "certification",
        "search", "geo", "geo :: ui", "notification", "stamp", "stamp :: ui", "impact"})
package eu.reloop.handin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
