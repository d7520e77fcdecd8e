package vn.dldcaccess.review;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.security.WebAccess;
import vn.dldcaccess.shared.Messages;

import java.util.Map;
import java.util.Optional;

/** Progress of an agency's review campaigns per unit: for its office, the aggregator and admins. */
@RestController
class ReviewController {
    private final ReviewCampaigns campaigns;
    private final CurrentUser currentUser;

    ReviewController(ReviewCampaigns campaigns, CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/reviews")
    ResponseEntity<?> progress(@RequestParam String agency, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return WebAccess.loginRequired();
        }
        if (!WebAccess.seesAgency(user.get(), agency)) {
            return WebAccess.forbidden(Messages.text("review.progress.officeOnly"));
        }
        return ResponseEntity.ok(campaigns.progress(agency));
    }
}
