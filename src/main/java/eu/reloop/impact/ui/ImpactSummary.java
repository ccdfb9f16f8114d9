package eu.reloop.impact.ui;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import eu.reloop.impact.ImpactKind;
import eu.reloop.impact.ImpactRow;
import eu.reloop.impact.ImpactTotals;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.stamp.ui.FactList;

/** Totals per kind in words: how many reused and repaired, the CO2e and waste they avoided, the mass recycled. */
class ImpactSummary extends FactList {

    ImpactSummary(Collection<ImpactRow> rows, Locale locale) {
        addClassName("impact-summary");
        Map<ImpactKind, ImpactTotals> byKind = ImpactTotals.by(rows, ImpactRow::kind);
        ImpactTotals all = ImpactTotals.of(rows);
        fact("impact.summary.reused", String.valueOf(byKind.getOrDefault(ImpactKind.REUSE, ImpactTotals.NONE).items()));
        fact("impact.summary.repaired", String.valueOf(byKind.getOrDefault(ImpactKind.REPAIR, ImpactTotals.NONE).items()));
        fact("impact.summary.co2e", LocalizedFormats.kilograms(all.kgCo2e(), locale) + " CO2e");
        fact("impact.summary.waste", LocalizedFormats.kilograms(all.kgWaste(), locale));
        fact("impact.summary.recycled", LocalizedFormats.kilograms(
                byKind.getOrDefault(ImpactKind.RECYCLING, ImpactTotals.NONE).massKg(), locale));
    }
}
