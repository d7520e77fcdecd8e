package vn.dldcaccess.account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumSet;

/** Accounts the agency office records by hand: iOffice and official e-mail, for people of its own agency. */
@Service
@Transactional
class ManualAccounts {
    static final EnumSet<AccountSystem> BY_HAND = EnumSet.of(AccountSystem.IOFFICE, AccountSystem.OFFICIAL_EMAIL);

    private final AccountRegister register;
    private final OrganizationDirectory organization;

    ManualAccounts(AccountRegister register, OrganizationDirectory organization) {
        this.register = register;
        this.organization = organization;
    }

    AccountView record(String clerk, String systemText, String holderText, String username, LocalDate grantedOn) {
        PersonInfo office = organization.person(clerk).filter(p -> p.has(Role.AGENCY_OFFICE))
                .orElseThrow(() -> new AccountException("Not an agency office: " + clerk,
                        "Chỉ Văn phòng của cơ quan mới ghi được tài khoản vào sổ theo dõi."));
        AccountSystem system;
        try {
            system = AccountSystem.valueOf(systemText == null ? "" : systemText.strip());
        } catch (IllegalArgumentException e) {
            throw new AccountException("Unknown system " + systemText, "Hệ thống: vui lòng chọn iOffice hoặc thư điện tử công vụ.");
        }
        if (!BY_HAND.contains(system)) {
            throw new AccountException("System " + system + " is not recorded by hand",
                    "Tài khoản DLDC được ghi vào sổ khi cấp theo yêu cầu đăng ký, không ghi tay.");
        }
        String holderName = holderText == null ? "" : Normalizer.normalize(holderText.strip(), Normalizer.Form.NFC);
        PersonInfo holder = organization.person(holderName)
                .filter(p -> p.agencyCode().equals(office.agencyCode()))
                .orElseThrow(() -> new AccountException("Holder " + holderName + " not in agency " + office.agencyCode(),
                        "Người sử dụng: không có người có tên đăng nhập \"" + holderName + "\" trong cơ quan."));
        return register.open(new NewAccount(system, username, holder.username(), holder.fullName(), null,
                holder.agencyCode(), holder.unitCode(), grantedOn, null), clerk);
    }
}
