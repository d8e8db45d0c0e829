package io.lotline.receiving;

import static io.lotline.traceability.FieldChecks.limitLength;
import static io.lotline.traceability.FieldChecks.requireQuantity;
import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;
import static io.lotline.traceability.FieldChecks.trimmedOrNull;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.inspection.InspectionService;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.GenealogyLink;
import io.lotline.traceability.GenealogyLinkRepository;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.ItemType;
import io.lotline.traceability.LotNumbers;
import io.lotline.traceability.Material;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.MaterialLotRepository;
import io.lotline.traceability.MaterialRepository;
import io.lotline.traceability.Quantities;
import io.lotline.traceability.Supplier;
import io.lotline.traceability.SupplierRepository;
import io.lotline.traceability.SupplierStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Goods receipt: validates, creates the material lot in inspection and starts its incoming inspection. */
@Service
public class ReceiptService {
    private final SupplierRepository suppliers;
    private final MaterialRepository materials;
    private final MaterialLotRepository lots;
    private final GenealogyLinkRepository genealogy;
    private final LotNumbers lotNumbers;
    private final AuditTrail auditTrail;
    private final InspectionService inspections;
    private final Clock clock;

    public ReceiptService(SupplierRepository suppliers, MaterialRepository materials, MaterialLotRepository lots,
                          GenealogyLinkRepository genealogy, LotNumbers lotNumbers, AuditTrail auditTrail,
                          InspectionService inspections, Clock clock) {
        this.suppliers = suppliers;
        this.materials = materials;
        this.lots = lots;
        this.genealogy = genealogy;
        this.lotNumbers = lotNumbers;
        this.auditTrail = auditTrail;
        this.inspections = inspections;
        this.clock = clock;
    }

