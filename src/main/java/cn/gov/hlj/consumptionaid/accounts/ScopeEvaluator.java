package cn.gov.hlj.consumptionaid.accounts;

import org.springframework.stereotype.Component;

/**
 * The one place where {@code @PreAuthorize} asks whether a record is in the signed-in user's data scope:
 * {@code @PreAuthorize("@scope.coversRegion(#regionCode)")}.
 */
@Component("scope")
public class ScopeEvaluator {

    private final CurrentUser currentUser;

    ScopeEvaluator(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean coversRegion(String regionCode) {
        return currentUser.scope().map(scope -> scope.coversRegion(regionCode)).orElse(false);
    }

    public boolean coversDepartment(String departmentCode) {
        return currentUser.scope().map(scope -> scope.coversDepartment(departmentCode)).orElse(false);
    }

    public boolean covers(String departmentCode, String regionCode) {
        return coversDepartment(departmentCode) && coversRegion(regionCode);
    }
}
