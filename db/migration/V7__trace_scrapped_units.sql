-- Issue 18: scrapped and returned goods are out of stock; a recall's scope records them apart from shipped and in-plant.
ALTER TABLE recall ADD COLUMN units_scrapped DECIMAL(19, 6);
