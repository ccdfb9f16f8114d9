package eu.reloop.stamp.ui;

import eu.reloop.stamp.ItemIdentity;

/** Which item an application is about; it is fixed when the application starts, so it is never edited. */
final class ItemSummary {

    private ItemSummary() {
    }

    /** How lists and headings name the item: brand and model. */
    static String label(ItemIdentity item) {
        return (item.brand() + " " + item.model()).strip();
    }

    static FactList of(ItemIdentity item, CategoryNames categories) {
        FactList facts = new FactList()
                .fact("stamp.item.category", categories.of(item.category()))
                .fact("stamp.item.brand", item.brand())
                .fact("stamp.item.model", item.model())
                .fact("stamp.item.serial", item.serialNumber(), "stamp-item-serial");
        if (item.yearOfManufacture() != null) {
            facts.fact("stamp.item.year", String.valueOf(item.yearOfManufacture()));
        }
        facts.setId("stamp-item");
        return facts;
    }
}
