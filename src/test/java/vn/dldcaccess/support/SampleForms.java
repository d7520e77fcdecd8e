package vn.dldcaccess.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** A valid form 1658 as the Tasklist or a portal submits it; tests change the fields they care about. */
public final class SampleForms {
    private SampleForms() {
    }

    /** The form in the name of this demo person: form 1658 is only ever filed in one's own name (issue 23). */
    public static Map<String, Object> as(String username, Map<String, Object> form) {
        form.put("fullName", DemoPeople.person(username).fullName());
        return form;
    }

    public static Map<String, Object> valid(String citizenId, String unitCode, String officialEmail) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("fullName", "Nguyễn Thị Hường");
        v.put("dateOfBirth", "1990-05-17");
        v.put("gender", "NU");
        v.put("citizenId", citizenId);
        v.put("position", "Chuyên viên");
        v.put("unitCode", unitCode);
        v.put("duties", "Tiếp nhận hồ sơ thủ tục hành chính lĩnh vực việc làm");
        v.put("mobilePhone", "0912 345 678");
        v.put("officialEmail", officialEmail);
        v.put("accessScope", "TRA_CUU,XAC_THUC");
        v.put("purpose", "Xác thực thông tin công dân khi tiếp nhận hồ sơ");
        for (int i = 1; i <= 6; i++) {
            v.put("commitment" + i, true);
        }
        return v;
    }
}
