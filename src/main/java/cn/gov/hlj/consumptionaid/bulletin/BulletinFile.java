package cn.gov.hlj.consumptionaid.bulletin;

/** A downloaded document: its file name, format and bytes. */
public record BulletinFile(String fileName, BulletinFormat format, byte[] content) {
}
