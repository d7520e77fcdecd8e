package vn.dldcaccess.review;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.dldcaccess.shared.Wording;

import java.util.List;

interface ReviewRepository extends JpaRepository<ReviewCampaign, Long> {
    @org.springframework.data.jpa.repository.Query("select count(c) > 0 from ReviewCampaign c where c.openAgency = ?1")
    boolean existsByOpenAgency(String agencyCode);

    List<ReviewCampaign> findByAgencyCodeOrderByIdDesc(String agencyCode);

    /** The campaign a step of its process acts on, by the process's business key. */
    default ReviewCampaign require(String key) {
        long id = AccountReviewProcess.BUSINESS_KEY.id(key);
        return findById(id).orElseThrow(() -> new ReviewException("No campaign " + key,
                Wording.of("review.campaign.notFound")));
    }
}
