package io.lotline.production.setup;

import static io.lotline.traceability.FieldChecks.requireText;
import static io.lotline.traceability.FieldChecks.throwIfAny;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.traceability.InvalidInputException.FieldError;
import io.lotline.traceability.Material;
import io.lotline.traceability.MaterialRepository;
import io.lotline.traceability.NotFoundException;
import io.lotline.traceability.Quantities;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A product's bill of materials and monitored process parameters. Each PUT replaces the whole list; batches already
 * running keep the limits their series started with.
 */
@Service
public class ProductSetupService {
    private static final int MAX_DECIMALS = 6;

    private final MaterialRepository materials;
    private final BomLineRepository bomLines;
    private final ProcessParameterRepository parameters;
    private final AuditTrail auditTrail;

    public ProductSetupService(MaterialRepository materials, BomLineRepository bomLines,
                               ProcessParameterRepository parameters, AuditTrail auditTrail) {
        this.materials = materials;
        this.bomLines = bomLines;
        this.parameters = parameters;
        this.auditTrail = auditTrail;
    }

    @Transactional
    public List<BomLineView> replaceBillOfMaterials(String partNumber, List<BomLineRequest> lines) {
        Material product = product(partNumber);
        List<FieldError> errors = new ArrayList<>();
        List<Material> components = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            errors.add(new FieldError("billOfMaterials", "give at least one component"));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                String field = "[" + i + "]";
                BomLineRequest line = lines.get(i);
                if (line == null || line.componentPartNumber() == null || line.componentPartNumber().isBlank()) {
                    errors.add(new FieldError(field + ".componentPartNumber", "is required"));
                    continue;
                }
                String component = line.componentPartNumber().trim();
                Optional<Material> found = materials.findByPartNumber(component);
                if (found.isEmpty()) {
                    errors.add(new FieldError(field + ".componentPartNumber", "no material " + component));
                } else if (component.equals(partNumber)) {
                    errors.add(new FieldError(field + ".componentPartNumber", "a product cannot be its own component"));
                } else if (!seen.add(component)) {
                    errors.add(new FieldError(field + ".componentPartNumber", component + " appears twice"));
                } else {
                    components.add(found.get());
                }
                positive(line.quantityPerUnit(), field + ".quantityPerUnit", errors);
            }
        }
        throwIfAny(errors);
        String before = describeBom(bomLines.findByProduct(product));
        bomLines.deleteByProduct(product);
        for (int i = 0; i < lines.size(); i++) {
            bomLines.save(new BomLine(product, components.get(i), lines.get(i).quantityPerUnit()));
        }
        List<BomLine> saved = bomLines.findByProduct(product);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "MATERIAL", partNumber)
                .change("billOfMaterials", before, describeBom(saved)));
        return saved.stream().map(BomLineView::of).toList();
    }

    @Transactional
    public List<ProcessParameterView> replaceProcessParameters(String partNumber, List<ProcessParameterRequest> requested) {
        Material product = product(partNumber);
        List<FieldError> errors = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            errors.add(new FieldError("processParameters", "give at least one parameter"));
        } else {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < requested.size(); i++) {
                validate(requested.get(i), "[" + i + "]", names, errors);
            }
        }
        throwIfAny(errors);
        String before = describeParameters(parameters.findByProductOrderByName(product));
        parameters.deleteByProduct(product);
        for (ProcessParameterRequest p : requested) {
            parameters.save(new ProcessParameter(product, p.parameter().trim(), p.unit().trim(), p.lowerSpec(), p.upperSpec(),
                    p.centerLine(), p.sigma(), Boolean.TRUE.equals(p.perCavity())));
        }
        List<ProcessParameter> saved = parameters.findByProductOrderByName(product);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE, "MATERIAL", partNumber)
                .change("processParameters", before, describeParameters(saved)));
        return saved.stream().map(ProcessParameterView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<BomLineView> billOfMaterials(String partNumber) {
        return bomLines.findByProduct(product(partNumber)).stream().map(BomLineView::of).toList();
    }

    /** The product's bill of materials, for a batch that issues material against it. */
    @Transactional(readOnly = true)
    public List<BomLine> bomOf(Material product) {
        return bomLines.findByProduct(product);
    }

    /** The product's monitored process parameters, for the readings of its batches. */
    @Transactional(readOnly = true)
    public List<ProcessParameter> parametersOf(Material product) {
        return parameters.findByProductOrderByName(product);
    }

    @Transactional(readOnly = true)
    public List<ProcessParameterView> processParameters(String partNumber) {
        return parameters.findByProductOrderByName(product(partNumber)).stream().map(ProcessParameterView::of).toList();
    }

    private static void validate(ProcessParameterRequest p, String field, Set<String> names, List<FieldError> errors) {
        if (p == null) {
            errors.add(new FieldError(field, "is empty"));
            return;
        }
        requireText(p.parameter(), field + ".parameter", 60, errors);
        if (p.parameter() != null && !p.parameter().isBlank() && !names.add(p.parameter().trim())) {
            errors.add(new FieldError(field + ".parameter", "'" + p.parameter().trim() + "' appears twice"));
        }
        requireText(p.unit(), field + ".unit", 20, errors);
        decimals(p.lowerSpec(), field + ".lowerSpec", errors);
        decimals(p.upperSpec(), field + ".upperSpec", errors);
        decimals(p.centerLine(), field + ".centerLine", errors);
        if (p.lowerSpec() != null && p.upperSpec() != null && p.lowerSpec().compareTo(p.upperSpec()) >= 0) {
            errors.add(new FieldError(field + ".lowerSpec", "must be below the upper spec limit"));
        }
        if ((p.centerLine() == null) != (p.sigma() == null)) {
            errors.add(new FieldError(field, "give both centerLine and sigma (a configured baseline) or neither"
                    + " (computed from the first readings)"));
        } else if (p.sigma() != null) {
            positive(p.sigma(), field + ".sigma", errors);
        }
    }

    private static void positive(BigDecimal value, String field, List<FieldError> errors) {
        if (value == null || value.signum() <= 0) {
            errors.add(new FieldError(field, "must be greater than 0"));
        } else {
            decimals(value, field, errors);
        }
    }

    private static void decimals(BigDecimal value, String field, List<FieldError> errors) {
        if (value != null && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            errors.add(new FieldError(field, "at most " + MAX_DECIMALS + " decimal places"));
        } else if (value != null && value.abs().compareTo(BigDecimal.TEN.pow(12)) >= 0) {
            errors.add(new FieldError(field, "is too large"));
        }
    }

    private Material product(String partNumber) {
        return materials.findByPartNumber(partNumber).orElseThrow(() -> new NotFoundException("No material " + partNumber));
    }

    private static String describeBom(List<BomLine> lines) {
        return lines.isEmpty() ? null : String.join(", ", lines.stream().map(l -> l.getComponent().getPartNumber() + " × "
                + l.getQuantityPerUnit().stripTrailingZeros().toPlainString()).toList());
    }

    private static String describeParameters(List<ProcessParameter> saved) {
        return saved.isEmpty() ? null : String.join(", ", saved.stream().map(p -> p.getName() + " [" + p.getUnit() + "] spec "
                + Quantities.range(p.getLowerSpec(), p.getUpperSpec(), null) + (p.getCenterLine() == null
                ? ", limits computed" : ", CL " + Quantities.plain(p.getCenterLine()) + " σ " + Quantities.plain(p.getSigma())) + (p.isPerCavity() ? ", per cavity" : "")).toList());
    }
}
