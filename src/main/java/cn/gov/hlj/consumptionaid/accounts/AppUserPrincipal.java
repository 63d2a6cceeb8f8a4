package cn.gov.hlj.consumptionaid.accounts;

/** Implemented by the principal of each login mechanism, so that {@link CurrentUser} works with either. */
public interface AppUserPrincipal {

    AppUser getAppUser();
}
