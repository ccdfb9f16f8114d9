package eu.reloop.stamp;

/**
 * Where new stamp codes come from: a secure random source, so that nobody can guess the next code. The
 * embedded demo replaces it with a seeded one (every demo code is predictable, which is the point there),
 * so that the README can list demo codes that exist.
 */
@FunctionalInterface
public interface StampCodeSource {

    StampCode next();
}
