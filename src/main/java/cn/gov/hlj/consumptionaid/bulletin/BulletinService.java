package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.bulletin.domain.Bulletin;
import cn.gov.hlj.consumptionaid.bulletin.domain.BulletinDocument;
import cn.gov.hlj.consumptionaid.bulletin.domain.BulletinDocumentRepository;
import cn.gov.hlj.consumptionaid.bulletin.domain.BulletinDownload;
import cn.gov.hlj.consumptionaid.bulletin.domain.BulletinDownloadRepository;
import cn.gov.hlj.consumptionaid.bulletin.domain.BulletinRepository;
import cn.gov.hlj.consumptionaid.bulletin.render.BulletinRenderer;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.Checksums;
import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import cn.gov.hlj.consumptionaid.shared.jobs.Progress;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The life of a bulletin: an editor ({@value AppRoles#BULLETIN_EDIT}; for the SOE procurement bulletin also a SASAC
 * task-force member, {@link BulletinAccess}) generates a version for a period and a region within their own, edits
 * the narrative of a draft, regenerates (a new version with the same issue number) and publishes; readers ({@value AppRoles#BULLETIN_DOWNLOAD}, the leaders) list and download the published versions of
 * their region, and every download is recorded. Generation reads the figures, renders PDF, DOCX and XLSX and archives
 * them with the PDF's SHA-256; it runs outside a write transaction and stores the version in one short one.
 */
@Service
@PreAuthorize(BulletinService.READ)
public class BulletinService {

    /** Bulletin editors, SASAC task-force members (the SOE bulletin, {@link BulletinAccess}) and readers. */
    static final String READ = "hasAnyAuthority('" + AppRoles.BULLETIN_EDIT + "', '" + AppRoles.BULLETIN_DOWNLOAD
            + "') or @bulletinAccess.editsAny()";
    /** May edit some type; a method on one bulletin checks its type ({@link #editable}). */
    static final String EDIT = "@bulletinAccess.editsAny()";
    static final String DOWNLOAD = "hasAuthority('" + AppRoles.BULLETIN_DOWNLOAD + "') or @bulletinAccess.editsAny()";
    static final String EDIT_REQUEST = "@bulletinAccess.mayEdit(#request.type())"
            + " and @scope.coversRegion(#request.scopeRegionCode())";

    private static final Logger log = LoggerFactory.getLogger(BulletinService.class);

    private final BulletinDataService dataService;
    private final BulletinRenderer renderer;
    private final BulletinRepository bulletins;
    private final BulletinDocumentRepository documents;
    private final BulletinDownloadRepository downloads;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PortalI18NProvider i18n;
    private final BulletinAccess access;

    BulletinService(BulletinDataService dataService, BulletinRenderer renderer, BulletinRepository bulletins,
                    BulletinDocumentRepository documents, BulletinDownloadRepository downloads,
                    ReferenceService reference, CurrentUser currentUser, TransactionTemplate transaction,
                    Clock clock, PortalI18NProvider i18n, BulletinAccess access) {
        this.dataService = dataService;
        this.renderer = renderer;
        this.bulletins = bulletins;
        this.documents = documents;
        this.downloads = downloads;
        this.reference = reference;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
        this.i18n = i18n;
        this.access = access;
    }

    /**
     * Generates the next version of a bulletin (version 1 with the next issue number of the year if there is none
     * yet), carrying over the narrative of the latest version.
     */
    @PreAuthorize(EDIT_REQUEST)
    public BulletinRow generate(BulletinRequest request, Progress progress) {
        var latest = latest(request);
        return generate(request, latest.map(Bulletin::narrative).orElse(Narrative.EMPTY), progress);
    }

    /** Whether any version of the bulletin exists (the schedule generates only the first). */
    @PreAuthorize(EDIT_REQUEST)
    @Transactional(readOnly = true)
    public boolean exists(BulletinRequest request) {
        return latest(request).isPresent();
    }

    /** A new version of an archived bulletin's type, period and region, with its narrative. */
    @PreAuthorize(EDIT)
    public BulletinRow regenerate(long id, Progress progress) {
        var bulletin = editable(id);
        var request = new BulletinRequest(bulletin.getType(), bulletin.period(), bulletin.getScopeRegionCode());
        return generate(request, latest(request).orElse(bulletin).narrative(), progress);
    }

    /** Changes the narrative of a draft (printed after the next regeneration). */
    @PreAuthorize(EDIT)
    @Transactional
    public BulletinRow editNarrative(long id, Narrative narrative) {
        var bulletin = editable(id);
        bulletin.editNarrative(narrative);
        return toRow(bulletins.saveAndFlush(bulletin));
    }

    @PreAuthorize(EDIT)
    @Transactional
    public BulletinRow publish(long id) {
        var bulletin = editable(id);
        bulletin.publish(currentUser.require().username(), LocalDateTime.now(clock));
        return toRow(bulletins.saveAndFlush(bulletin));
    }

    /**
     * The bulletins of the user's region, newest period first: every version for editors, published versions for
     * readers.
     */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<BulletinRow> list(Pageable pageable) {
        var prefix = regionPrefix();
        var found = isEditor()
                ? bulletins.findByScopeRegionCodeStartingWithOrderByPeriodToDescScopeRegionCodeAscDocVersionDesc(
                prefix, pageable)
                : access.editsAny()
                ? bulletins.findByScopeRegionCodeStartingWithAndTypeInOrderByPeriodToDescScopeRegionCodeAscDocVersionDesc(
                prefix, access.editableTypes(), pageable)
                : bulletins
                .findByScopeRegionCodeStartingWithAndStatusOrderByPeriodToDescScopeRegionCodeAscDocVersionDesc(
                        prefix, BulletinStatus.PUBLISHED, pageable);
        return found.stream().map(this::toRow).toList();
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public long count() {
        var prefix = regionPrefix();
        return isEditor() ? bulletins.countByScopeRegionCodeStartingWith(prefix)
                : access.editsAny() ? bulletins.countByScopeRegionCodeStartingWithAndTypeIn(prefix,
                access.editableTypes())
                : bulletins.countByScopeRegionCodeStartingWithAndStatus(prefix, BulletinStatus.PUBLISHED);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Optional<BulletinRow> find(long id) {
        return bulletins.findById(id).filter(this::visible).map(this::toRow);
    }

    /** The archived document of a format; the download is recorded. Readers get published versions only. */
    @PreAuthorize(DOWNLOAD)
    @Transactional
    public BulletinFile download(long id, BulletinFormat format) {
        var bulletin = bulletins.findById(id).filter(this::visible)
                .orElseThrow(() -> new AccessDeniedException("Bulletin " + id + " is not yours to download"));
        var document = documents.findByBulletinIdAndFormat(id, format)
                .orElseThrow(() -> new BulletinException("bulletin.error.no-document"));
        downloads.save(new BulletinDownload(id, format, currentUser.require().username(), LocalDateTime.now(clock)));
        return new BulletinFile(fileName(bulletin, format), format, document.getContent());
    }

    /** Who downloaded a bulletin, newest first. */
    @PreAuthorize(EDIT)
    @Transactional(readOnly = true)
    public List<DownloadRow> downloads(long id) {
        editable(id);
        return downloads.findByBulletinIdOrderByDownloadedAtDesc(id).stream().map(BulletinDownload::toRow).toList();
    }

    private BulletinRow generate(BulletinRequest request, Narrative narrative, Progress progress) {
        progress.report(0.05, "bulletin.job.reading");
        var cutoff = LocalDateTime.now(clock);
        var issueDate = LocalDate.now(clock);
        var latest = latest(request);
        int issueNumber = latest.map(Bulletin::getIssueNumber).orElseGet(() -> bulletins.lastIssueNumber(
                request.type(), request.scopeRegionCode(), request.period().to().getYear()) + 1);
        int version = latest.map(Bulletin::getDocVersion).orElse(0) + 1;
        var data = dataService.read(request, request.period().to().getYear(), issueNumber, issueDate, cutoff,
                narrative);
        progress.report(0.5, "bulletin.job.rendering");
        var rendered = renderer.render(data);
        progress.report(0.9, "bulletin.job.saving");
        var username = currentUser.require().username();
        try {
            var saved = transaction.execute(status -> {
                var bulletin = bulletins.saveAndFlush(new Bulletin(request.type(), request.period(),
                        request.scopeRegionCode(), issueNumber, version, username, LocalDateTime.now(clock), cutoff,
                        Checksums.sha256(rendered.get(BulletinFormat.PDF)),
                        narrative));
                rendered.forEach((format, bytes) -> documents.save(
                        new BulletinDocument(bulletin.getId(), format, bytes)));
                return bulletin;
            });
            progress.report(1, "bulletin.job.saving");
            return toRow(saved);
        } catch (DataIntegrityViolationException e) {
            // another editor (or the schedule) stored this version first: the unique key refuses the second
            log.info("Bulletin {} version {} was stored concurrently", request, version, e);
            throw new BulletinException("bulletin.error.concurrent");
        }
    }

    private Optional<Bulletin> latest(BulletinRequest request) {
        return bulletins.findTopByTypeAndPeriodFromAndPeriodToAndScopeRegionCodeOrderByDocVersionDesc(
                request.type(), request.period().from(), request.period().to(), request.scopeRegionCode());
    }

    /** A bulletin of the user's region, or a refusal. */
    private Bulletin inScope(long id) {
        var bulletin = bulletins.findById(id).orElseThrow(() -> new BulletinException("bulletin.error.not-found"));
        if (!currentUser.require().scope().coversRegion(bulletin.getScopeRegionCode())) {
            throw new AccessDeniedException("Bulletin " + id + " is outside the user's region");
        }
        return bulletin;
    }

    /** A bulletin of the user's region of a type they may edit, or a refusal. */
    private Bulletin editable(long id) {
        var bulletin = inScope(id);
        if (!access.mayEdit(bulletin.getType())) {
            throw new AccessDeniedException("Bulletin " + id + " is of a type the user does not edit");
        }
        return bulletin;
    }

    /** Editors see every version of the types they edit; readers the published versions (all in their region). */
    private boolean visible(Bulletin bulletin) {
        return currentUser.require().scope().coversRegion(bulletin.getScopeRegionCode())
                && (access.mayEdit(bulletin.getType()) || (isReader()
                && bulletin.getStatus() == BulletinStatus.PUBLISHED));
    }

    private boolean isReader() {
        return AppRoles.authoritiesOf(currentUser.require().roles()).contains(AppRoles.BULLETIN_DOWNLOAD);
    }

    private boolean isEditor() {
        return AppRoles.authoritiesOf(currentUser.require().roles()).contains(AppRoles.BULLETIN_EDIT);
    }

    private String regionPrefix() {
        return currentUser.require().scope().regionPrefix();
    }

    private String scopeName(String regionCode) {
        return reference.region(regionCode).map(RegionRow::nameZh).orElse(regionCode);
    }

    private String fileName(Bulletin bulletin, BulletinFormat format) {
        var region = DataScope.PROVINCE.equals(bulletin.getScopeRegionCode())
                ? i18n.getTranslation("bulletin.doc.province", PortalI18NProvider.CHINESE)
                : scopeName(bulletin.getScopeRegionCode());
        return i18n.getTranslation("bulletin.file-name", PortalI18NProvider.CHINESE,
                i18n.getTranslation("bulletin.doc.title." + bulletin.getType().name(), PortalI18NProvider.CHINESE,
                        region), String.valueOf(bulletin.getIssueYear()),
                String.valueOf(bulletin.getIssueNumber()), String.valueOf(bulletin.getDocVersion()),
                format.extension());
    }

    private BulletinRow toRow(Bulletin bulletin) {
        return new BulletinRow(bulletin.getId(), bulletin.getType(), bulletin.period(),
                bulletin.getScopeRegionCode(), scopeName(bulletin.getScopeRegionCode()), bulletin.getIssueYear(),
                bulletin.getIssueNumber(), bulletin.getDocVersion(), bulletin.getStatus(), bulletin.getGeneratedBy(),
                bulletin.getGeneratedAt(), bulletin.getDataCutoff(), bulletin.getSha256(),
                bulletin.getPublishedBy(), bulletin.getPublishedAt(), bulletin.narrative(),
                downloads.countByBulletinId(bulletin.getId()));
    }
}
