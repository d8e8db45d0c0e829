package io.lotline.support;

import static io.lotline.support.TestUsers.ADMIN;

import io.lotline.support.Api.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A new approved supplier and a lot-tracked resin of its with a one-characteristic plan, for load on many nodes. */
public record SupplierMaterial(String supplierCode, String partNumber) {
    public static SupplierMaterial create(Api api) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var created = new SupplierMaterial("SUP-" + suffix, "PART-" + suffix);
        expectCreated(api.post(ADMIN, "/api/suppliers", Map.of("code", created.supplierCode(),
                "name", "Supplier " + suffix, "status", "APPROVED")));
        expectCreated(api.post(ADMIN, "/api/materials", Map.of("partNumber", created.partNumber(),
                "description", "Resin " + suffix, "trackingMode", "LOT", "unit", "kg", "shelfLifeDays", 365,
                "inspectionPlan", List.of(Map.of("characteristic", "Melt flow rate", "unit", "g/10min",
                        "lowerLimit", 15, "upperLimit", 21)))));
        return created;
    }

    /** A valid receipt of this material, as {@link ApiScenarios#receipt(String, String)} makes it. */
    public Map<String, Object> receipt() {
        return ApiScenarios.receipt(supplierCode, partNumber);
    }

    private static void expectCreated(Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("master data not created: " + response.status() + " " + response.body());
        }
    }
}
