package cn.gov.hlj.consumptionaid.catalog;

import java.time.LocalDateTime;

/** One entry of an application's timeline: who did what, when, with which comment or reason. */
public record StepRow(int sequence, CertificationAction action, CertificationStatus fromStatus,
                      CertificationStatus toStatus, String actorUsername, String actorName, LocalDateTime at,
                      String comment) {
}
