package cn.gov.hlj.consumptionaid.accounts.directory;

import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import org.springframework.stereotype.Component;

/** Checks that the department and region given to an account exist in the reference data. */
@Component
public class ScopeCodes {

    private final ReferenceService referenceService;

    ScopeCodes(ReferenceService referenceService) {
        this.referenceService = referenceService;
    }

    public boolean isDepartment(String code) {
        return referenceService.departments().stream().anyMatch(department -> department.code().equals(code));
    }

    public boolean isRegion(String code) {
        return referenceService.region(code).isPresent();
    }
}
