package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.catalog.domain.Attachment;
import cn.gov.hlj.consumptionaid.catalog.domain.AttachmentRepository;
import cn.gov.hlj.consumptionaid.shared.Checksums;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Attachments of applications (the applicant's materials, entered by reviewers) and of complaints (supervisors only):
 * PDF, JPEG or PNG — recognised by their content, not only their name — up to
 * {@code portal.catalog.attachment-max-bytes} (10 MB by default), stored with their SHA-256 checksum, which is checked
 * again on every download.
 */
@Service
@PreAuthorize(CertificationService.READ)
public class AttachmentService {

    private static final String APPLICATION_IN_SCOPE =
            "@scope.coversRegion(@catalogScope.countyOfApplication(#applicationId))";
    private static final String COMPLAINT_IN_SCOPE =
            "@scope.coversRegion(@catalogScope.countyOfComplaint(#complaintId))";
    private static final String SUPERVISOR = "hasAuthority('" + AppRoles.SUPERVISE + "')";

    /** Allowed types: the file's first bytes and the extensions that go with them. */
    private static final Map<String, byte[]> MAGIC = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    private static final Map<String, String> EXTENSIONS = Map.of("pdf", "application/pdf", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "png", "image/png");

    private final AttachmentRepository attachments;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final long maxBytes;

    AttachmentService(AttachmentRepository attachments, CurrentUser currentUser, Clock clock,
                      @Value("${portal.catalog.attachment-max-bytes:10485760}") long maxBytes) {
        this.attachments = attachments;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @Transactional
    @PreAuthorize(CertificationService.ANY_REVIEWER + " and " + APPLICATION_IN_SCOPE)
    public AttachmentRow attachToApplication(long applicationId, String fileName, byte[] content) {
        return store(applicationId, null, fileName, content);
    }

    @Transactional
    @PreAuthorize(SUPERVISOR + " and " + COMPLAINT_IN_SCOPE)
    public AttachmentRow attachToComplaint(long complaintId, String fileName, byte[] content) {
        return store(null, complaintId, fileName, content);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(CertificationService.READ + " and " + APPLICATION_IN_SCOPE)
    public List<AttachmentRow> ofApplication(long applicationId) {
        return attachments.findRowsOfApplication(applicationId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SUPERVISOR + " and " + COMPLAINT_IN_SCOPE)
    public List<AttachmentRow> ofComplaint(long complaintId) {
        return attachments.findRowsOfComplaint(complaintId);
    }

    /** The content, refused if it no longer matches its checksum; complaint attachments for supervisors only. */
    @Transactional(readOnly = true)
    @PreAuthorize(CertificationService.READ + " and @scope.coversRegion(@catalogScope.countyOfAttachment(#id))")
    public AttachmentContent download(long id) {
        var attachment = attachments.findById(id)
                .orElseThrow(() -> new CatalogException("catalog.attachment.error.not-found", id));
        if (attachment.getComplaintId() != null && currentUser.require().roles().stream()
                .noneMatch(role -> AppRoles.permissionsOf(role).contains(AppRoles.SUPERVISE))) {
            throw new AccessDeniedException("Complaint attachments are for supervisors");
        }
        var content = attachment.getContent();
        if (!Checksums.sha256(content).equals(attachment.getSha256())) {
            throw new CatalogException("catalog.attachment.error.checksum", attachment.toRow().fileName());
        }
        return new AttachmentContent(attachment.toRow(), content);
    }

    private AttachmentRow store(Long applicationId, Long complaintId, String fileName, byte[] content) {
        MarketEntityService.requireText(fileName, "catalog.attachment.file-name", 200);
        var name = fileName.strip();
        if (content == null || content.length == 0) {
            throw new CatalogException("catalog.attachment.error.empty", name);
        }
        if (content.length > maxBytes) {
            throw new CatalogException("catalog.attachment.error.too-large", name,
                    String.format(Locale.ROOT, "%.1f", maxBytes / 1024.0 / 1024.0));
        }
        int dot = name.lastIndexOf('.');
        var byName = dot < 0 ? null : EXTENSIONS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (byName == null || !startsWith(content, MAGIC.get(byName))) {
            throw new CatalogException("catalog.attachment.error.type", name);
        }
        var user = currentUser.require();
        var attachment = new Attachment(applicationId, complaintId, name, byName, content, Checksums.sha256(content),
                user.displayName(), LocalDateTime.now(clock));
        return attachments.saveAndFlush(attachment).toRow();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

}
