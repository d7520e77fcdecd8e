package vn.dldcaccess.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ReviewRepository extends JpaRepository<ReviewCampaign, Long> {
    boolean existsByOpenAgency(String agencyCode);

    List<ReviewCampaign> findByAgencyCodeOrderByIdDesc(String agencyCode);
}
