package io.lotline.demo;

import io.lotline.environment.MachineRequest;
import io.lotline.environment.MachineService;
import io.lotline.environment.RoomRequest;
import io.lotline.environment.RoomService;
import io.lotline.masterdata.CustomerRequest;
import io.lotline.masterdata.MasterDataService;
import io.lotline.masterdata.MaterialRequest.Characteristic;
import io.lotline.masterdata.MaterialRequest;
import io.lotline.masterdata.SupplierRequest;
import io.lotline.production.setup.BomLineRequest;
import io.lotline.production.setup.ProcessParameterRequest;
import io.lotline.production.setup.ProductSetupService;
import io.lotline.security.Role;
import io.lotline.security.UserAccounts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo users and master data, with a molded product (bill of materials, process parameters) and a classified molding
 * cell with the demo presses, for the embedded default. Seeded on first start only (no users yet), through the same
 * services as real data, so the audit trail begins with them.
 */
@Component
@ConditionalOnProperty(name = "lotline.demo-data.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {
    private final UserAccounts accounts;
    private final MasterDataService masterData;
    private final ProductSetupService productSetup;
    private final RoomService rooms;
    private final MachineService machines;

    public DemoData(UserAccounts accounts, MasterDataService masterData, ProductSetupService productSetup,
                    RoomService rooms, MachineService machines) {
        this.accounts = accounts;
        this.masterData = masterData;
        this.productSetup = productSetup;
        this.rooms = rooms;
        this.machines = machines;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyUserExists()) {
            return;
        }
        accounts.create("tech", "tech", "Tara Technician", Set.of(Role.QC_TECHNICIAN));
        accounts.create("tech2", "tech2", "Tomas Technician", Set.of(Role.QC_TECHNICIAN));
        accounts.create("manager", "manager", "Maria Manager", Set.of(Role.QC_MANAGER));
        accounts.create("auditor", "auditor", "Alex Auditor", Set.of(Role.AUDITOR));
        accounts.create("admin", "admin", "Ada Admin", Set.of(Role.ADMIN));

        masterData.createSupplier(new SupplierRequest("POLYRES", "Polymer Resins GmbH", "APPROVED"));
        masterData.createSupplier(new SupplierRequest("COLORTEC", "ColorTech Masterbatch Ltd", "CONDITIONAL"));
        masterData.createSupplier(new SupplierRequest("BARGAIN", "Bargain Plastics Inc", "DISQUALIFIED"));

        masterData.createMaterial(new MaterialRequest("RES-PC-2458", "Polycarbonate resin, medical grade", "07612345000107",
                "LOT", "kg", 730, 180, List.of(
                        measured("Melt flow rate", "g/10min", "15", "21"),
                        measured("Moisture content", "%", null, "0.02"),
                        passFail("Pellet appearance"),
                        passFailNotWhenReduced("Certificate matches PO")), null));
        masterData.createMaterial(new MaterialRequest("RES-PP-H120", "Polypropylene homopolymer", "07612345000275",
                "LOT", "kg", 1095, 180, List.of(
                        measured("Melt flow rate", "g/10min", "10", "14"),
                        measured("Density", "g/cm3", "0.900", "0.910"),
                        passFail("Contamination check")), null));
        masterData.createMaterial(new MaterialRequest("MB-BLUE-40", "Blue masterbatch 40%", "07612345000343",
                "LOT", "kg", 365, 90, List.of(
                        measured("Colour difference dE", "dE", null, "1.0"),
                        measured("Moisture content", "%", null, "0.1"),
                        passFail("Pellet appearance")), null));
        masterData.createMaterial(new MaterialRequest("INS-SS-M3", "Stainless steel threaded insert M3", "07612345000411",
                "LOT", "pcs", null, null, List.of(
                        measured("Outer diameter", "mm", "4.95", "5.05"),
                        measured("Length", "mm", "5.90", "6.10"),
                        passFail("Thread GO/NO-GO gauge")), new MaterialRequest.Sampling("II", new BigDecimal("1.0"))));
        masterData.createMaterial(new MaterialRequest("PKG-POUCH-150", "Sterile barrier pouch 150 mm", "07612345000589",
                "LOT", "pcs", 1825, null, List.of(
                        measured("Seal strength", "N/15mm", "1.5", null),
                        measured("Width", "mm", "149", "151"),
                        passFailNotWhenReduced("Print legibility")), null));

        masterData.createMaterial(new MaterialRequest("HSG-INF-200", "Infusion pump housing, front", "07612345000657",
                "SERIAL", "pcs", null, null, List.of(
                        measured("Critical dimension A", "mm", "12.45", "12.55"),
                        passFail("Visual: no short shots, flash or sink marks")), null));
        productSetup.replaceBillOfMaterials("HSG-INF-200", List.of(
                new BomLineRequest("RES-PC-2458", new BigDecimal("0.046")),
                new BomLineRequest("MB-BLUE-40", new BigDecimal("0.001")),
                new BomLineRequest("INS-SS-M3", new BigDecimal("2"))));
        productSetup.replaceProcessParameters("HSG-INF-200", List.of(
                parameter("Melt temperature", "°C", "280", "310", "295", "3", false),
                parameter("Injection pressure", "bar", "900", "1300", null, null, false),
                parameter("Cycle time", "s", "20", "26", "23", "0.5", false),
                parameter("Part weight", "g", "44.5", "45.5", null, null, true),
                parameter("Critical dimension A", "mm", "12.45", "12.55", null, null, true)));

        masterData.createMaterial(new MaterialRequest("CAP-LUER-10", "Luer lock cap, sterile", "07612345000725",
                "LOT", "pcs", 1825, null, List.of(
                        measured("Thread torque", "Ncm", "8", "12"),
                        passFail("Visual: no flash")), null));
        productSetup.replaceBillOfMaterials("CAP-LUER-10", List.of(
                new BomLineRequest("RES-PP-H120", new BigDecimal("0.0005"))));
        productSetup.replaceProcessParameters("CAP-LUER-10", List.of(
                parameter("Melt temperature", "°C", "200", "240", "220", "4", false),
                parameter("Cycle time", "s", "8", "12", "10", "0.3", false)));

        masterData.createCustomer(new CustomerRequest("MEDIDIST", "MediDist Europe B.V.",
                "Logistiekweg 12, 5145 PR Waalwijk, Netherlands"));
        masterData.createCustomer(new CustomerRequest("HOSPCARE", "HospCare Supply Inc.",
                "400 Commerce Drive, Columbus OH 43219, USA"));

        rooms.create(new RoomRequest("CR-1", "Molding cell 1", 7));
        machines.put("ENGEL-07", new MachineRequest("Engel e-mac 180", "CR-1"));
        machines.put("ARBURG-03", new MachineRequest("Arburg Allrounder 470", "CR-1"));
    }

    private static ProcessParameterRequest parameter(String name, String unit, String lowerSpec, String upperSpec,
                                                     String centerLine, String sigma, boolean perCavity) {
        return new ProcessParameterRequest(name, unit, new BigDecimal(lowerSpec), new BigDecimal(upperSpec),
                centerLine == null ? null : new BigDecimal(centerLine), sigma == null ? null : new BigDecimal(sigma), perCavity);
    }

    private static Characteristic measured(String name, String unit, String lower, String upper) {
        return new Characteristic(name, unit, lower == null ? null : new BigDecimal(lower),
                upper == null ? null : new BigDecimal(upper), false, false);
    }

    private static Characteristic passFail(String name) {
        return new Characteristic(name, null, null, null, true, false);
    }

    /** A check left out at the REDUCED inspection stage. */
    private static Characteristic passFailNotWhenReduced(String name) {
        return new Characteristic(name, null, null, null, true, true);
    }
}
