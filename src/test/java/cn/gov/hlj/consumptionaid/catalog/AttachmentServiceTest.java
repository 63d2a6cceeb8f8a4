package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.support.SignIn;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.shared.Checksums;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.LONGJIANG;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.YANSHOU;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.chinese;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Attachments: PDF/JPEG/PNG by content, size-limited, stored with a SHA-256 checksum checked on download. */
@IntegrationTest
class AttachmentServiceTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    AttachmentService service;
    @Autowired
    MarketEntityRepository entityRepository;
    @Autowired
    CertificationApplicationRepository applicationRepository;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;

    private SignIn signIn;
    private CatalogFixtures fixtures;

    @BeforeEach
    void setUp() {
        signIn = new SignIn(users, holder);
        fixtures = new CatalogFixtures(entityRepository, applicationRepository, transaction);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private int stored(long applicationId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM catalog_attachment WHERE application_id = ?", Integer.class,
                applicationId);
    }

    @Test
    void a_pdf_is_stored_with_its_sha256_and_comes_back_unchanged() {
        long id = fixtures.application(YANSHOU, unique("附件测试大米"), CertificationStatus.SUBMITTED);
        signIn.as("yanshou-reviewer");
        var row = service.attachToApplication(id, "绿色食品证书.pdf", PDF);
        assertThat(row.contentType()).isEqualTo("application/pdf");
        assertThat(row.size()).isEqualTo(PDF.length);
        assertThat(row.sha256()).isEqualTo(Checksums.sha256(PDF)).hasSize(64);
        assertThat(row.uploadedBy()).isEqualTo("延寿县扶贫办审核员");
        service.attachToApplication(id, "基地照片.PNG", PNG);
        assertThat(service.ofApplication(id)).extracting(AttachmentRow::fileName)
                .containsExactly("绿色食品证书.pdf", "基地照片.PNG");

        signIn.as("harbin-reviewer");
        var download = service.download(row.id());
        assertThat(download.content()).isEqualTo(PDF);
    }

    @Test
    void a_file_that_is_not_what_its_name_says_is_refused_and_nothing_is_stored() {
        long id = fixtures.application(YANSHOU, unique("附件测试大米"), CertificationStatus.SUBMITTED);
        signIn.as("yanshou-reviewer");
        assertThatThrownBy(() -> service.attachToApplication(id, "检测报告.pdf", PNG))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e))
                        .isEqualTo("附件“检测报告.pdf”不是 PDF、JPEG 或 PNG 文件（按文件内容判断），不能上传。"));
        assertThatThrownBy(() -> service.attachToApplication(id, "说明.docx", PDF))
                .isInstanceOf(CatalogException.class);
        assertThatThrownBy(() -> service.attachToApplication(id, "空.pdf", new byte[0]))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(chinese(e)).isEqualTo("附件“空.pdf”是空文件。"));
        assertThat(stored(id)).isZero();
    }

    @Test
    void a_file_over_the_size_limit_is_refused() {
        long id = fixtures.application(YANSHOU, unique("附件测试大米"), CertificationStatus.SUBMITTED);
        signIn.as("yanshou-reviewer");
        var big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> service.attachToApplication(id, "扫描件.pdf", big))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e))
                        .isEqualTo("附件“扫描件.pdf”超过 10.0 MB，请压缩后重新上传。"));
        assertThat(stored(id)).isZero();
    }

    @Test
    void a_damaged_file_is_refused_on_download() {
        long id = fixtures.application(YANSHOU, unique("附件测试大米"), CertificationStatus.SUBMITTED);
        signIn.as("yanshou-reviewer");
        var row = service.attachToApplication(id, "证书.pdf", PDF);
        var damaged = PDF.clone();
        damaged[damaged.length - 2] = 'X';
        jdbc.update("UPDATE catalog_attachment SET content = ? WHERE id = ?", damaged, row.id());
        assertThatThrownBy(() -> service.download(row.id())).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.messageKey()).isEqualTo("catalog.attachment.error.checksum"));
    }

    @Test
    void attachments_of_another_county_are_out_of_reach() {
        long other = fixtures.application(LONGJIANG, unique("附件测试小米"), CertificationStatus.SUBMITTED);
        signIn.as("province-reviewer");
        var row = service.attachToApplication(other, "证书.pdf", PDF);
        signIn.as("yanshou-reviewer");
        assertThatThrownBy(() -> service.attachToApplication(other, "证书.pdf", PDF))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.download(row.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.ofApplication(other)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
