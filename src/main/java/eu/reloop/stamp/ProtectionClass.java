package eu.reloop.stamp;

/** Class I appliances are earthed (a protective conductor is tested); class II are double-insulated. */
public enum ProtectionClass {
    CLASS_I, CLASS_II
}
