package vn.dldcaccess.review;

import org.springframework.stereotype.Component;

/** Timer of Process_AccountReviewSchedule, read while the engine is built: needs nothing but its properties. */
@Component("reviewSchedule")
public class ReviewSchedule {
    private final ReviewProperties properties;

    ReviewSchedule(ReviewProperties properties) {
        this.properties = properties;
    }

    public String cycle() {
        return properties.scheduleCycle();
    }
}
