package eu.reloop.handin;

import java.util.Optional;
import java.util.random.RandomGenerator;

import eu.reloop.shared.TypoSafeCode;

/**
 * What the owner shows at the counter, such as {@code 4KX-9QD-M}: six symbols and a check symbol, short enough to
 * read out, typo-safe like a stamp's code; guessing one is no use, as only the site it is booked at can receive it.
 */
public record HandInCode(String value) {

    public static final TypoSafeCode FORMAT = new TypoSafeCode(6, 3);

    public HandInCode {
        if (!FORMAT.isWellFormed(value)) {
            throw new IllegalArgumentException("Not a hand-in code: " + value);
        }
    }

    static HandInCode generate(RandomGenerator random) {
        return new HandInCode(FORMAT.generate(random));
    }

    public static Optional<HandInCode> parse(String typed) {
        return FORMAT.parse(typed).map(HandInCode::new);
    }

    public String display() {
        return FORMAT.display(value);
    }

    @Override
    public String toString() {
        return display();
    }
}
