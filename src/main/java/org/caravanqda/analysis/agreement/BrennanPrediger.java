package org.caravanqda.analysis.agreement;

/**
 * Brennan & Prediger's (1981) kappa, the free-marginal kappa MAXQDA reports: chance agreement is
 * fixed at 1/q for q categories, kappa_n = (p_o - 1/q) / (1 - 1/q). For a single code q = 2
 * (coded / not coded).
 */
final class BrennanPrediger {
    private BrennanPrediger() {}

    static double kappa(double observedAgreement, int categories) {
        double chance = 1.0 / categories;
        return (observedAgreement - chance) / (1 - chance);
    }
}
