package cn.gov.hlj.consumptionaid.catalog;

import java.time.LocalDate;

/**
 * A complaint as the supervisor records it. The subject is a catalog product ({@code applicationId}) or a market
 * entity ({@code entityId}); for a product the entity is its producer.
 */
public record ComplaintForm(ComplaintSource source, Long applicationId, Long entityId, String complainantName,
                            String complainantContact, String description, LocalDate receivedOn) {
}
