package io.lotline.traceability;

public class IllegalLotTransitionException extends ConflictException {
    public IllegalLotTransitionException(String lotNumber, LotStatus from, LotStatus to) {
        super("Lot " + lotNumber + " cannot change from " + from + " to " + to);
    }
}
