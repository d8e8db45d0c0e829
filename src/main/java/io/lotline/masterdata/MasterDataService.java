package io.lotline.masterdata;

import static io.lotline.traceability.FieldChecks.limitLength;
import static io.lotline.traceability.FieldChecks.parseEnum;
import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.inspection.sampling.InspectionLevel;
import io.lotline.inspection.sampling.SingleSamplingTables;
import io.lotline.traceability.ConflictException;
import io.lotline.traceability.Customer;
import io.lotline.traceability.CustomerRepository;
import io.lotline.traceability.Gtin;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.Material;
import io.lotline.traceability.MaterialRepository;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.Quantities;
import io.lotline.traceability.Supplier;
import io.lotline.traceability.SupplierRepository;
import io.lotline.traceability.SupplierStatus;
import io.lotline.traceability.TrackingMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Suppliers and materials (item master with inspection plans). */
@Service
public class MasterDataService {
    private static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private final SupplierRepository suppliers;
    private final MaterialRepository materials;
    private final CustomerRepository customers;
    private final AuditTrail auditTrail;

    public MasterDataService(SupplierRepository suppliers, MaterialRepository materials, CustomerRepository customers,
                             AuditTrail auditTrail) {
        this.customers = customers;
        this.suppliers = suppliers;
        this.materials = materials;
        this.auditTrail = auditTrail;
    }

