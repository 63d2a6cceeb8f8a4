package cn.gov.hlj.consumptionaid.audit.domain;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the signed-in user's name. Work done without a user (migrations, start-up seeding,
 * scheduled jobs without a run-as user) is recorded as {@value #SYSTEM}.
 * <p>
 * Reads Spring Security's context directly rather than {@code CurrentUser}: Envers instantiates listeners itself,
 * and the user name is all a revision needs.
 */
public class AuditRevisionListener implements RevisionListener {

    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(currentUsername());
    }

    static String currentUsername() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
