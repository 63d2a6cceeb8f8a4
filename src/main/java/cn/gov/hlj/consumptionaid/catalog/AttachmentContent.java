package cn.gov.hlj.consumptionaid.catalog;

/** An attachment's content for download, checked against its stored checksum. */
public record AttachmentContent(AttachmentRow row, byte[] content) {

    public AttachmentContent {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
