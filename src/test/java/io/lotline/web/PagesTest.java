package io.lotline.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.lotline.environment.RoomReadingRequest;
import io.lotline.environment.RoomRequest;
import io.lotline.environment.RoomService;
import io.lotline.mqtt.RejectedMessages;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The pages' own rules: who may post what, form errors next to fields, and never a stack trace. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PagesTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    TaskService taskService;

    @Autowired
    RoomService rooms;

    @Autowired
    RejectedMessages rejectedMessages;

    @Test
    void pagesNeedALoginAndTheLoginPageIsOpen() throws Exception {
        mvc.perform(get("/tasks")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"username\"")));
    }

    @Test
    void theTaskPageSaysWhenItsPageNumberIsWrongAndShowsTheFirstPage() throws Exception {
        var tech = user("tech").roles("QC_TECHNICIAN");
        mvc.perform(get("/tasks").param("page", "zero").param("lotNumber", "ML-0000-000000").with(tech))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"paging-error\""),
                        containsString("page: a whole number from 1 — showing the first page."),
                        containsString("id=\"no-tasks\""))));
    }

    @Test
    void everyListPageSaysWhenItsPageSizeIsWrongAndShowsTheFirstPage() throws Exception {
        var auditor = user("auditor").roles("AUDITOR");
        for (String page : new String[] {"/lots", "/capas", "/shipments", "/recalls", "/audit?search=true"}) {
            mvc.perform(get(page).param("size", "501").with(auditor))
                    .andExpect(status().isOk())
                    .andExpect(content().string(
                            containsString("size: a whole number from 1 to 500 — showing the first page.")));
        }
    }

    @Test
    void theRoomPagesShowARoomsLimitsExcursionsAndLatestReadings() throws Exception {
        String code = "CR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        rooms.create(new RoomRequest(code, "Cleanroom " + code, 7));
        String excursion = rooms.record(code, List.of(new RoomReadingRequest("PARTICLES_0_5_UM",
                new BigDecimal("410000"), "count/m3", null)), true).excursions().get(0).excursionNumber();
        var auditor = user("auditor").roles("AUDITOR");

        mvc.perform(get("/rooms").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-room=\"" + code + "\""),
                        containsString("ISO 7"))));
        mvc.perform(get("/rooms/" + code).with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("352000"), containsString("176000"),
                        containsString("data-excursion=\"" + excursion + "\""), containsString("410000 count/m3"),
                        containsString("1 readings recorded"), containsString("id=\"chart-particles-0-5-um\""),
                        containsString("class=\"room-chart\""), containsString("class=\"action-limit\""),
                        containsString("class=\"point marked\""), containsString(">action 352000</text>"),
                        containsString("1 latest readings, 1 beyond"))));
        mvc.perform(get("/rooms/NO-SUCH-ROOM").with(auditor)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Room NO-SUCH-ROOM does not exist")));
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/api/receipts"), containsString("/api/tasks/{id}/complete"))));
    }

    @Test
    void theSensorMessagesPageShowsTheConnectionAndTheRejectedMessagesToAdministratorsAndAuditors() throws Exception {
        String topic = "lotline/rooms/CR-" + UUID.randomUUID().toString().substring(0, 8) + "/readings";
        rejectedMessages.keep(topic, "{\"parameter\":".getBytes(StandardCharsets.UTF_8),
                "The payload is not valid JSON: Unexpected end-of-input", Instant.now());

        for (var reader : List.of(user("admin").roles("ADMIN"), user("auditor").roles("AUDITOR"))) {
            mvc.perform(get("/admin/machine-messages").with(reader)).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"mqtt-off\""), containsString(topic),
                            containsString("{&quot;parameter&quot;:"), containsString("Unexpected end-of-input"),
                            containsString("id=\"pager-position\""))));
        }
        mvc.perform(get("/admin/machine-messages").with(user("tech").roles("QC_TECHNICIAN")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/machine-messages").param("size", "0").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("size: a whole number from 1 to 500")));
    }

    @Test
    void anAuditorReadsPagesButEveryPagePostIsForbidden() throws Exception {
        var auditor = user("auditor").roles("AUDITOR");
        mvc.perform(get("/lots").with(auditor)).andExpect(status().isOk());
        mvc.perform(get("/master-data").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"supplier-form\""))));
        mvc.perform(post("/receiving").with(auditor).with(csrf()).param("supplierCode", "POLYRES"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/suppliers").with(auditor).with(csrf()).param("code", "X")).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/any/claim").with(auditor).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void shippingAndLabelRunsAreForTechniciansAndManagersAndAShipmentFormSaysWhatIsWrong() throws Exception {
        var auditor = user("auditor").roles("AUDITOR");
        mvc.perform(get("/shipments").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"shipment-form\""))));
        mvc.perform(post("/shipments").with(auditor).with(csrf()).param("customerCode", "MEDIDIST"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/lots/FL-1999-000001/serial-labels").with(auditor).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/customers").with(user("tech").roles("QC_TECHNICIAN")).with(csrf()).param("code", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/shipments").with(user("tech").roles("QC_TECHNICIAN")).with(csrf())
                        .param("customerCode", "MEDIDIST").param("orderNumber", "PO-1").param("lines", "FL-1999-000001 ten"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("row 1: &#39;ten&#39; is not a quantity")));
        mvc.perform(post("/shipments").with(user("tech").roles("QC_TECHNICIAN")).with(csrf())
                        .param("customerCode", "MEDIDIST").param("orderNumber", "PO-1").param("lines", "FL-1999-000001 10"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("there is no lot FL-1999-000001")));
    }

    @Test
    void theScanBoxExplainsWhatIsWrongWithAScanAndShowsWhatItReadOtherwise() throws Exception {
        var tech = user("tech").roles("QC_TECHNICIAN");
        mvc.perform(get("/lots").with(tech)).andExpect(content().string(containsString("id=\"scan-box\"")));
        mvc.perform(get("/scan").with(tech).param("text", "(01)51022222233335(10)A1"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("AI (01) GTIN 51022222233335 has a wrong check digit")));
        mvc.perform(get("/scan").with(tech).param("text", "(01)51022222233336(11)141231(17)150707(10)A213B1(21)1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("A213B1"), containsString("2015-07-07"),
                        containsString("id=\"no-match\""))));
        mvc.perform(get("/lots/ML-1999-000001/label").with(tech)).andExpect(status().isNotFound());
    }

    @Test
    void onlyManagersPutLotsOnHoldAndAnUnknownLotIsNotFound() throws Exception {
        mvc.perform(post("/lots/ML-1999-000001/hold").with(user("tech").roles("QC_TECHNICIAN")).with(csrf())
                .param("reason", "suspect")).andExpect(status().isForbidden());
        mvc.perform(post("/lots/ML-1999-000001/hold").with(user("manager").roles("QC_MANAGER")).with(csrf())
                        .param("reason", "suspect").param("password", "manager"))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("No lot ML-1999-000001")));
    }

    @Test
    void theQuarantineListAndExpiringDashboardAreReadable() throws Exception {
        var auditor = user("auditor").roles("AUDITOR");
        mvc.perform(get("/quarantine").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Quarantine</h1>")));
        mvc.perform(get("/expiring").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Expiring within")));
        mvc.perform(get("/suppliers/POLYRES").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Polymer Resins GmbH")));
    }

    @Test
    void traceRecallAndAuditPagesAreReadByAuditorsAndARecallIsOpenedOnlyByAManager() throws Exception {
        var auditor = user("auditor").roles("AUDITOR");
        mvc.perform(get("/trace").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"trace-form\"")));
        mvc.perform(get("/trace").param("id", "NO-SUCH-ID").with(auditor)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No lot, batch, serial, shipment or supplier lot NO-SUCH-ID")));
        mvc.perform(get("/recalls").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"recall-form\""))));
        mvc.perform(post("/recalls").with(auditor).with(csrf()).param("lotNumber", "X")).andExpect(status().isForbidden());
        mvc.perform(post("/recalls").with(user("tech").roles("QC_TECHNICIAN")).with(csrf()).param("lotNumber", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recalls").with(user("manager").roles("QC_MANAGER")).with(csrf()).param("lotNumber", "X"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("id=\"recall-form\""), containsString("is required"),
                        containsString("mock recall drill"))));

        mvc.perform(get("/audit").param("search", "true").param("action", "SHRED").with(auditor))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("unknown action SHRED")));
        mvc.perform(get("/audit").param("verify", "true").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("The chain is intact")));
        mvc.perform(get("/audit/signatures").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"signatures\"")));
        mvc.perform(get("/audit/history").param("id", "NO-SUCH-ID").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("No process has run for NO-SUCH-ID.")));
    }

    @Test
    void pagePostsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/receiving").with(user("tech").roles("QC_TECHNICIAN")).param("supplierCode", "POLYRES"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBadReceiptShowsErrorsNextToTheFields() throws Exception {
        mvc.perform(post("/receiving").with(user("tech").roles("QC_TECHNICIAN")).with(csrf())
                        .param("supplierCode", "BARGAIN").param("partNumber", "RES-PC-2458").param("supplierLotNumber", "L1")
                        .param("purchaseOrder", "PO-1").param("quantity", "-3").param("unit", "kg"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The receipt was not saved"),
                        containsString("DISQUALIFIED; receipts from it are refused"), containsString("must be greater than 0"))));
        mvc.perform(post("/receiving").with(user("tech").roles("QC_TECHNICIAN")).with(csrf())
                        .param("supplierCode", "POLYRES").param("quantity", "a lot"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("&#39;a lot&#39; is not a valid value")));
    }

    @Test
    void aSupplierLotReceivedTwiceAsksForConfirmationOnTheReceivingPage() throws Exception {
        String supplierLot = "PC-" + UUID.randomUUID().toString().substring(0, 8);
        var tech = user("tech").roles("QC_TECHNICIAN");
        for (int delivery = 1; delivery <= 3; delivery++) {
            var request = post("/receiving").with(tech).with(csrf()).param("supplierCode", "POLYRES")
                    .param("partNumber", "RES-PC-2458").param("supplierLotNumber", supplierLot)
                    .param("purchaseOrder", "PO-77").param("quantity", "500").param("unit", "kg");
            if (delivery == 1) {
                mvc.perform(request).andExpect(redirectedUrlPattern("/lots/ML-*?received"));
            } else if (delivery == 2) {
                mvc.perform(request).andExpect(status().isOk())
                        .andExpect(content().string(containsString("was already received as ML-")))
                        .andExpect(content().string(containsString("id=\"confirmDuplicateSupplierLot\"")));
            } else {
                mvc.perform(request.param("confirmDuplicateSupplierLot", "true"))
                        .andExpect(redirectedUrlPattern("/lots/ML-*?received"));
            }
        }
    }

    @Test
    void anUnknownLotIsANotFoundPageWithoutAStackTrace() throws Exception {
        mvc.perform(get("/lots/ML-1999-999999").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("No lot ML-1999-999999"), not(containsString("Exception")))));
    }

    @Test
    void adminsCreateMasterDataOnThePageAndSeeFieldErrors() throws Exception {
        var admin = user("admin").roles("ADMIN");
        mvc.perform(post("/admin/suppliers").with(admin).with(csrf())
                        .param("code", "MOLDPARTS").param("name", "Mold Parts AG").param("status", "APPROVED"))
                .andExpect(redirectedUrl("/master-data?saved"));
        mvc.perform(get("/master-data").with(admin)).andExpect(content().string(containsString("Mold Parts AG")));
        mvc.perform(post("/admin/materials").with(admin).with(csrf())
                        .param("partNumber", "GASKET-1").param("description", "Gasket").param("gtin", "07612345000108")
                        .param("trackingMode", "LOT").param("unit", "pcs").param("characteristic0", "Thickness")
                        .param("unit0", "mm").param("lower0", "2").param("upper0", "1"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("check digit is wrong: expected 7"),
                        containsString("is above the upper limit"))));
        mvc.perform(post("/admin/suppliers/POLYRES/status").with(admin).with(csrf()).param("status", "CONDITIONAL"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("is required")));
    }

    @Test
    void batchesAndCapasAreReadByAuditorsAndWrittenOnlyByTheirRoles() throws Exception {
        var auditor = user("auditor").roles("AUDITOR");
        mvc.perform(get("/batches").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Molding runs"), not(containsString("id=\"batch-form\"")))));
        mvc.perform(get("/capas").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"capa-form\""))));
        mvc.perform(post("/batches").with(auditor).with(csrf()).param("productPartNumber", "HSG-INF-200"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/capas").with(user("tech").roles("QC_TECHNICIAN")).with(csrf()).param("title", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/batches/PB-1999-000001").with(auditor)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No batch PB-1999-000001")));
    }

    @Test
    void aBadBatchOrCapaShowsErrorsNextToTheFields() throws Exception {
        mvc.perform(post("/batches").with(user("tech").roles("QC_TECHNICIAN")).with(csrf())
                        .param("productPartNumber", "RES-PC-2458").param("plannedQuantity", "many")
                        .param("cavities", "4"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("enter a whole number")));
        mvc.perform(post("/batches").with(user("tech").roles("QC_TECHNICIAN")).with(csrf())
                        .param("productPartNumber", "RES-PC-2458").param("plannedQuantity", "100").param("cavities", "4")
                        .param("setup.meltTemperature", "-5"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("has no bill of materials"),
                        containsString("must be greater than 0 and below 10^9"), containsString("Nothing was created"))));
        mvc.perform(post("/capas").with(user("manager").roles("QC_MANAGER")).with(csrf())
                        .param("title", "Sink marks").param("description", "Seen on three lots").param("lotNumbers", "ML-1999-000001"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("no MATERIAL_LOT &#39;ML-1999-000001&#39;")));
    }

    @Test
    void aManualHoldIsInvestigatedOnItsTaskPage() throws Exception {
        var tech = user("tech").roles("QC_TECHNICIAN");
        String batchPage = mvc.perform(post("/batches").with(tech).with(csrf()).param("productPartNumber", "HSG-INF-200")
                        .param("plannedQuantity", "500").param("machineId", "ENGEL-07").param("moldId", "M-4471")
                        .param("cavities", "4").param("shift", "A").param("operator", "j.doe")
                        .param("setup.dryingTemperature", "120").param("setup.dryingTimeHours", "4")
                        .param("setup.meltTemperature", "295").param("setup.injectionPressure", "1100")
                        .param("setup.holdPressure", "600").param("setup.cycleTime", "23"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String batch = batchPage.substring("/batches/".length(), batchPage.indexOf('?'));
        mvc.perform(post("/batches/" + batch + "/start").with(tech).with(csrf())).andExpect(redirectedUrl("/batches/" + batch + "?started"));
        mvc.perform(post("/batches/" + batch + "/hold").with(tech).with(csrf()).param("reason", "Flash on cavity 3"))
                .andExpect(redirectedUrl("/batches/" + batch + "?held"));
        String task = taskService.createTaskQuery().processInstanceBusinessKey(batch).taskDefinitionKey("investigateHold")
                .singleResult().getId();

        mvc.perform(get("/tasks/" + task + "/hold").with(tech)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Flash on cavity 3"), containsString("id=\"findings\""))));
        mvc.perform(post("/tasks/" + task + "/hold").with(tech).with(csrf()).param("findings", "Parting line worn")
                        .param("affectedCavities", "3, 9").param("affectedQuantity", "12"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("cavities are numbered 1 to 4; got 9"),
                        containsString("is required"))));
        mvc.perform(post("/tasks/" + task + "/hold").with(tech).with(csrf()).param("findings", "Parting line worn")
                        .param("suspectedCause", "Mold wear").param("affectedCavities", "3").param("affectedQuantity", "12"))
                .andExpect(redirectedUrl("/batches/" + batch + "?holdWorked"));
        mvc.perform(get("/batches/" + batch).with(tech)).andExpect(content().string(containsString("Parting line worn")));

        String decideTask = taskService.createTaskQuery().processInstanceBusinessKey(batch)
                .taskDefinitionKey("decideHold").singleResult().getId();
        mvc.perform(get("/tasks/" + decideTask + "/hold").with(user("manager").roles("QC_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"decision-SCRAP_CAVITY\""),
                        containsString("id=\"hold-decision-signature\""), containsString("Approved hold decision"),
                        containsString("data-dialog=\"hold-decision-signature\""), containsString("Maria Manager"))));
    }

    @Test
    void aCapaOpenedOnThePageIsWorkedOnItsTaskPage() throws Exception {
        String capaPage = mvc.perform(post("/capas").with(user("manager").roles("QC_MANAGER")).with(csrf())
                        .param("title", "Sink marks on housings").param("description", "Seen on three batches"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String capa = capaPage.substring("/capas/".length(), capaPage.indexOf('?'));
        String task = taskService.createTaskQuery().processInstanceBusinessKey(capa).singleResult().getId();
        var tech = user("tech").roles("QC_TECHNICIAN");

        mvc.perform(get("/tasks/" + task + "/capa").with(tech)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sink marks on housings"), containsString("id=\"rootCause\""))));
        mvc.perform(post("/tasks/" + task + "/capa").with(tech).with(csrf()).param("method", "GUESSING"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("must be one of"), containsString("is required"))));
        mvc.perform(post("/tasks/" + task + "/capa").with(tech).with(csrf()).param("method", "FISHBONE")
                        .param("rootCause", "Hold pressure too low for the thick rib"))
                .andExpect(redirectedUrl("/capas/" + capa + "?worked"));
        mvc.perform(get("/capas/" + capa).with(user("auditor").roles("AUDITOR"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("FISHBONE: Hold pressure too low for the thick rib"),
                        containsString("waiting for Plan actions"))));
    }
}
