package cn.gov.hlj.consumptionaid.accounts;

import cn.gov.hlj.consumptionaid.reference.RegionCodes;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;

import java.util.Objects;
import java.util.Set;

/**
 * What part of the data a user may see and change: a set of departments (or all of them) and a region subtree.
 * Every query of every module applies it, through the {@code scope} evaluator bean in {@code @PreAuthorize} and
 * through {@link #regionPrefix()} in list specifications.
 * <p>
 * Regions are the national 6-digit codes, so a subtree is a code prefix: the province {@code 230000} covers
 * {@code 23xxxx}, the prefecture {@code 230100} (哈尔滨市) covers {@code 2301xx}, a county covers itself.
 *
 * @param allDepartments whether every department's data is in scope
 * @param departments    the departments in scope when not all are
 * @param regionCode     the root of the region subtree in scope
 */
public record DataScope(boolean allDepartments, Set<String> departments, String regionCode) {

    public static final String PROVINCE = "230000";

    /** Roles whose holders work for the whole province across departments. */
    private static final Set<String> CROSS_DEPARTMENT_ROLES = Set.of(AppRoles.LEADER, AppRoles.PROVINCE_REVIEWER,
            AppRoles.SUPERVISOR, AppRoles.BULLETIN_EDITOR, AppRoles.COUNTY_REVIEWER, AppRoles.CITY_REVIEWER);

    public DataScope {
        Objects.requireNonNull(regionCode, "regionCode");
        if (!regionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("A region code has 6 digits: " + regionCode);
        }
        departments = allDepartments ? Set.of() : Set.copyOf(departments);
    }

    /** Everything: all departments, the whole province. */
    public static DataScope everything() {
        return new DataScope(true, Set.of(), PROVINCE);
    }

    /**
     * The scope of a user: leaders, reviewers, supervisors and bulletin editors see every department (reviewers
     * within their own region); an administrator without a department administers everyone, an administrator of a
     * department only that department; a task-force member sees their own department.
     */
    static DataScope of(AppUser user) {
        boolean crossDepartment = user.roles().stream().anyMatch(CROSS_DEPARTMENT_ROLES::contains)
                || (user.hasRole(AppRoles.ADMIN) && user.departmentCode() == null);
        if (crossDepartment) {
            return new DataScope(true, Set.of(), user.regionCode());
        }
        var own = user.departmentCode() == null ? Set.<String>of() : Set.of(user.departmentCode());
        return new DataScope(false, own, user.regionCode());
    }

    /** Whether a department's data is in scope; data of no department only in a scope of all departments. */
    public boolean coversDepartment(String departmentCode) {
        return allDepartments || (departmentCode != null && departments.contains(departmentCode));
    }

    public boolean coversRegion(String code) {
        return code != null && code.startsWith(regionPrefix());
    }

    /** Whether this scope contains all of another (a delegating administrator may only hand out what they have). */
    public boolean contains(DataScope other) {
        boolean departmentsCovered = allDepartments
                || (!other.allDepartments && departments.containsAll(other.departments));
        return departmentsCovered && coversRegion(other.regionCode);
    }

    /** The code prefix shared by every region in scope: {@code 23}, {@code 2301} or a full county code. */
    public String regionPrefix() {
        return RegionCodes.subtreePrefix(regionCode);
    }

}
