package cn.gov.hlj.consumptionaid.accounts;

import java.util.Optional;

/**
 * The password rule of both login modes (等保 2.0): at least 8 characters, at least three of the four character
 * classes (lower case, upper case, digits, other), and not containing the username. The Keycloak realm carries the
 * same policy.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("accounts.password.too-short");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            return Optional.of("accounts.password.too-simple");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("accounts.password.contains-username");
        }
        return Optional.empty();
    }
}
