-- Audit log for supervisors (the production issue): security events, the region of each data change, and an index on
-- rev for the history tables. Numbered after every other module's tables, which it indexes.
-- 等保 2.0 security audit: logins (successful and failed), logouts and every change of an account's permissions, in
-- both login modes; kept at least 180 days (portal.audit.retention-days). Data changes stay in the Envers tables.
CREATE TABLE security_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(3)   NOT NULL,
    event_type   VARCHAR(40)   NOT NULL,
    -- The account the event is about (the one signing in, or the account changed).
    username     VARCHAR(100)  NOT NULL,
    -- Who did it: the same user for logins, the administrator for account changes.
    actor        VARCHAR(100)  NOT NULL,
    -- The actor's region when known (region-scoped supervisors see the events of their region).
    region_code  VARCHAR(12),
    ip_address   VARCHAR(64),
    before_value VARCHAR(2000),
    after_value  VARCHAR(2000),
    detail       VARCHAR(500),
    PRIMARY KEY (id)
);

CREATE INDEX ix_security_event_occurred_at ON security_event (occurred_at);
CREATE INDEX ix_security_event_username ON security_event (username, occurred_at);

-- The region of the user who made each data change, for region-scoped supervisors (NULL: made before this column or
-- by the system).
ALTER TABLE audit_revision ADD COLUMN region_code VARCHAR(12);
CREATE INDEX ix_audit_revision_region ON audit_revision (region_code, id);

-- The audit log lists the records each revision touched: the history tables are keyed (id, rev), so give them rev.
CREATE INDEX ix_market_entity_aud_rev ON market_entity_aud (rev);
CREATE INDEX ix_certification_application_aud_rev ON certification_application_aud (rev);
CREATE INDEX ix_certification_step_aud_rev ON certification_step_aud (rev);
CREATE INDEX ix_notice_objection_aud_rev ON notice_objection_aud (rev);
CREATE INDEX ix_complaint_aud_rev ON complaint_aud (rev);
CREATE INDEX ix_supplier_recommendation_aud_rev ON supplier_recommendation_aud (rev);
CREATE INDEX ix_catalog_attachment_aud_rev ON catalog_attachment_aud (rev);
CREATE INDEX ix_purchasing_import_batch_aud_rev ON purchasing_import_batch_aud (rev);
CREATE INDEX ix_purchaser_aud_rev ON purchaser_aud (rev);
CREATE INDEX ix_reserved_share_aud_rev ON reserved_share_aud (rev);
CREATE INDEX ix_purchase_aud_rev ON purchase_aud (rev);
CREATE INDEX ix_region_aud_rev ON region_aud (rev);
CREATE INDEX ix_department_aud_rev ON department_aud (rev);
CREATE INDEX ix_product_category_aud_rev ON product_category_aud (rev);
CREATE INDEX ix_sales_channel_aud_rev ON sales_channel_aud (rev);
CREATE INDEX ix_public_holiday_aud_rev ON public_holiday_aud (rev);
CREATE INDEX ix_sales_import_batch_aud_rev ON sales_import_batch_aud (rev);
CREATE INDEX ix_sale_aud_rev ON sale_aud (rev);
CREATE INDEX ix_sales_outlet_aud_rev ON sales_outlet_aud (rev);
CREATE INDEX ix_sales_exhibition_aud_rev ON sales_exhibition_aud (rev);
CREATE INDEX ix_sales_exhibition_deal_aud_rev ON sales_exhibition_deal_aud (rev);
CREATE INDEX ix_user_account_aud_rev ON user_account_aud (rev);
CREATE INDEX ix_bulletin_aud_rev ON bulletin_aud (rev);
CREATE INDEX ix_bulletin_document_aud_rev ON bulletin_document_aud (rev);
CREATE INDEX ix_bulletin_download_aud_rev ON bulletin_download_aud (rev);