    @Transactional
    public ReceiptResponse receive(ReceiptRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Supplier supplier = validSupplier(request.supplierCode(), errors);
        Material material = validMaterial(request.partNumber(), errors);
        requireText(request.supplierLotNumber(), "supplierLotNumber", 60, errors);
        requireText(request.purchaseOrder(), "purchaseOrder", 60, errors);
        limitLength(request.certificateOfConformance(), "certificateOfConformance", 100, errors);
        validQuantity(request, material, errors);
        LocalDate today = LocalDate.now(clock);
        LocalDate expiresOn = expiry(request, material, today, errors);
        throwIfAny(errors);
        String supplierLot = supplierLot(supplier, request.supplierLotNumber().trim());
        List<String> receivedBefore = genealogy.findLotsReceivedFrom(supplierLot);
        if (!receivedBefore.isEmpty() && !Boolean.TRUE.equals(request.confirmDuplicateSupplierLot())) {
            throw new InvalidInputException("supplierLotNumber", "supplier lot " + request.supplierLotNumber().trim()
                    + " of " + supplier.getCode() + " was already received as " + String.join(", ", receivedBefore)
                    + "; check the label, or confirm that this is a further delivery of the same supplier lot"
                    + " (confirmDuplicateSupplierLot)");
        }

        inspections.lockSupplierHistory(supplier, material);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String lotNumber = lotNumbers.next();
        MaterialLot lot = lots.save(new MaterialLot(lotNumber, request.supplierLotNumber().trim(), supplier, material,
                request.purchaseOrder().trim(), request.quantity(), material.getUnit(), now, CurrentUser.id(),
                request.manufacturedOn(), expiresOn, trimmedOrNull(request.certificateOfConformance())));
        genealogy.save(new GenealogyLink(ItemType.SUPPLIER_LOT, supplierLot,
                ItemType.MATERIAL_LOT, lotNumber, lot.getQuantity(), lot.getUnit(), now, CurrentUser.id()));

        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "MATERIAL_LOT", lotNumber)
                .lot(lotNumber)
                .set("status", lot.getStatus())
                .set("supplier", supplier.getCode())
                .set("partNumber", material.getPartNumber())
                .set("supplierLotNumber", lot.getSupplierLotNumber())
                .set("purchaseOrder", lot.getPurchaseOrder())
                .set("quantity", Quantities.withUnit(lot.getQuantity(), lot.getUnit()))
                .set("manufacturedOn", lot.getManufacturedOn())
                .set("expiresOn", lot.getExpiresOn())
                .set("certificateOfConformance", lot.getCertificateOfConformance())
                .set("furtherDeliveryOf", receivedBefore.isEmpty() ? null : String.join(", ", receivedBefore))
                .reason(receivedBefore.isEmpty() ? "Goods receipt"
                        : "Goods receipt, confirmed as a further delivery of a supplier lot received before"));
        // the process may release the lot at once (skip-lot), so the receipt is audited first
        String processInstanceId = inspections.startIncomingInspection(lot, false);
        return new ReceiptResponse(lotNumber, lot.getStatus(), processInstanceId);
    }

    /** How the genealogy names a supplier lot: the supplier's code and its own lot number. */
    private static String supplierLot(Supplier supplier, String supplierLotNumber) {
        return supplier.getCode() + "/" + supplierLotNumber;
    }

    private Supplier validSupplier(String code, List<FieldError> errors) {
        if (!StringUtils.hasText(code)) {
            errors.add(new FieldError("supplierCode", "the supplier code is required"));
            return null;
        }
        Supplier supplier = suppliers.findByCode(code.trim()).orElse(null);
        if (supplier == null) {
            errors.add(new FieldError("supplierCode", "no supplier with code '" + code + "'"));
        } else if (supplier.getStatus() == SupplierStatus.DISQUALIFIED) {
            errors.add(new FieldError("supplierCode", "supplier " + supplier.getCode()
                    + " is DISQUALIFIED; receipts from it are refused"));
        }
        return supplier;
    }

    private Material validMaterial(String partNumber, List<FieldError> errors) {
        if (!StringUtils.hasText(partNumber)) {
            errors.add(new FieldError("partNumber", "the part number is required"));
            return null;
        }
        Material material = materials.findByPartNumber(partNumber.trim()).orElse(null);
        if (material == null) {
            errors.add(new FieldError("partNumber", "no material with part number '" + partNumber + "'"));
        }
        return material;
    }

    private static void validQuantity(ReceiptRequest request, Material material, List<FieldError> errors) {
        requireQuantity(request.quantity(), "quantity", errors);
        if (!StringUtils.hasText(request.unit())) {
            errors.add(new FieldError("unit", "the unit of measure is required"));
        } else if (material != null && !material.getUnit().equals(request.unit().trim())) {
            errors.add(new FieldError("unit", "material " + material.getPartNumber() + " is received in "
                    + material.getUnit() + ", not " + request.unit()));
        }
    }

    private static LocalDate expiry(ReceiptRequest request, Material material, LocalDate today, List<FieldError> errors) {
        LocalDate manufacturedOn = request.manufacturedOn();
        if (manufacturedOn != null && manufacturedOn.isAfter(today)) {
            errors.add(new FieldError("manufacturedOn", "cannot be in the future"));
        }
        LocalDate expiresOn = request.expiresOn();
        if (expiresOn == null && material != null && material.getShelfLifeDays() != null) {
            expiresOn = (manufacturedOn != null ? manufacturedOn : today).plusDays(material.getShelfLifeDays());
        }
        if (expiresOn != null && manufacturedOn != null && expiresOn.isBefore(manufacturedOn)) {
            errors.add(new FieldError("expiresOn", "cannot be before manufacturedOn (" + manufacturedOn + ")"));
        } else if (expiresOn != null && expiresOn.isBefore(today)) {
            errors.add(new FieldError("expiresOn", "the lot expired on " + expiresOn + "; expired material cannot be received"));
        }
        return expiresOn;
    }
}
