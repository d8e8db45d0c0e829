-- Machines (molding presses) and the room each stands in; a batch keeps the room its machine stood in when it ran,
-- so moving a machine later does not rewrite a batch's history.
CREATE TABLE machine (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    machine_id VARCHAR(40)  NOT NULL,
    name       VARCHAR(120) NOT NULL,
    room_id    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uk_machine_id UNIQUE (machine_id),
    CONSTRAINT fk_machine_room FOREIGN KEY (room_id) REFERENCES room (id)
);

ALTER TABLE production_batch ADD COLUMN room_id BIGINT;
ALTER TABLE production_batch ADD CONSTRAINT fk_batch_room FOREIGN KEY (room_id) REFERENCES room (id);
CREATE INDEX ix_batch_room_status ON production_batch (room_id, status);
CREATE INDEX ix_batch_machine_started ON production_batch (machine_id, started_at);