    @Transactional
    public SupplierView createSupplier(SupplierRequest request) {
        List<FieldError> errors = new ArrayList<>();
        code(request.code(), "code", 40, errors);
        requireText(request.name(), "name", 200, errors);
        SupplierStatus status = parseEnum(SupplierStatus.class, request.status(), "status", errors);
        throwIfAny(errors);
        String code = request.code().trim();
        if (suppliers.findByCode(code).isPresent()) {
            throw new ConflictException("A supplier with code " + code + " already exists");
        }
        Supplier supplier = suppliers.save(new Supplier(code, request.name().trim(), status));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "SUPPLIER", code)
                .set("name", supplier.getName()).set("status", status));
        return SupplierView.of(supplier);
    }

    @Transactional
    public CustomerView createCustomer(CustomerRequest request) {
        List<FieldError> errors = new ArrayList<>();
        code(request.code(), "code", 20, errors);
        requireText(request.name(), "name", 200, errors);
        requireText(request.address(), "address", 500, errors);
        throwIfAny(errors);
        String code = request.code().trim();
        if (customers.existsByCode(code)) {
            throw new ConflictException("A customer with code " + code + " already exists");
        }
        Customer customer = customers.save(new Customer(code, request.name().trim(), request.address().trim()));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE, "CUSTOMER", code)
                .set("name", customer.getName()).set("address", customer.getAddress()));
        return CustomerView.of(customer);
    }

    @Transactional(readOnly = true)
    public List<CustomerView> customers() {
        return customers.findAllByOrderByCode().stream().map(CustomerView::of).toList();
    }

    @Transactional
    public SupplierView changeSupplierStatus(String code, SupplierStatusRequest request) {
        Supplier supplier = suppliers.findByCode(code).orElseThrow(() -> new NotFoundException("No supplier " + code));
        List<FieldError> errors = new ArrayList<>();
        SupplierStatus status = parseEnum(SupplierStatus.class, request.status(), "status", errors);
        requireText(request.reason(), "reason", 2000, errors);
        throwIfAny(errors);
        SupplierStatus before = supplier.getStatus();
        supplier.setStatus(status);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "SUPPLIER", code)
                .change("status", before, status).reason(request.reason().trim()));
        return SupplierView.of(supplier);
    }

    @Transactional
    public MaterialView createMaterial(MaterialRequest request) {
        List<FieldError> errors = new ArrayList<>();
        code(request.partNumber(), "partNumber", 40, errors);
        requireText(request.description(), "description", 200, errors);
        TrackingMode trackingMode = parseEnum(TrackingMode.class, request.trackingMode(), "trackingMode", errors);
        requireText(request.unit(), "unit", 10, errors);
        String gtin = StringUtils.hasText(request.gtin()) ? request.gtin().trim() : null;
        if (gtin != null && !Gtin.isValidGtin14(gtin)) {
            errors.add(new FieldError("gtin", gtin.matches("\\d{14}")
                    ? "check digit is wrong: expected " + Gtin.checkDigit(gtin.substring(0, 13))
                    : "a GTIN-14 has exactly 14 digits"));
        }
        if (request.shelfLifeDays() != null && request.shelfLifeDays() <= 0) {
            errors.add(new FieldError("shelfLifeDays", "must be greater than 0, or left out for no expiry"));
        }
        if (request.maxShelfLifeExtensionDays() != null && request.maxShelfLifeExtensionDays() <= 0) {
            errors.add(new FieldError("maxShelfLifeExtensionDays", "must be greater than 0, or left out for no extension"));
        } else if (request.maxShelfLifeExtensionDays() != null && request.shelfLifeDays() == null) {
            errors.add(new FieldError("maxShelfLifeExtensionDays", "a material without a shelf life has nothing to extend"));
        }
        validatePlan(request.inspectionPlan(), errors);
        validateSampling(request.sampling(), errors);
        if (errors.isEmpty() && request.inspectionPlan().stream().allMatch(c -> Boolean.TRUE.equals(c.skipWhenReduced()))) {
            errors.add(new FieldError("inspectionPlan", "at least one characteristic must be sampled at the REDUCED stage"));
        }
        throwIfAny(errors);
        String partNumber = request.partNumber().trim();
        if (materials.findByPartNumber(partNumber).isPresent()) {
            throw new ConflictException("A material with part number " + partNumber + " already exists");
        }
        if (gtin != null && materials.existsByGtin(gtin)) {
            throw new ConflictException("GTIN " + gtin + " is already used by another material");
        }
        Material material = new Material(partNumber, request.description().trim(), gtin, trackingMode,
                request.unit().trim(), request.shelfLifeDays(), request.maxShelfLifeExtensionDays());
        for (MaterialRequest.Characteristic c : request.inspectionPlan()) {
            boolean attribute = Boolean.TRUE.equals(c.attribute());
            material.addCharacteristic(c.characteristic().trim(), attribute ? null : c.unit().trim(),
                    c.lowerLimit(), c.upperLimit(), attribute, Boolean.TRUE.equals(c.skipWhenReduced()));
        }
        if (request.sampling() != null) {
            material.sampleBy(request.sampling().inspectionLevel().trim(), request.sampling().aql().stripTrailingZeros());
        }
        materials.save(material);
        MaterialView view = MaterialView.of(material);
        AuditEvent event = AuditEvent.of(AuditAction.CREATE, "MATERIAL", partNumber)
                .set("description", view.description()).set("gtin", gtin).set("trackingMode", trackingMode)
                .set("unit", view.unit()).set("shelfLifeDays", view.shelfLifeDays())
                .set("maxShelfLifeExtensionDays", view.maxShelfLifeExtensionDays())
                .set("sampling", view.sampling() == null ? null : "inspection level " + view.sampling().inspectionLevel()
                        + ", AQL " + view.sampling().aql().toPlainString());
        view.inspectionPlan().forEach(c -> event.set("plan." + c.characteristic(),
                c.attribute() ? "pass/fail" : Quantities.range(c.lowerLimit(), c.upperLimit(), c.unit())));
        auditTrail.record(event);
        return view;
    }

    @Transactional(readOnly = true)
    public List<SupplierView> suppliers() {
        return suppliers.findAllByOrderByCode().stream().map(SupplierView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<MaterialView> materials() {
        return materials.findAllByOrderByPartNumber().stream().map(MaterialView::of).toList();
    }

    @Transactional(readOnly = true)
    public MaterialView material(String partNumber) {
        return materials.findByPartNumber(partNumber).map(MaterialView::of)
                .orElseThrow(() -> new NotFoundException("No material " + partNumber));
    }

    /** Sampling is optional; when given, a level of ISO 2859-1 Table 1 and an AQL of its series, both. */
    private static void validateSampling(MaterialRequest.Sampling sampling, List<FieldError> errors) {
        if (sampling == null) {
            return;
        }
        if (!StringUtils.hasText(sampling.inspectionLevel())
                || InspectionLevel.ofLabel(sampling.inspectionLevel().trim()).isEmpty()) {
            errors.add(new FieldError("sampling.inspectionLevel", "give one of "
                    + String.join(", ", Arrays.stream(InspectionLevel.values()).map(InspectionLevel::label).toList())));
        }
        if (!SingleSamplingTables.isStandardAql(sampling.aql())) {
            errors.add(new FieldError("sampling.aql", "give an AQL of the standard's series in percent nonconforming: "
                    + String.join(", ", SingleSamplingTables.AQLS.stream().map(BigDecimal::toPlainString).toList())));
        }
    }

    private static void validatePlan(List<MaterialRequest.Characteristic> plan, List<FieldError> errors) {
        if (plan == null || plan.isEmpty()) {
            errors.add(new FieldError("inspectionPlan", "give at least one characteristic to inspect"));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < plan.size(); i++) {
            String field = "inspectionPlan[" + i + "]";
            MaterialRequest.Characteristic c = plan.get(i);
            if (c == null || !StringUtils.hasText(c.characteristic())) {
                errors.add(new FieldError(field + ".characteristic", "is required"));
                continue;
            }
            limitLength(c.characteristic(), field + ".characteristic", 100, errors);
            if (!names.add(c.characteristic().trim())) {
                errors.add(new FieldError(field + ".characteristic", "'" + c.characteristic() + "' appears twice"));
            }
            if (Boolean.TRUE.equals(c.attribute())) {
                if (c.lowerLimit() != null || c.upperLimit() != null) {
                    errors.add(new FieldError(field, "a pass/fail characteristic has no limits"));
                }
            } else {
                requireText(c.unit(), field + ".unit", 20, errors);
                if (c.lowerLimit() == null && c.upperLimit() == null) {
                    errors.add(new FieldError(field, "give a lower or an upper limit (or both), or mark it attribute"));
                } else if (c.lowerLimit() != null && c.upperLimit() != null && c.lowerLimit().compareTo(c.upperLimit()) > 0) {
                    errors.add(new FieldError(field + ".lowerLimit", "is above the upper limit"));
                }
            }
        }
    }

    private static void code(String value, String field, int maxLength, List<FieldError> errors) {
        requireText(value, field, maxLength, errors);
        if (StringUtils.hasText(value) && !value.trim().matches(CODE_PATTERN)) {
            errors.add(new FieldError(field, "use letters, digits, '.', '_' and '-' only"));
        }
    }
}
