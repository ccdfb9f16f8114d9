package eu.reloop.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** An amount of one currency, kept at the currency's own precision (øre, cents). */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** The amount in the smallest unit of the currency, as Stripe expects it. */
    public long minorUnits() {
        return amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
    }
}
