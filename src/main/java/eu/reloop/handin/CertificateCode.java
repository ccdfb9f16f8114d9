package eu.reloop.handin;

import java.util.Optional;
import java.util.random.RandomGenerator;

import eu.reloop.shared.TypoSafeCode;

/**
 * An erasure certificate's code, such as {@code 7K3M9-QXDQ2-F}: ten symbols and a check symbol, so that it is
 * never taken for a stamp's code (eight and one) and 32^10 codes make guessing one hopeless.
 */
public record CertificateCode(String value) {

    public static final TypoSafeCode FORMAT = new TypoSafeCode(10, 5);

    public CertificateCode {
        if (!FORMAT.isWellFormed(value)) {
            throw new IllegalArgumentException("Not an erasure certificate code: " + value);
        }
    }

    static CertificateCode generate(RandomGenerator random) {
        return new CertificateCode(FORMAT.generate(random));
    }

    public static Optional<CertificateCode> parse(String typed) {
        return FORMAT.parse(typed).map(CertificateCode::new);
    }

    public String display() {
        return FORMAT.display(value);
    }

    @Override
    public String toString() {
        return display();
    }
}
