package eu.reloop.market;

import java.util.Arrays;
import java.util.Optional;

/**
 * What each seller country's consumer law gives a buyer whatever the seller promises: a seller may not present
 * these rights as a bonus of its own, so ReLoop's warranty is shown beside them as coming in addition. The texts
 * are {@code rights.<country>} in every language; the law is named here in its own language, as it is cited.
 */
public enum StatutoryRights {

    /** Two years, five for goods meant to last considerably longer. */
    NO("Forbrukerkjøpsloven § 27", "https://lovdata.no/lov/2002-06-21-34/%C2%A727"),
    /** Three years from delivery. */
    SE("Konsumentköplagen (SFS 2022:260)", "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/konsumentkoplag-2022260_sfs-2022-260/"),
    /** Two years. */
    DK("Købeloven § 83", "https://www.retsinformation.dk/eli/lta/2021/1853"),
    /** Within a reasonable time of finding the fault; no fixed limit. */
    FI("Kuluttajansuojalaki (38/1978) 5 luku 16 §", "https://www.finlex.fi/fi/laki/ajantasa/1978/19780038"),
    /** Two years, five for goods meant to last considerably longer. */
    IS("Lög um neytendakaup nr. 48/2003, 27. gr.", "https://www.althingi.is/lagas/nuna/2003048.html");

    private final String law;
    private final String source;

    StatutoryRights(String law, String source) {
        this.law = law;
        this.source = source;
    }

    /** The rights where the seller's site is, by its ISO country code; empty outside the Nordic countries. */
    public static Optional<StatutoryRights> inCountry(String countryCode) {
        return Arrays.stream(values()).filter(rights -> rights.name().equals(countryCode)).findFirst();
    }

    /** The key of the text that states the rights, in the reader's language. */
    public String messageKey() {
        return "rights." + name();
    }

    /** The law and provision, as cited in the country. */
    public String law() {
        return law;
    }

    /** Where anyone reads the law itself. */
    public String source() {
        return source;
    }
}
