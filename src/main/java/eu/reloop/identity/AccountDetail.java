package eu.reloop.identity;

import java.util.List;

/** An account as admins look at it: the account, the organisations it works for, and its trail, oldest first. */
public record AccountDetail(UserAccount account, List<String> organisations, List<AccountAuditEntry> trail) {
}
