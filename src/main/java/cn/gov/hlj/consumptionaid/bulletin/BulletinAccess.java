package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.stereotype.Component;

/**
 * Who may work on which bulletins, for {@code @PreAuthorize}: a bulletin editor ({@value AppRoles#BULLETIN_EDIT})
 * every type; a SASAC task-force member (a {@value AppRoles#DEPARTMENT_MEMBER} of the {@value #SASAC} department)
 * the SOE procurement bulletin only — generate, edit the narrative, publish, download its versions. Regions are
 * checked separately ({@code @scope}).
 */
@Component("bulletinAccess")
public class BulletinAccess {

    /** The department that issues the SOE procurement bulletin. */
    static final String SASAC = "SASAC";

    private final CurrentUser currentUser;

    BulletinAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the user may generate and edit bulletins of a type. */
    public boolean mayEdit(BulletinType type) {
        return type != null && currentUser.get().map(user -> isEditor(user)
                || (type == BulletinType.SOE_PROCUREMENT && isSasacMember(user))).orElse(false);
    }

    /** Whether the user may generate and edit bulletins of some type. */
    public boolean editsAny() {
        return currentUser.get().map(BulletinAccess::editsAny).orElse(false);
    }

    /** The types the user may generate, in catalog order. */
    public java.util.List<BulletinType> editableTypes() {
        return java.util.Arrays.stream(BulletinType.values()).filter(this::mayEdit).toList();
    }

    /** Whether this user may generate and edit bulletins of some type (for the menu, before any service call). */
    public static boolean editsAny(AppUser user) {
        return isEditor(user) || isSasacMember(user);
    }

    static boolean isEditor(AppUser user) {
        return AppRoles.authoritiesOf(user.roles()).contains(AppRoles.BULLETIN_EDIT);
    }

    static boolean isSasacMember(AppUser user) {
        return user.hasRole(AppRoles.DEPARTMENT_MEMBER) && !user.scope().allDepartments()
                && user.scope().departments().contains(SASAC);
    }
}
