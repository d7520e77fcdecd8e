package vn.dldcaccess.account;

import vn.dldcaccess.support.DemoPeople;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dldcaccess.support.ProcessTestEngine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

@Deployment(resources = {"bpmn/account-recording.bpmn", "forms/record-account.form"})
class AccountRecordingProcessTest {
    static final ManualAccounts manual = mock(ManualAccounts.class);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(Map.of(
            "recordAccountByHandDelegate", new RecordAccountByHandDelegate(manual, DemoPeople.actors())));

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        init(processEngine);
        reset(manual);
        processEngine.getIdentityService().setAuthenticatedUserId("stp.vp");
    }

    @AfterEach
    void tearDown() {
        processEngine.getIdentityService().clearAuthentication();
    }

    @Test
    void theOfficeRecordsAnIofficeAccount() {
        when(manual.record(DemoPeople.actor("stp.vp"), "IOFFICE", "stp.cv1", "khoidm", LocalDate.of(2026, 11, 2))).thenReturn(
                new AccountView(9L, AccountSystem.IOFFICE, "khoidm", "stp.cv1", "Đặng Minh Khôi", "STP", "STP_HCTP",
                        LocalDate.of(2026, 11, 2), AccountStatus.ACTIVE, null, List.of(), null, LocalDate.of(2026, 12, 2), false));
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("Process_AccountRecording", Map.of(
                "accountSystem", "IOFFICE", "holderUsername", "stp.cv1", "accountUsername", "khoidm",
                "grantedOn", "2026-11-02"));
        assertThat(pi).isEnded().hasPassed("Task_RecordAccount", "EndEvent_AccountRecorded");
        Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getBusinessKey()).isEqualTo("TK-9");
    }

    @Test
    void aWrongEntryIsRefusedInVietnameseAndNothingStarts() {
        when(manual.record(any(), any(), any(), any(), any())).thenThrow(new AccountException("dup",
                "Chưa ghi được tài khoản: tài khoản khoidm trên VNPT-iOffice đã có trong sổ theo dõi."));
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("Process_AccountRecording", Map.of(
                "accountSystem", "IOFFICE", "holderUsername", "stp.cv1", "accountUsername", "khoidm",
                "grantedOn", "2026-11-02"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("đã có trong sổ theo dõi");
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("Process_AccountRecording", Map.of(
                "accountSystem", "IOFFICE", "grantedOn", "02/11/2026"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Ngày cấp: phải là một ngày có thật, dạng dd/MM/yyyy");
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }
}
