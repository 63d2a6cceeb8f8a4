package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.AttachmentRow;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    @Query("select new cn.gov.hlj.consumptionaid.catalog.AttachmentRow(a.id, a.fileName, a.contentType, a.size,"
            + " a.sha256, a.uploadedBy, a.uploadedAt) from Attachment a where a.applicationId = :applicationId"
            + " order by a.id")
    List<AttachmentRow> findRowsOfApplication(Long applicationId);

    @Query("select new cn.gov.hlj.consumptionaid.catalog.AttachmentRow(a.id, a.fileName, a.contentType, a.size,"
            + " a.sha256, a.uploadedBy, a.uploadedAt) from Attachment a where a.complaintId = :complaintId"
            + " order by a.id")
    List<AttachmentRow> findRowsOfComplaint(Long complaintId);

    /** The county of the application or complaint the attachment belongs to. */
    @Query("""
            select coalesce(
                (select ap.countyCode from CertificationApplication ap where ap.id = a.applicationId),
                (select c.countyCode from Complaint c where c.id = a.complaintId))
            from Attachment a where a.id = :id""")
    java.util.Optional<String> findCountyCode(Long id);
}
