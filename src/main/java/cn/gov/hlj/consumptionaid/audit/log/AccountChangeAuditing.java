package cn.gov.hlj.consumptionaid.audit.log;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountRow;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.NewAccount;
import cn.gov.hlj.consumptionaid.audit.SecurityEventType;
import com.vaadin.flow.server.VaadinRequest;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.TreeSet;

/**
 * Records every change an administrator makes to an account — created, roles, department, region, unit, details,
 * enabled, temporary password, session ended — with the account as it was before and after, whichever directory holds
 * the accounts (the embedded one or Keycloak). It wraps the {@link AccountDirectory} beans rather than each
 * implementation, so a new directory or a new mutating call through the existing methods cannot forget it.
 * <p>
 * It runs inside method security ({@link Ordered#LOWEST_PRECEDENCE}): a refused call never reaches it, and only
 * changes that returned normally are recorded. Reading the account before and after goes through the directory
 * bean, under the administrator's own rights.
 */
@Aspect
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AccountChangeAuditing {

    private final SecurityEventLog events;
    private final ObjectProvider<AccountDirectory> directory;
    private final SecurityContextHolderStrategy contextHolder;

    AccountChangeAuditing(SecurityEventLog events, ObjectProvider<AccountDirectory> directory,
                          ObjectProvider<SecurityContextHolderStrategy> contextHolder) {
        this.events = events;
        this.directory = directory;
        this.contextHolder = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Around("execution(* cn.gov.hlj.consumptionaid.accounts.AccountDirectory+.create(..)) && args(account)")
    public Object create(ProceedingJoinPoint call, NewAccount account) throws Throwable {
        var result = call.proceed();
        record(SecurityEventType.ACCOUNT_CREATED, account.username(), Optional.empty(),
                find(account.username()), null);
        return result;
    }

    @Around("(execution(* cn.gov.hlj.consumptionaid.accounts.AccountDirectory+.edit(..))"
            + " || execution(* cn.gov.hlj.consumptionaid.accounts.AccountDirectory+.update(..))"
            + " || execution(* cn.gov.hlj.consumptionaid.accounts.AccountDirectory+.assignRoles(..))"
            + " || execution(* cn.gov.hlj.consumptionaid.accounts.AccountDirectory+.assignDepartmentAndRegion(..)))"
            + " && args(username, ..)")
    public Object change(ProceedingJoinPoint call, String username) throws Throwable {
        var before = find(username);
        var result = call.proceed();
        record(SecurityEventType.ACCOUNT_CHANGED, username, before, find(username), null);
        return result;
    }

    @Around("execution(* cn.gov.hlj.consumptionaid.accounts.AccountDirectory+.setEnabled(..)) && args(username, enabled)")
    public Object setEnabled(ProceedingJoinPoint call, String username, boolean enabled) throws Throwable {
        var before = find(username);
        var result = call.proceed();
        record(enabled ? SecurityEventType.ACCOUNT_ENABLED : SecurityEventType.ACCOUNT_DISABLED, username, before,
                find(username), null);
        return result;
    }

    @Around("execution(* cn.gov.hlj.consumptionaid.accounts.AccountDirectory+.resetPassword(..)) && args(username, ..)")
    public Object resetPassword(ProceedingJoinPoint call, String username) throws Throwable {
        var result = call.proceed();
        // Never the password itself.
        record(SecurityEventType.PASSWORD_RESET, username, Optional.empty(), Optional.empty(), null);
        return result;
    }

    @Around("execution(* cn.gov.hlj.consumptionaid.accounts.AccountDirectory+.endSession(..)) && args(username, sessionId)")
    public Object endSession(ProceedingJoinPoint call, String username, String sessionId) throws Throwable {
        var result = call.proceed();
        record(SecurityEventType.SESSION_ENDED, username, Optional.empty(), Optional.empty(), sessionId);
        return result;
    }

    private Optional<AccountRow> find(String username) {
        var accounts = directory.getIfAvailable();
        return accounts == null ? Optional.empty() : accounts.find(username);
    }

    private void record(SecurityEventType type, String username, Optional<AccountRow> before,
                        Optional<AccountRow> after, String detail) {
        var authentication = contextHolder.getContext().getAuthentication();
        var actor = authentication == null ? "system" : authentication.getName();
        var region = authentication == null ? null : AuthenticationAuditing.regionOf(authentication);
        events.record(new SecurityEventLog.Event(type, username, actor, region, remoteAddress(),
                before.map(AccountChangeAuditing::describe).orElse(null),
                after.map(AccountChangeAuditing::describe).orElse(null), detail));
    }

    /** What an account may do and see, in a form a supervisor can compare. */
    static String describe(AccountRow row) {
        return "roles=" + new TreeSet<>(row.roles())
                + "; department=" + nullToDash(row.departmentCode())
                + "; region=" + nullToDash(row.regionCode())
                + "; unit=" + nullToDash(row.unitCode())
                + "; enabled=" + row.enabled()
                + "; name=" + nullToDash(row.displayName())
                + "; email=" + nullToDash(row.email())
                + "; phone=" + nullToDash(row.phone());
    }

    private static String nullToDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static String remoteAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
