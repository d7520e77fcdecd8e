package vn.dldcaccess.review;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;

import java.util.Map;
import java.util.Optional;

/** Progress of an agency's review campaigns per unit: for its office, the aggregator and admins. */
@RestController
class ReviewController {
    private final ReviewService reviews;
    private final CurrentUser currentUser;

    ReviewController(ReviewService reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/reviews")
    ResponseEntity<?> progress(@RequestParam String agency, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Basic realm=\"dldc-access\"")
                    .body(Map.of("message", "Vui lòng đăng nhập."));
        }
        if (!(user.get().inGroup(Groups.agencyOffice(agency)) || user.get().inGroup(Groups.AGGREGATOR)
                || user.get().inGroup(Groups.ADMINS))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("message", "Chỉ Văn phòng của cơ quan xem được tiến độ rà soát."));
        }
        return ResponseEntity.ok(reviews.progress(agency));
    }
}
