package vn.dldcaccess.tracking;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.security.WebAccess;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.RefusedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register's API for its pages (/register.html, /register-request.html, /dashboard.html): for the agency
 * office (its agency), the aggregator and admins, with the webapps' log-in.
 */
@RestController
class RegisterController {
    private static final Logger log = LoggerFactory.getLogger(RegisterController.class);
    /** An export is for reading and printing; a longer list is to be filtered first. */
    static final int EXPORT_LIMIT = 5000;

    private final Register register;
    private final RegisterExports exports;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;

    RegisterController(Register register, RegisterExports exports, CurrentUser currentUser,
                       OrganizationDirectory organization) {
        this.register = register;
        this.exports = exports;
        this.currentUser = currentUser;
        this.organization = organization;
    }

    @GetMapping("/api/register")
    ResponseEntity<?> list(@RequestParam Map<String, String> params, HttpServletRequest request) {
        return scoped(request, params, (user, scope, filter) -> ResponseEntity.ok(register.pageView(scope, filter)));
    }

    @GetMapping("/api/register/options")
    ResponseEntity<?> options(HttpServletRequest request) {
        return scoped(request, Map.of(), (user, scope, filter) -> ResponseEntity.ok(register.options(scope)));
    }

    @GetMapping("/api/register/requests/{id}")
    ResponseEntity<?> detail(@PathVariable long id, HttpServletRequest request) {
        return scoped(request, Map.of(), (user, scope, filter) -> {
            Optional<RegisterRow> row = register.request(id).filter(r -> scope.sees(r.agencyCode()));
            return row.<ResponseEntity<?>>map(r -> ResponseEntity.ok(register.detail(r, user)))
                    .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                            .body(Map.of("message", Messages.text("tracking.register.notFound"))));
        });
    }

    @GetMapping("/api/register/dashboard")
    ResponseEntity<?> dashboard(@RequestParam Map<String, String> params, HttpServletRequest request) {
        return scoped(request, params, (user, scope, filter) -> {
            // an office that sees one agency sees its units; the aggregator picks an agency or sees them all;
            // a unit chosen narrows the figures (and the stages' table) to it
            String agency = filter.agency() != null ? filter.agency()
                    : filter.unit() != null ? register.agencyOfUnit(filter.unit()).orElse(null)
                    : scope.ownAgency();
            if (filter.unit() != null && (agency == null || !scope.sees(agency))) {
                return WebAccess.forbidden(Messages.text("tracking.dashboard.ownAgency"));
            }
            return ResponseEntity.ok(register.dashboard(scope, agency, filter.unit()));
        });
    }

    @GetMapping("/api/register/export.xlsx")
    ResponseEntity<?> xlsx(@RequestParam Map<String, String> params, HttpServletRequest request) {
        return export(params, request, "xlsx", (title, filterLine, issuer, rows) -> exports.xlsx(title, filterLine, rows),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/api/register/export.pdf")
    ResponseEntity<?> pdf(@RequestParam Map<String, String> params, HttpServletRequest request) {
        return export(params, request, "pdf", (title, filterLine, issuer, rows) -> exports.pdf(issuer, title, filterLine, rows),
                MediaType.APPLICATION_PDF);
    }


    @ExceptionHandler(RefusedException.class)
    ResponseEntity<Map<String, String>> refused(RefusedException e) {
        log.info("Register request refused: {}", e.getMessage());
        return ResponseEntity.badRequest().body(Map.of("message", e.vietnameseMessage()));
    }

    private interface Renderer {
        byte[] render(String title, String filterLine, String issuer, List<Map<String, Object>> rows);
    }

    private ResponseEntity<?> export(Map<String, String> params, HttpServletRequest request, String extension,
                                     Renderer renderer, MediaType type) {
        return scoped(request, params, (user, scope, filter) -> {
            RegisterQueries.Page page = register.page(scope, filter.unpaged(EXPORT_LIMIT + 1));
            if (page.total() > EXPORT_LIMIT) {
                return ResponseEntity.badRequest().body(Map.of("message", Messages.text("tracking.export.tooMany", page.total(),
                        EXPORT_LIMIT)));
            }
            LocalDate today = register.today();
            List<Map<String, Object>> rows = page.rows().stream().map(r -> register.row(r, today)).toList();
            String issuer = filter.agency() != null ? register.agencyName(filter.agency())
                    : scope.all() ? Messages.text("tracking.export.allAgencies") : register.agencyName(scope.agencies().get(0));
            String title = Messages.text("tracking.export.title", vn.dldcaccess.document.PdfDocuments.dmy(today));
            String filterLine = filter.describe(register::agencyName, register::unitName);
            byte[] bytes = renderer.render(title, filterLine, issuer, rows);
            String name = "so-theo-doi-" + today + "." + extension;
            return ResponseEntity.ok().contentType(type)
                    // an ASCII name: plain filename="..." that every browser and spreadsheet program reads
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(bytes);
        });
    }

    private interface ScopedCall {
        ResponseEntity<?> call(AuthenticatedUser user, RegisterScope scope, RegisterFilter filter);
    }

    /** Log-in, the user's scope, the filter checked, an agency outside the scope refused. */
    private ResponseEntity<?> scoped(HttpServletRequest request, Map<String, String> params, ScopedCall call) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return WebAccess.loginRequired();
        }
        Optional<RegisterScope> scope = RegisterScope.of(user.get(), organization::formerlyOf);
        if (scope.isEmpty()) {
            log.info("Register refused to {}: not an office, aggregator or admin", user.get().id());
            return WebAccess.forbidden(Messages.text("tracking.register.notForYou"));
        }
        RegisterFilter filter = RegisterFilter.parse(params);
        if (filter.agency() != null && !scope.get().sees(filter.agency())) {
            return WebAccess.forbidden(Messages.text("tracking.register.ownAgency"));
        }
        return call.call(user.get(), scope.get(), filter);
    }
}
