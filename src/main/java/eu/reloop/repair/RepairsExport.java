package eu.reloop.repair;

import org.springframework.stereotype.Component;

import eu.reloop.impact.OpenDataExport;

/** The open repair data, as the open-data page and catalogue list it. */
@Component
class RepairsExport implements OpenDataExport {

    @Override
    public String path() {
        return "repairs";
    }

    @Override
    public String csvPath() {
        return "repairs.csv";
    }

    @Override
    public String title() {
        return "ReLoop repairs in the Open Repair Data Standard";
    }

    @Override
    public String descriptionKey() {
        return "open-data.repairs.description";
    }
}
