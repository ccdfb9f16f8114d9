package eu.reloop.identity;

import jakarta.validation.Valid;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.shared.RefusedException;

/** Setting a password through a single-use link, which needs no signing in: the link is the proof. */
@Service
@Validated
public class AccountPasswords {

    private final OneTimeTokens tokens;
    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;

    AccountPasswords(OneTimeTokens tokens, UserAccountRepository repository, PasswordEncoder passwordEncoder) {
        this.tokens = tokens;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * @throws RefusedException on the {@code token} field when the link is unknown, used or expired; the
     *         password stays as it was
     */
    @Transactional
    public void setWithLink(String token, @Valid NewPassword password) {
        OneTimeTokens.Redeemed redeemed = tokens.redeem(OneTimeTokens.Purpose.SET_PASSWORD, token);
        repository.setPasswordHash(redeemed.userId(), passwordEncoder.encode(password.password()));
    }
}
