package eu.reloop.stamp;

/**
 * Where new stamp codes come from: a secure random source, so that nobody can guess the next code. The
 * demo data puts a seeded one first, so that the README can list demo codes that exist.
 */
@FunctionalInterface
public interface StampCodeSource {

    StampCode next();
}
