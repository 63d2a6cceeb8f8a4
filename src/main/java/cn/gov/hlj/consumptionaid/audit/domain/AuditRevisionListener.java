package cn.gov.hlj.consumptionaid.audit.domain;

import cn.gov.hlj.consumptionaid.accounts.AppUserPrincipal;
import org.hibernate.envers.RevisionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Stamps each revision with the signed-in user's name and region. Work done without a user (migrations, start-up seeding,
 * scheduled jobs without a run-as user) is recorded as {@value #SYSTEM}.
 * <p>
 * Hibernate creates this listener through Spring (Boot sets Spring as Hibernate's bean container), so it reads the
 * application's security context holder strategy — Vaadin's, which keeps the context in the UI's session — and not
 * the static default. It reads the user name directly rather than through {@code CurrentUser}: the name is all a
 * revision needs, and the audit module stays independent of how users log in.
 */
public class AuditRevisionListener implements RevisionListener {

    public static final String SYSTEM = "system";

    private final SecurityContextHolderStrategy contextHolder;

    public AuditRevisionListener(ObjectProvider<SecurityContextHolderStrategy> contextHolder) {
        this.contextHolder = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public void newRevision(Object revisionEntity) {
        var revision = (AuditRevision) revisionEntity;
        revision.setUsername(currentUsername());
        revision.setRegionCode(currentRegion());
    }

    /** The signed-in user's region, when the login mechanism's principal carries it. */
    String currentRegion() {
        var authentication = contextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return principal.getAppUser().regionCode();
        }
        return null;
    }

    String currentUsername() {
        var authentication = contextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
