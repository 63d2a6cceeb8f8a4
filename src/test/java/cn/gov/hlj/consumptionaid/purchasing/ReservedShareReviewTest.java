package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import static cn.gov.hlj.consumptionaid.purchasing.ReviewFixtures.OTHER_UNIVERSITY;
import static cn.gov.hlj.consumptionaid.purchasing.ReviewFixtures.SUPERVISOR_UNIT;
import static cn.gov.hlj.consumptionaid.purchasing.ReviewFixtures.UNIVERSITY;
import static cn.gov.hlj.consumptionaid.purchasing.ReviewFixtures.UNRELATED;
import static cn.gov.hlj.consumptionaid.purchasing.ReviewFixtures.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Review of reserved shares: a supervising unit approves or returns its subordinates' shares, the unit files a
 * returned share again, finance reads them all, and everyone else is refused.
 */
@IntegrationTest
class ReservedShareReviewTest {

    @Autowired
    ReservedShareService service;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holderProvider;

    private ReviewFixtures fixtures;

    @BeforeEach
    void data() {
        fixtures = ReviewFixtures.of(context);
        fixtures.reset();
    }

    @AfterEach
    void signOut() {
        holder().clearContext();
    }

    private SecurityContextHolderStrategy holder() {
        return holderProvider.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private void as(String username) {
        var user = users.loadUserByUsername(username);
        var context = holder().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        holder().setContext(context);
    }

    private java.util.List<String> visibleCodes() {
        return service.list(YEAR, PurchaserFilter.ALL.withText("RV-"), Pageable.unpaged()).stream()
                .map(ReservedShareRow::purchaserCode).toList();
    }

    @Test
    void a_supervising_unit_sees_only_its_own_and_its_subordinates_shares() {
        as("rv-supervisor");
        assertThat(visibleCodes()).containsExactly(SUPERVISOR_UNIT, UNIVERSITY, OTHER_UNIVERSITY);
        assertThat(service.count(YEAR, PurchaserFilter.ALL.withText("RV-"))).isEqualTo(3);

        as("rv-unit");
        assertThat(visibleCodes()).containsExactly(UNIVERSITY);
    }

    @Test
    void finance_sees_them_all_but_reviews_none() {
        as("finance");
        assertThat(visibleCodes()).containsExactly(UNRELATED, SUPERVISOR_UNIT, UNIVERSITY, OTHER_UNIVERSITY);
        var share = fixtures.share(UNIVERSITY);
        assertThat(service.mayReview(share)).isFalse();
        assertThatThrownBy(() -> service.approve(share.id(), share.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.share(UNIVERSITY).status()).isEqualTo(ReservedShareStatus.SUBMITTED);
    }

    @Test
    void the_supervising_unit_approves_a_subordinates_share_and_the_review_is_recorded() {
        as("rv-supervisor");
        var share = fixtures.share(UNIVERSITY);
        assertThat(service.mayReview(share)).isTrue();

        var approved = service.approve(share.id(), share.version());
        assertThat(approved.status()).isEqualTo(ReservedShareStatus.APPROVED);
        assertThat(approved.reviewedBy()).isEqualTo("rv-supervisor");
        assertThat(approved.reviewedAt()).isNotNull();
        assertThat(approved.version()).isGreaterThan(share.version());
        assertThat(fixtures.share(UNIVERSITY).status()).isEqualTo(ReservedShareStatus.APPROVED);
        assertThat(service.list(YEAR, PurchaserFilter.ALL.withText("RV-"), ReservedShareStatus.APPROVED,
                Pageable.unpaged())).extracting(ReservedShareRow::purchaserCode).containsExactly(UNIVERSITY);
        assertThat(service.count(YEAR, PurchaserFilter.ALL.withText("RV-"), ReservedShareStatus.SUBMITTED))
                .isEqualTo(2);
    }

    @Test
    void a_returned_share_goes_back_with_its_reason_and_the_unit_submits_it_again() {
        as("rv-supervisor");
        var share = fixtures.share(OTHER_UNIVERSITY);
        var reserved = reservedTotal();
        var returned = service.returnWithReason(share.id(), share.version(), "预留比例与预算不符，请核实");
        assertThat(returned.status()).isEqualTo(ReservedShareStatus.RETURNED);
        assertThat(reservedTotal()).as("the dashboards' reserved total, changed in the review's transaction")
                .isEqualByComparingTo(reserved.subtract(share.reservedAmount()));
        assertThat(returned.returnReason()).isEqualTo("预留比例与预算不符，请核实");
        assertThat(service.mayResubmit(returned)).isFalse();

        // Only the unit itself files again; a sibling university cannot.
        as("rv-unit");
        assertThatThrownBy(() -> service.resubmit(returned.id(), returned.version()))
                .isInstanceOf(AccessDeniedException.class);
        as("education"); // the task force files for the schools it sees
        assertThat(service.mayResubmit(returned)).isTrue();
        var again = service.resubmit(returned.id(), returned.version());
        assertThat(again.status()).isEqualTo(ReservedShareStatus.SUBMITTED);
        assertThat(again.returnReason()).isNull();
        assertThat(reservedTotal()).isEqualByComparingTo(reserved);
    }

    private java.math.BigDecimal reservedTotal() {
        var total = jdbc.queryForObject("SELECT SUM(reserved_amount) FROM rollup_share_total WHERE share_year = ?",
                java.math.BigDecimal.class, YEAR);
        return total == null ? java.math.BigDecimal.ZERO : total;
    }

    @Test
    void the_unit_itself_submits_its_returned_share_again() {
        as("rv-supervisor");
        var share = fixtures.share(UNIVERSITY);
        var returned = service.returnWithReason(share.id(), share.version(), "请补充工会采购需求");
        as("rv-unit");
        assertThat(service.mayResubmit(returned)).isTrue();
        assertThat(service.resubmit(returned.id(), returned.version()).status())
                .isEqualTo(ReservedShareStatus.SUBMITTED);
    }

    @Test
    void a_supervising_unit_cannot_review_a_unit_it_does_not_supervise_nor_its_own_share() {
        as("rv-supervisor");
        var unrelated = fixtures.share(UNRELATED);
        var own = fixtures.share(SUPERVISOR_UNIT);
        assertThat(service.mayReview(own)).isFalse();
        assertThatThrownBy(() -> service.approve(unrelated.id(), unrelated.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.returnWithReason(own.id(), own.version(), "自己审自己"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.share(UNRELATED).status()).isEqualTo(ReservedShareStatus.SUBMITTED);
        assertThat(fixtures.share(SUPERVISOR_UNIT).status()).isEqualTo(ReservedShareStatus.SUBMITTED);
    }

    @Test
    void a_department_member_without_a_unit_a_leader_and_a_reviewer_are_refused() {
        var share = fixtures.share(UNIVERSITY);
        as("education");
        assertThat(service.mayReview(share)).isFalse();
        assertThatThrownBy(() -> service.approve(share.id(), share.version()))
                .isInstanceOf(AccessDeniedException.class);
        as("leader");
        assertThat(visibleCodes()).contains(UNIVERSITY, UNRELATED);
        assertThatThrownBy(() -> service.returnWithReason(share.id(), share.version(), "领导退回"))
                .isInstanceOf(AccessDeniedException.class);
        as("harbin-reviewer");
        assertThatThrownBy(() -> service.list(YEAR, PurchaserFilter.ALL, Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.share(UNIVERSITY).status()).isEqualTo(ReservedShareStatus.SUBMITTED);
    }

    @Test
    void a_review_of_a_share_changed_meanwhile_is_refused_with_a_clear_message() {
        as("rv-supervisor");
        var seen = fixtures.share(UNIVERSITY);
        service.returnWithReason(seen.id(), seen.version(), "请核实金额");
        assertThatThrownBy(() -> service.approve(seen.id(), seen.version()))
                .isInstanceOf(ReservedShareException.class)
                .extracting(e -> ((ReservedShareException) e).getMessageKey())
                .isEqualTo("purchasing.reserved-share.review.changed");
        assertThat(fixtures.share(UNIVERSITY).status()).isEqualTo(ReservedShareStatus.RETURNED);
    }

    @Test
    void returning_without_a_reason_says_so_and_writes_nothing() {
        as("rv-supervisor");
        var share = fixtures.share(UNIVERSITY);
        assertThatThrownBy(() -> service.returnWithReason(share.id(), share.version(), " "))
                .isInstanceOf(ReservedShareException.class)
                .extracting(e -> ((ReservedShareException) e).getMessageKey())
                .isEqualTo("purchasing.reserved-share.review.reason-required");
        var after = fixtures.share(UNIVERSITY);
        assertThat(after.status()).isEqualTo(ReservedShareStatus.SUBMITTED);
        assertThat(after.version()).isEqualTo(share.version());
    }
}
